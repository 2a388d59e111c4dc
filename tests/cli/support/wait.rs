//! Waiting for something another process does: one polling helper with a deadline.

use std::time::{Duration, Instant};

/// Polls `done` until it holds; the test fails, naming `what`, after `limit`. The first
/// polls are quick (a write transaction may last a few milliseconds), later ones spaced.
pub fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    let mut pause = Duration::from_millis(1);
    while !done() {
        assert!(
            Instant::now() < deadline,
            "gave up after {limit:?} waiting for {what}"
        );
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(10));
    }
}
