//! Questions to the person at the terminal. Never asked without one: with stdin or
//! stderr not a terminal, or with --no-input, the caller gets an error naming the flag.

use std::io::{self, IsTerminal, Read};

use dialoguer::{Confirm, Input, Password};

use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;
use crate::secret::{ExposeSecret, Secret, secret};

pub struct Prompter {
    interactive: bool,
}

impl Prompter {
    pub fn new(no_input: bool) -> Prompter {
        Prompter {
            interactive: !no_input && io::stdin().is_terminal() && io::stderr().is_terminal(),
        }
    }

    /// R4: only an explicit yes goes on; `--yes` answers for scripts.
    pub fn confirm(&self, question: &str, yes: bool) -> Result<()> {
        if yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(Error::usage(msg::needs_yes(question)).hint(msg::hint_yes()));
        }
        match Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
        {
            Ok(true) => Ok(()),
            Ok(false) => Err(Error::new(ErrorKind::Cancelled, msg::cancelled())),
            Err(e) => Err(interrupted(e)),
        }
    }

    pub fn login(&self) -> Result<String> {
        if !self.interactive {
            return Err(Error::usage(msg::login_needed()).hint(msg::hint_user_flag()));
        }
        Input::<String>::new()
            .with_prompt(msg::prompt_login())
            .interact_text()
            .map(|s| s.trim().to_string())
            .map_err(interrupted)
    }

    /// The one-time code of `activate`, typed without echo.
    pub fn activation_code(&self) -> Result<Secret> {
        if !self.interactive {
            return Err(Error::usage(msg::code_needed()).hint(msg::hint_code_flag()));
        }
        Password::new()
            .with_prompt(msg::prompt_activation_code())
            .interact()
            .map(secret)
            .map_err(interrupted)
    }

    /// A password from standard input (`--password-stdin`) or from the terminal,
    /// asked twice when it is being chosen.
    pub fn password(&self, from_stdin: bool, new: bool) -> Result<Secret> {
        if from_stdin {
            return read_stdin_password();
        }
        if !self.interactive {
            return Err(
                Error::usage(msg::needs_terminal_for_password()).hint(msg::hint_password_stdin())
            );
        }
        let prompt = if new {
            msg::prompt_new_password()
        } else {
            msg::prompt_password()
        };
        let mut p = Password::new().with_prompt(prompt);
        if new {
            p = p.with_confirmation(msg::prompt_repeat_password(), msg::passwords_differ());
        }
        p.interact().map(secret).map_err(interrupted)
    }
}

fn read_stdin_password() -> Result<Secret> {
    let mut buf = String::new();
    io::stdin().read_to_string(&mut buf)?;
    let buf = secret(buf);
    let line = buf.expose_secret().trim_end_matches(['\n', '\r']);
    if line.is_empty() {
        return Err(Error::invalid(msg::password_stdin_empty()).hint(msg::hint_password_stdin()));
    }
    Ok(secret(line))
}

/// Ctrl-C or Esc at a prompt cancels; anything else is a terminal failure.
fn interrupted(e: dialoguer::Error) -> Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == io::ErrorKind::Interrupted => {
            Error::new(ErrorKind::Cancelled, msg::cancelled())
        }
        other => Error::other(msg::prompt_failed(&other)),
    }
}
