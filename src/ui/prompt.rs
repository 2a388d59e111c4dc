//! Questions to the person at the terminal. Never asked without one: with stdin or
//! stderr not a terminal, or with --no-input, the caller gets an error naming the flag.

use std::io::{self, IsTerminal, Read};

use std::fmt;

use dialoguer::theme::Theme;
use dialoguer::{Input, Password};

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
        let prompt = format!("{question} {}", msg::prompt_yes_no());
        loop {
            let answer = Input::<String>::with_theme(&Plain)
                .with_prompt(&prompt)
                .allow_empty(true)
                .report(false)
                .interact_text()
                .map_err(interrupted)?;
            match yes_or_no(&answer) {
                Some(true) => return Ok(()),
                Some(false) => return Err(Error::new(ErrorKind::Cancelled, msg::cancelled())),
                None => eprintln!("{}", msg::prompt_answer_yes_or_no()),
            }
        }
    }

    pub fn login(&self) -> Result<String> {
        if !self.interactive {
            return Err(Error::usage(msg::login_needed()).hint(msg::hint_user_flag()));
        }
        Input::<String>::with_theme(&Plain)
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
        Password::with_theme(&Plain)
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
        let mut p = Password::with_theme(&Plain).with_prompt(prompt);
        if new {
            p = p.with_confirmation(msg::prompt_repeat_password(), msg::passwords_differ());
        }
        p.interact().map(secret).map_err(interrupted)
    }
}

/// R4: yes in French or English (o, oui, y, yes); no, or Enter alone, is no.
fn yes_or_no(answer: &str) -> Option<bool> {
    match answer.trim().to_lowercase().as_str() {
        "o" | "oui" | "y" | "yes" => Some(true),
        "" | "n" | "non" | "no" => Some(false),
        _ => None,
    }
}

/// Prompts as the language writes them: `Password: ` or `Mot de passe : `; a yes/no
/// question ends with its choices, `[y/N]` or `[o/N]`, and no colon.
struct Plain;

impl Plain {
    fn label(f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        if prompt.ends_with(']') {
            write!(f, "{prompt} ")
        } else {
            write!(f, "{} ", msg::labelled(prompt, "").trim_end())
        }
    }
}

impl Theme for Plain {
    fn format_error(&self, f: &mut dyn fmt::Write, err: &str) -> fmt::Result {
        write!(f, "{}", msg::labelled(&msg::error_prefix(), err))
    }
    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        _default: Option<&str>,
    ) -> fmt::Result {
        Plain::label(f, prompt)
    }
    fn format_password_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        Plain::label(f, prompt)
    }
    fn format_password_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
    ) -> fmt::Result {
        Plain::label(f, prompt)
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

/// `activate --code-stdin`: the code on the first line, and what follows (the password,
/// with --password-stdin) on the second.
pub fn read_stdin_code() -> Result<(Secret, Secret)> {
    let mut buf = String::new();
    io::stdin().take(64 * 1024).read_to_string(&mut buf)?;
    let buf = secret(buf);
    let mut lines = buf.expose_secret().lines();
    let code = lines.next().unwrap_or_default().trim();
    if code.is_empty() {
        return Err(Error::usage(msg::code_needed()).hint(msg::hint_code_flag()));
    }
    let rest = lines.next().unwrap_or_default().trim_end_matches('\r');
    Ok((secret(code), secret(rest)))
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

/// Wrong answers in a row a question takes before it gives up.
const TRIES: usize = 5;

impl Prompter {
    /// Whether questions can be asked: a terminal, and no --no-input.
    pub fn can_ask(&self) -> bool {
        self.interactive
    }

    /// A value typed at the terminal and checked as it is typed: a wrong one is said,
    /// and asked again.
    pub fn ask<T>(&self, question: &str, check: impl Fn(&str) -> Result<T>) -> Result<T> {
        for _ in 0..TRIES {
            let answer = Input::<String>::with_theme(&Plain)
                .with_prompt(question)
                .allow_empty(true)
                .interact_text()
                .map_err(interrupted)?;
            match check(answer.trim()) {
                Ok(v) => return Ok(v),
                Err(e) => eprintln!(
                    "{}",
                    msg::labelled(&msg::error_prefix(), &msg::terminal_safe(&e.message))
                ),
            }
        }
        Err(Error::usage(msg::too_many_tries()))
    }
}

#[cfg(test)]
mod tests {
    use super::yes_or_no;

    #[test]
    fn r4_yes_in_either_language_and_no_by_default() {
        for yes in ["o", "oui", "O", "Oui", "y", "yes", " YES "] {
            assert_eq!(yes_or_no(yes), Some(true), "{yes}");
        }
        for no in ["", "n", "non", "no", "N"] {
            assert_eq!(yes_or_no(no), Some(false), "{no}");
        }
        for unclear in ["ok", "si", "peut-être", "1"] {
            assert_eq!(yes_or_no(unclear), None, "{unclear}");
        }
    }
}
