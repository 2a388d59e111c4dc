//! One test binary driving the built `urssaf-admin`: the sheet's story, each rule
//! R1-R11, each exit code, bad input, storage, prompts on a pty, the keyring, and the
//! generated completions and man pages.

mod support;

mod auth;
mod completion;
mod contract;
mod first;
mod french;
mod generated;
mod hardening;
mod help;
mod import;
mod input;
mod language;
mod mail;
mod offboarding;
mod personal;
mod portal;
mod prompts;
mod register;
mod rules;
mod server;
mod storage;
mod story;
