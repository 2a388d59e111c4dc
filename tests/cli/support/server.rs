//! `urssaf-admin serve` on 127.0.0.1, and an HTTP client to call it directly.

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::Duration;

use reqwest::blocking::Client as Http;

use super::{COUNTER, Env};

/// `urssaf-admin serve` on a free port of 127.0.0.1, stopped with the test.
pub struct Server {
    pub child: std::process::Child,
    pub url: String,
    pub log: PathBuf,
}

impl Server {
    pub fn start(env: &Env, extra: &[&str]) -> Server {
        use std::io::BufRead;
        let log = env.path().join(format!(
            "server-{}.log",
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let mut child = env
            .bare_std()
            .arg("--db")
            .arg(&env.db)
            .arg("serve")
            .args(if extra.contains(&"--listen") {
                &[][..]
            } else {
                &["--listen", "127.0.0.1:0"][..]
            })
            .args(extra)
            .stdout(std::process::Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("start the server");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line.trim().to_string();
        assert!(
            url.starts_with("http"),
            "the server did not start: {}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        Server { child, url, log }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A client for calling the server's API directly; a silent server fails the test.
pub fn http() -> Http {
    urssaf_admin::server::install_crypto();
    Http::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// A port of 127.0.0.1 that nothing listens on, for a server the test starts.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
