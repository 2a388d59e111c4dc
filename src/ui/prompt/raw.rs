//! The line reader of Unix terminals: echo, line editing and signals off while a line is
//! read, and the terminal put back exactly as it was on every path.

use std::io::{self, Write};

use super::{Echo, failed, interrupted, label};
use crate::error::Result;

/// One line typed at the terminal on standard input, read byte by byte with the
/// terminal's own echo, line editing and signals off, so that Ctrl-C and Ctrl-D reach
/// us as keys. Backspace and Ctrl-U edit; escape sequences (arrows) are dropped.
pub(super) fn read_line(prompt: &str, echo: Echo) -> Result<String> {
    let mut out = io::stderr().lock();
    // Raw first, then the prompt: an answer typed as soon as it shows is never echoed.
    let raw = Raw::on().map_err(failed)?;
    let _ = write!(out, "{}", label(prompt));
    let _ = out.flush();
    // Room enough that a password is not copied about as it grows.
    let mut line: Vec<u8> = Vec::with_capacity(256);
    let mut escape = Escape::No;
    let result = loop {
        let byte = match read_byte() {
            Ok(Some(b)) => b,
            // The terminal went away.
            Ok(None) => break Err(interrupted()),
            Err(e) => break Err(failed(e)),
        };
        match escape {
            Escape::Started => {
                escape = if matches!(byte, b'[' | b'O') {
                    Escape::Sequence
                } else {
                    Escape::No
                };
                continue;
            }
            Escape::Sequence => {
                if (0x40..=0x7e).contains(&byte) {
                    escape = Escape::No;
                }
                continue;
            }
            Escape::No => {}
        }
        match byte {
            0x03 | 0x04 => break Err(interrupted()),
            b'\r' | b'\n' => break Ok(()),
            0x7f | 0x08 => {
                if pop_char(&mut line) && echo == Echo::On {
                    let _ = out.write_all(b"\x08 \x08");
                }
            }
            0x15 => {
                while pop_char(&mut line) {
                    if echo == Echo::On {
                        let _ = out.write_all(b"\x08 \x08");
                    }
                }
            }
            0x1b => escape = Escape::Started,
            b if b < 0x20 => {}
            b => {
                line.push(b);
                if echo == Echo::On {
                    let _ = out.write_all(&[b]);
                }
            }
        }
        let _ = out.flush();
    };
    drop(raw);
    let _ = writeln!(out);
    result.map(|()| {
        String::from_utf8(line)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    })
}

#[derive(Clone, Copy)]
enum Escape {
    No,
    Started,
    Sequence,
}

/// Removes the last character (all its UTF-8 bytes); false when there was none.
pub(super) fn pop_char(line: &mut Vec<u8>) -> bool {
    let Some(mut b) = line.pop() else {
        return false;
    };
    while b & 0xc0 == 0x80 {
        match line.pop() {
            Some(lead) => b = lead,
            None => break,
        }
    }
    true
}

/// One byte of standard input, unbuffered (none at the end).
fn read_byte() -> io::Result<Option<u8>> {
    let mut b = 0u8;
    loop {
        // SAFETY: reads at most one byte into `b`, which lives through the call.
        let n = unsafe { libc::read(libc::STDIN_FILENO, (&raw mut b).cast(), 1) };
        match n {
            1 => return Ok(Some(b)),
            0 => return Ok(None),
            _ => {
                let e = io::Error::last_os_error();
                if e.kind() != io::ErrorKind::Interrupted {
                    return Err(e);
                }
            }
        }
    }
}

/// The terminal without echo, line editing or signal keys, until dropped.
struct Raw {
    saved: libc::termios,
}

impl Raw {
    fn on() -> io::Result<Raw> {
        let mut saved = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills `saved` when it returns 0, checked before use.
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, saved.as_mut_ptr()) } != 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: initialised by the successful tcgetattr above.
        let saved = unsafe { saved.assume_init() };
        let mut raw = saved;
        raw.c_lflag &= !(libc::ECHO | libc::ICANON | libc::ISIG | libc::IEXTEN);
        raw.c_cc[libc::VMIN] = 1;
        raw.c_cc[libc::VTIME] = 0;
        // TCSANOW, not TCSAFLUSH: what was typed ahead is kept.
        // SAFETY: a valid termios for a valid descriptor.
        if unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Raw { saved })
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        // SAFETY: the settings read in `on`, for the same descriptor.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.saved) };
    }
}
