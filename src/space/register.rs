//! The State's open company register, API Recherche d'entreprises: one SIREN asked at a
//! time, at most 7 requests a second from this machine (the API's own limit), `429` and
//! `Retry-After` honoured, bounded retries on `5xx` and lost connections. Only SIRENs are
//! sent: never a name, never anyone's personal data.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Deserialize;

use crate::domain::register::{CompanyState, RegisterEntry, RegisterStatus};
use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;

pub const DEFAULT_URL: &str = "https://recherche-entreprises.api.gouv.fr";
pub const URL_ENV: &str = "URSSAF_ADMIN_REGISTER_URL";
/// The API's limit is 7 a second per address. 150 ms apart, rather than 1/7 s, keeps a
/// request that leaves a little late from making 8 in one second at the other end.
pub const SPACING: Duration = Duration::from_millis(150);
const CONNECT: Duration = Duration::from_secs(5);
/// A quick check's one try.
const QUICK: Duration = Duration::from_secs(3);
const ANSWER: Duration = Duration::from_secs(10);
/// One SIREN, waits and retries included: under a client's 20 s wait for a server.
const DEADLINE: Duration = Duration::from_secs(15);
/// Tries in all for one SIREN (429, 5xx, no connection), and the longest wait asked.
const TRIES: u32 = 4;
const LONGEST_RETRY_AFTER: u64 = 60;
/// The answer to a direct search is a few kilobytes.
const MAX_BODY: u64 = 1 << 20;
const NAME_CHARS: usize = 200;
const ADDRESS_CHARS: usize = 300;

pub struct Register {
    base: url::Url,
    http: reqwest::blocking::Client,
    gate: Gate,
}

impl Register {
    /// The register at `URSSAF_ADMIN_REGISTER_URL` (a mirror, or the tests' fake), else
    /// the public one.
    pub fn from_env() -> Result<Register> {
        let url = std::env::var(URL_ENV)
            .ok()
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_URL.to_string());
        let base = url::Url::parse(url.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| {
                Error::usage(msg::register_url_invalid(&url)).hint(msg::hint_register_url())
            })?;
        crate::tls::install_crypto();
        let mut builder = reqwest::blocking::Client::builder()
            .connect_timeout(CONNECT)
            .timeout(ANSWER)
            .user_agent(concat!(
                "urssaf-admin/",
                env!("CARGO_PKG_VERSION"),
                " (+",
                env!("CARGO_PKG_REPOSITORY"),
                ")"
            ));
        if base.scheme() == "http" {
            builder = builder.tls_certs_only([]);
        }
        let http = builder
            .build()
            .map_err(|e| Error::other(msg::http_client_failed(&e)))?;
        Ok(Register {
            base,
            http,
            gate: Gate::for_this_machine(),
        })
    }

    pub fn url(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    /// What the register says about `siren` now; `quick`: one short try, no retry.
    pub fn fetch(&self, siren: &str, at: &str, quick: bool) -> Result<RegisterEntry> {
        let url = format!("{}/search", self.url());
        let mut last = String::new();
        let start = std::time::Instant::now();
        let late = |wait: Duration| start.elapsed() + wait > DEADLINE;
        let tries = if quick { 1 } else { TRIES };
        for attempt in 0..tries {
            self.gate.wait();
            let mut request = self.http.get(&url);
            if quick {
                request = request.timeout(QUICK);
            }
            let sent = request
                .query(&[
                    ("q", siren),
                    ("minimal", "true"),
                    ("include", "siege"),
                    ("page", "1"),
                    ("per_page", "1"),
                ])
                .send();
            let response = match sent {
                Ok(r) => r,
                Err(e) => {
                    last = msg::reason(&e);
                    if late(backoff_time(attempt)) {
                        break;
                    }
                    backoff(attempt);
                    continue;
                }
            };
            let status = response.status();
            if status.as_u16() == 429 {
                let wait = response
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .unwrap_or(1)
                    .clamp(1, LONGEST_RETRY_AFTER);
                // Every process of this machine waits, not only this one.
                self.gate.hold_off(Duration::from_secs(wait));
                last = status.to_string();
                if late(Duration::from_secs(wait)) {
                    break;
                }
                continue;
            }
            if status.is_server_error() {
                last = status.to_string();
                if late(backoff_time(attempt)) {
                    break;
                }
                backoff(attempt);
                continue;
            }
            if !status.is_success() {
                return Err(self.unreachable(&status.to_string()));
            }
            let mut body = Vec::new();
            response
                .take(MAX_BODY)
                .read_to_end(&mut body)
                .map_err(|e| self.unreachable(&msg::reason(&e)))?;
            let payload: Payload =
                serde_json::from_slice(&body).map_err(|e| self.unreachable(&msg::reason(&e)))?;
            return Ok(entry(siren, payload, at));
        }
        Err(self.unreachable(&last))
    }

    fn unreachable(&self, reason: &str) -> Error {
        Error::new(
            ErrorKind::Unreachable,
            msg::register_unreachable(self.url(), reason),
        )
        .next(crate::error::Next::RegisterLater)
    }
}

