//! Questions to the person at the terminal. Never asked without one: with stdin or
//! stderr not a terminal, or with --no-input, the caller gets an error naming the flag.
//!
//! Every prompt reads the keys itself, with the terminal's echo and signals off while it
//! waits: Ctrl-C and Ctrl-D cancel (exit 3), and the terminal is given back as it was,
//! whatever happens.

use std::io::{self, IsTerminal, Read};

use crate::domain::{MIN_PASSWORD_CHARS, validate_password};
use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;
use crate::secret::{ExposeSecret, Secret, secret};

/// Entries at one prompt before it gives up: an empty answer, or a new password that is
/// too short or not repeated the same, is asked again, this many times in all.
pub const TRIES: u32 = 3;

/// Whether a question can be asked, and if not, why.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Asking {
    Yes,
    /// On a terminal, but --no-input turned prompts off.
    TurnedOff,
    NoTerminal,
}

pub struct Prompter {
    asking: Asking,
}

impl Prompter {
    pub fn new(no_input: bool) -> Prompter {
        let asking = if !(io::stdin().is_terminal() && io::stderr().is_terminal()) {
            Asking::NoTerminal
        } else if no_input {
            Asking::TurnedOff
        } else {
            Asking::Yes
        };
        Prompter { asking }
    }

    /// The reason no question can be asked, worded for this one; none when it can.
    fn refused(&self, no_terminal: String, turned_off: String) -> Option<String> {
        match self.asking {
            Asking::Yes => None,
            Asking::TurnedOff => Some(turned_off),
            Asking::NoTerminal => Some(no_terminal),
        }
    }

    /// R4: only an explicit yes goes on; `--yes` answers for scripts.
    pub fn confirm(&self, question: &str, yes: bool) -> Result<()> {
        if yes {
            return Ok(());
        }
        if let Some(why) = self.refused(msg::needs_yes(question), msg::needs_yes_no_input(question))
        {
            return Err(Error::usage(why).hint(msg::hint_yes()));
        }
        let prompt = format!("{question} {}", msg::prompt_yes_no());
        loop {
            match yes_or_no(&read_line(&prompt, Echo::On)?) {
                Some(true) => return Ok(()),
                Some(false) => return Err(Error::new(ErrorKind::Cancelled, msg::cancelled())),
                None => eprintln!("{}", msg::prompt_answer_yes_or_no()),
            }
        }
    }

    pub fn login(&self) -> Result<String> {
        if let Some(why) = self.refused(msg::login_needed(), msg::login_needed_no_input()) {
            return Err(Error::usage(why).hint(msg::hint_user_flag()));
        }
        self.text(&msg::prompt_login())
    }

    /// A line of text, typed with echo and trimmed; an empty one is asked again.
    /// The caller has checked that questions can be asked.
    fn text(&self, prompt: &str) -> Result<String> {
        for _ in 0..TRIES {
            let answer = read_line(prompt, Echo::On)?;
            if !answer.trim().is_empty() {
                return Ok(answer.trim().to_string());
            }
        }
        Err(no_answer())
    }

    /// The one-time code of `activate`, typed without echo.
    pub fn activation_code(&self) -> Result<Secret> {
        if let Some(why) = self.refused(msg::code_needed(), msg::code_needed_no_input()) {
            return Err(Error::usage(why).hint(msg::hint_code_flag()));
        }
        hidden_not_empty(&msg::prompt_activation_code())
    }

    /// A password from standard input (`--password-stdin`) or from the terminal.
    /// A new one is asked twice, after the rule is stated, and asked again when it breaks
    /// the rule or the two differ, `TRIES` times at most.
    pub fn password(&self, from_stdin: bool, new: bool) -> Result<Secret> {
        if from_stdin {
            return read_stdin_password();
        }
        if let Some(why) = self.refused(
            msg::needs_terminal_for_password(),
            msg::password_needed_no_input(),
        ) {
            return Err(Error::usage(why).hint(msg::hint_password_stdin()));
        }
        if !new {
            return hidden_not_empty(&msg::prompt_password());
        }
        eprintln!("{}", msg::password_rule(MIN_PASSWORD_CHARS));
        let mut last = String::new();
        for _ in 0..TRIES {
            let first = secret(read_line(&msg::prompt_new_password(), Echo::Off)?);
            if let Err(e) = validate_password(first.expose_secret()) {
                last = e.message;
            } else {
                let again = secret(read_line(&msg::prompt_repeat_password(), Echo::Off)?);
                if again.expose_secret() == first.expose_secret() {
                    return Ok(first);
                }
                last = msg::passwords_differ();
            }
            eprintln!("{}", msg::labelled(&msg::error_prefix(), &last));
        }
        Err(Error::invalid(msg::password_tries(last.as_str(), TRIES))
            .hint(msg::password_rule(MIN_PASSWORD_CHARS)))
    }
}

