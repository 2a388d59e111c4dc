//! Commands on a real pseudo-terminal (rexpect), as a person at a terminal runs them.

use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

/// How long any one expectation on a terminal may wait.
const PTY_TIMEOUT_MS: u64 = 20_000;

/// `cmd` on a terminal of its own.
pub fn pty(cmd: Command) -> PtySession {
    pty_with_timeout(cmd, PTY_TIMEOUT_MS)
}

/// `cmd` on a terminal, for a command that takes long between two outputs.
pub fn pty_with_timeout(cmd: Command, timeout_ms: u64) -> PtySession {
    spawn_command(cmd, Some(timeout_ms)).expect("start the command on a terminal")
}

/// Reads to the end: the exit code, and what was printed since the last expectation.
pub fn pty_finish(p: &mut PtySession) -> (i32, String) {
    let rest = p.exp_eof().unwrap();
    (exit_code(p.process().wait().unwrap()), rest)
}

/// Runs `cmd` on a 120-column terminal: its exit code and everything it printed.
pub fn on_terminal(mut cmd: Command) -> (i32, String) {
    cmd.env("COLUMNS", "120");
    pty_finish(&mut pty(cmd))
}

pub fn exit_code(status: WaitStatus) -> i32 {
    match status {
        WaitStatus::Exited(_, code) => code,
        other => panic!("not a normal exit: {other:?}"),
    }
}

/// rexpect reads the terminal byte by byte, one char per byte: match UTF-8 text that way.
pub fn bytes(s: &str) -> String {
    s.bytes().map(char::from).collect()
}