/// 0.5 s, 1 s, 2 s: a register that is restarting gets a few seconds.
fn backoff_time(attempt: u32) -> Duration {
    Duration::from_millis(500 << attempt)
}

fn backoff(attempt: u32) {
    if attempt + 1 < TRIES {
        std::thread::sleep(backoff_time(attempt));
    }
}

#[derive(Deserialize)]
struct Payload {
    #[serde(default)]
    results: Vec<Company>,
}

#[derive(Deserialize)]
struct Company {
    siren: String,
    siren_conserve: Option<String>,
    nom_complet: Option<String>,
    nom_raison_sociale: Option<String>,
    etat_administratif: Option<String>,
    date_fermeture: Option<String>,
    statut_diffusion: Option<String>,
    siege: Option<HeadOffice>,
}

#[derive(Deserialize)]
struct HeadOffice {
    siret: Option<String>,
    adresse: Option<String>,
}

/// The answer, bounded and checked: it is stored and echoed like any outside input.
fn entry(siren: &str, payload: Payload, at: &str) -> RegisterEntry {
    let Some(c) = payload.results.into_iter().find(|c| c.siren == siren) else {
        return RegisterEntry::not_found(siren, at);
    };
    let digits = |s: Option<String>, n: usize| {
        s.filter(|s| s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
    };
    let (head_office_siret, head_office_address) = match c.siege {
        Some(h) => (
            digits(h.siret, 14).filter(|s| s.starts_with(siren)),
            text(h.adresse, ADDRESS_CHARS),
        ),
        None => (None, None),
    };
    let state = match c.etat_administratif.as_deref() {
        Some("A") => Some(CompanyState::Active),
        Some("C") => Some(CompanyState::Ceased),
        _ => None,
    };
    RegisterEntry {
        siren: siren.to_string(),
        status: RegisterStatus::Found,
        name: text(c.nom_raison_sociale, NAME_CHARS).or(text(c.nom_complet, NAME_CHARS)),
        state,
        closed_on: c
            .date_fermeture
            .filter(|d| d.parse::<jiff::civil::Date>().is_ok() && d.len() == 10),
        head_office_siret,
        head_office_address,
        duplicate_of: digits(c.siren_conserve, 9).filter(|kept| kept != siren),
        public: c.statut_diffusion.as_deref() != Some("P"),
        fetched_at: at.to_string(),
    }
}

/// Text from outside: no control characters, spaces folded, at most `max` characters.
fn text(s: Option<String>, max: usize) -> Option<String> {
    let s = s?;
    let cleaned: String = s
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let cleaned: String = cleaned.chars().take(max).collect();
    (!cleaned.is_empty()).then_some(cleaned)
}

/// One queue of requests for every process of this machine: a file holding when the
/// next request may leave (milliseconds since 1970), read and moved on under a lock.
/// Without the file (a read-only cache folder), this process still keeps its own pace.
struct Gate {
    path: PathBuf,
    own: std::sync::Mutex<u64>,
}

impl Gate {
    fn for_this_machine() -> Gate {
        Gate {
            path: crate::config::Dirs::from_env().cache.join("register-gate"),
            own: std::sync::Mutex::new(0),
        }
    }

    /// Waits for this request's turn.
    fn wait(&self) {
        let spacing = SPACING.as_millis() as u64;
        let turn = self.update(|now, next| next.max(now) + spacing) - spacing;
        let now = now_ms();
        if turn > now {
            std::thread::sleep(Duration::from_millis(turn - now));
        }
    }

    /// No request from this machine before `wait` from now.
    fn hold_off(&self, wait: Duration) {
        let wait = wait.as_millis() as u64;
        self.update(|now, next| next.max(now + wait));
    }

    /// Sets the next free time to `f(now, next)` and returns it.
    fn update(&self, f: impl Fn(u64, u64) -> u64) -> u64 {
        let mut own = self.own.lock().unwrap_or_else(|p| p.into_inner());
        let shared = self.shared(&f);
        let now = now_ms();
        let next = shared.unwrap_or_else(|| f(now, sane(now, *own)));
        *own = next;
        next
    }

    fn shared(&self, f: &impl Fn(u64, u64) -> u64) -> Option<u64> {
        if let Some(dir) = self.path.parent() {
            crate::private::create_dir_all(dir).ok()?;
        }
        let mut file: File = crate::private::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&self.path)
            .ok()?;
        file.lock().ok()?;
        let mut text = String::new();
        let _ = file.read_to_string(&mut text);
        let now = now_ms();
        let next = f(now, sane(now, text.trim().parse().unwrap_or(0)));
        let written = file
            .rewind()
            .and_then(|_| file.set_len(0))
            .and_then(|_| file.write_all(next.to_string().as_bytes()));
        let _ = file.unlock();
        written.ok().map(|_| next)
    }
}