/// A secret typed without echo; an empty one is asked again.
fn hidden_not_empty(prompt: &str) -> Result<Secret> {
    for _ in 0..TRIES {
        let answer = secret(read_line(prompt, Echo::Off)?);
        if !answer.expose_secret().is_empty() {
            return Ok(answer);
        }
    }
    Err(no_answer())
}

fn no_answer() -> Error {
    Error::new(ErrorKind::Cancelled, msg::prompt_no_answer(TRIES)).hint(msg::hint_cancelled())
}

/// Ctrl-C or Ctrl-D at a prompt.
fn interrupted() -> Error {
    Error::new(ErrorKind::Cancelled, msg::cancelled()).hint(msg::hint_cancelled())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Echo {
    On,
    Off,
}

/// Prompts as the language writes them: `Password: ` or `Mot de passe : `; a yes/no
/// question ends with its choices, `[y/N]` or `[o/N]`, and no colon.
fn label(prompt: &str) -> String {
    if prompt.ends_with(']') {
        format!("{prompt} ")
    } else {
        format!("{} ", msg::labelled(prompt, "").trim_end())
    }
}

// Unix terminals: the keys read one by one, so that Ctrl-C and Ctrl-D cancel cleanly.
#[cfg(unix)]
mod raw;
#[cfg(not(unix))]
use self::read_line_portable as read_line;
#[cfg(unix)]
use raw::read_line;

/// One line through dialoguer, where the terminal is not a Unix one. Ctrl-C there is a
/// console event, not a key: [`cancel_on_ctrl_c`] turns it into the same cancellation.
#[cfg_attr(unix, allow(dead_code))]
fn read_line_portable(prompt: &str, echo: Echo) -> Result<String> {
    cancel_on_ctrl_c();
    let shown = label(prompt);
    let answer = match echo {
        Echo::On => dialoguer::Input::<String>::with_theme(&AsWritten)
            .with_prompt(shown)
            .allow_empty(true)
            .report(false)
            .interact_text(),
        Echo::Off => dialoguer::Password::with_theme(&AsWritten)
            .with_prompt(shown)
            .allow_empty_password(true)
            .report(false)
            .interact(),
    };
    answer.map_err(|e| match e {
        dialoguer::Error::IO(io) if io.kind() == io::ErrorKind::Interrupted => interrupted(),
        dialoguer::Error::IO(io) => failed(io),
    })
}

/// The prompt as [`label`] wrote it: dialoguer's own themes add an English colon.
struct AsWritten;

impl dialoguer::theme::Theme for AsWritten {
    fn format_input_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        _default: Option<&str>,
    ) -> std::fmt::Result {
        f.write_str(prompt)
    }
}

/// Ctrl-C at a Windows prompt: the cursor shown again, the same error as on Unix, exit 3.
#[cfg(windows)]
fn cancel_on_ctrl_c() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            let _ = console::Term::stderr().show_cursor();
            eprintln!();
            crate::ui::Ui::new(crate::ui::OutputFormat::Table, false, true).error(&interrupted());
            std::process::exit(crate::error::ErrorKind::Cancelled.exit_code().into());
        });
    });
}

#[cfg(not(windows))]
#[cfg_attr(unix, allow(dead_code))]
fn cancel_on_ctrl_c() {}

fn failed(e: io::Error) -> Error {
    Error::other(msg::prompt_failed(&e))
}

/// R4: yes in French or English (o, oui, y, yes); no, or Enter alone, is no.
fn yes_or_no(answer: &str) -> Option<bool> {
    match answer.trim().to_lowercase().as_str() {
        "o" | "oui" | "y" | "yes" => Some(true),
        "" | "n" | "non" | "no" => Some(false),
        _ => None,
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

impl Prompter {
    /// Whether questions can be asked: a terminal, and no --no-input.
    pub fn can_ask(&self) -> bool {
        self.asking == Asking::Yes
    }

    /// A value typed at the terminal and checked as it is typed: a wrong one is said,
    /// and asked again, `TRIES` times at most. The caller has checked [`Self::can_ask`].
    pub fn ask<T>(&self, question: &str, check: impl Fn(&str) -> Result<T>) -> Result<T> {
        let mut last = None;
        for _ in 0..TRIES {
            let answer = self.text(question)?;
            match check(&answer) {
                Ok(v) => return Ok(v),
                Err(e) => {
                    eprintln!(
                        "{}",
                        msg::labelled(&msg::error_prefix(), &msg::terminal_safe(&e.message))
                    );
                    last = Some(e);
                }
            }
        }
        Err(last.unwrap_or_else(no_answer))
    }
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    use super::raw::pop_char;
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

    #[cfg(unix)]
    #[test]
    fn backspace_removes_a_whole_character() {
        let mut line = "né".as_bytes().to_vec();
        assert!(pop_char(&mut line));
        assert_eq!(line, b"n");
        assert!(pop_char(&mut line));
        assert!(!pop_char(&mut line));
    }
}