/// A time from the file: one far in the future (a clock set back, a damaged file) is
/// not waited for.
fn sane(now: u64, next: u64) -> u64 {
    if next > now + LONGEST_RETRY_AFTER * 1000 + 1000 {
        now
    } else {
        next
    }
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload(json: &str) -> Payload {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn answers_are_read_bounded_and_checked() {
        let p = payload(
            r#"{"results":[{"siren":"356000000","nom_complet":"la poste",
            "nom_raison_sociale":"LA POSTE\u001b[2J","etat_administratif":"A",
            "statut_diffusion":"O","siren_conserve":null,
            "siege":{"siret":"35600000000048","adresse":"9 RUE DU COLONEL PIERRE AVIA 75015 PARIS 15"}}],
            "total_results":1}"#,
        );
        let e = entry("356000000", p, "t");
        assert_eq!(e.status, RegisterStatus::Found);
        assert_eq!(e.name.as_deref(), Some("LA POSTE [2J"));
        assert_eq!(e.state, Some(CompanyState::Active));
        assert_eq!(e.head_office_siret.as_deref(), Some("35600000000048"));
        assert!(e.public);
        let none = entry(
            "356000000",
            payload(r#"{"results":[],"total_results":0}"#),
            "t",
        );
        assert_eq!(none.status, RegisterStatus::NotFound);
    }

    #[test]
    fn a_duplicate_names_the_siren_kept_and_bad_dates_are_dropped() {
        let p = payload(
            r#"{"results":[{"siren":"552100554","siren_conserve":"356000000",
            "etat_administratif":"C","date_fermeture":"2020-13-45","statut_diffusion":"P"}]}"#,
        );
        let e = entry("552100554", p, "t");
        assert_eq!(e.duplicate_of.as_deref(), Some("356000000"));
        assert_eq!(e.closed_on, None);
        assert!(!e.public);
    }
}
