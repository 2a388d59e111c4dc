//! Bulk onboarding: the rows read from a CSV file, what became of each one, and the
//! digest of a run that the people concerned are sent (one message each per run).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::domain::CompanyId;
use crate::messages as msg;

/// A client row as read: raw text, checked by the space (rules in one place).
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ClientRow {
    #[schema(value_type = u64, maximum = 4294967295.0)]
    pub line: u32,
    /// SIREN or SIRET.
    pub id: String,
    pub name: String,
    pub portfolio: String,
    /// The day the lettre de mission was signed (`15/01/2026` or ISO); may be empty.
    #[serde(default)]
    pub mandate_signed: String,
    /// Its reference; may be empty.
    #[serde(default)]
    pub reference: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SubscriberRow {
    #[schema(value_type = u64, maximum = 4294967295.0)]
    pub line: u32,
    pub login: String,
    /// Needed for a new account; may be empty for an existing one.
    pub email: String,
    pub name: String,
    pub portfolio: String,
}

/// A row that is read, or the reason it could not be (already a failed outcome).
pub type Input<T> = std::result::Result<T, Box<RowOutcome>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Created,
    Moved,
    Skipped,
    Failed,
    /// Valid, but nothing was written: a dry run, or a run refused for its bad rows.
    WouldCreate,
    WouldMove,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Created => "created",
            Action::Moved => "moved",
            Action::Skipped => "skipped",
            Action::Failed => "failed",
            Action::WouldCreate => "would-create",
            Action::WouldMove => "would-move",
        }
    }

    /// The same outcome, in a run that wrote nothing.
    pub fn unwritten(self) -> Action {
        match self {
            Action::Created => Action::WouldCreate,
            Action::Moved => Action::WouldMove,
            other => other,
        }
    }
}

/// What became of one input row; the report has one per row, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RowOutcome {
    pub line: u32,
    /// The SIREN/SIRET, or the login, as read.
    pub key: String,
    pub portfolio: String,
    pub action: Action,
    /// The column at fault, for a failed row.
    pub column: Option<String>,
    pub message: String,
    pub activation_code: Option<String>,
    pub activation_expires_at: Option<String>,
}

impl RowOutcome {
    pub fn new(line: u32, key: &str, portfolio: &str, action: Action, message: String) -> Self {
        RowOutcome {
            line,
            key: key.to_string(),
            portfolio: portfolio.to_string(),
            action,
            column: None,
            message,
            activation_code: None,
            activation_expires_at: None,
        }
    }

    /// The same row in a run that wrote nothing: no code was kept, so none is shown.
    pub fn unwritten(self) -> RowOutcome {
        RowOutcome {
            action: self.action.unwritten(),
            activation_code: None,
            activation_expires_at: None,
            ..self
        }
    }

    pub fn failed(line: u32, key: &str, portfolio: &str, column: &str, message: String) -> Self {
        RowOutcome {
            column: Some(column.to_string()),
            ..RowOutcome::new(line, key, portfolio, Action::Failed, message)
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ImportOptions {
    /// Names the run: the batches of one run share its audit entry and its messages.
    pub run: String,
    pub dry_run: bool,
    /// Write the valid rows even when others fail.
    pub skip_invalid: bool,
    /// Clients: move a company found in another portfolio instead of failing the row.
    #[serde(rename = "move")]
    pub move_clients: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ImportSummary {
    pub created: u64,
    pub moved: u64,
    pub skipped: u64,
    pub failed: u64,
    /// False when nothing was written: a dry run, or bad rows without `--skip-invalid`.
    pub written: bool,
}

impl ImportSummary {
    pub fn count(&mut self, action: Action) {
        match action {
            Action::Created | Action::WouldCreate => self.created += 1,
            Action::Moved | Action::WouldMove => self.moved += 1,
            Action::Skipped => self.skipped += 1,
            Action::Failed => self.failed += 1,
        }
    }

    pub fn add(&mut self, other: &ImportSummary) {
        self.created += other.created;
        self.moved += other.moved;
        self.skipped += other.skipped;
        self.failed += other.failed;
    }
}

/// One batch of client rows sent to a server: one transaction there.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ClientBatch {
    #[serde(flatten)]
    pub options: ImportOptions,
    pub rows: Vec<ClientRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SubscriberBatch {
    #[serde(flatten)]
    pub options: ImportOptions,
    pub rows: Vec<SubscriberRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ImportBatchResult {
    pub outcomes: Vec<RowOutcome>,
    pub summary: ImportSummary,
}

/// The checks a file gets as a whole, whichever way its rows travel (read by the space
/// itself, or sent to a server in batches): a company once per file (R8), a login once
/// per portfolio, and one email per login. Rows that pass go on; a row that fails becomes
/// its outcome.
pub trait FileCheck<T> {
    fn admit(&mut self, row: T) -> Input<T>;
}

/// The SIRENs of a file: a bit each (12.5 MB at most, for any number of rows), and the
/// line of the first ones, to name it in the message.
#[derive(Default)]
pub struct ClientFile {
    bits: Vec<u64>,
    lines: HashMap<u32, u32>,
}

/// SIRENs whose line is kept; beyond, a duplicate is said to be on "an earlier line".
const LINES_KEPT: usize = 100_000;

impl ClientFile {
    /// `Err(first line, if known)` when the SIREN was already there.
    fn insert(&mut self, siren: u32, line: u32) -> Result<(), Option<u32>> {
        // The ninth digit is a checksum of the other eight.
        let body = (siren / 10) as usize;
        if self.bits.is_empty() {
            self.bits = vec![0; 100_000_000 / 64 + 1];
        }
        let (word, bit) = (body / 64, 1u64 << (body % 64));
        if self.bits[word] & bit != 0 {
            return Err(self.lines.get(&siren).copied());
        }
        self.bits[word] |= bit;
        if self.lines.len() < LINES_KEPT {
            self.lines.insert(siren, line);
        }
        Ok(())
    }
}

impl FileCheck<ClientRow> for ClientFile {
    /// A company is once in a file: a second time is a mistake to point out, not a
    /// choice to make.
    fn admit(&mut self, row: ClientRow) -> Input<ClientRow> {
        let siren = CompanyId::parse(&row.id)
            .ok()
            .and_then(|c| c.siren().parse::<u32>().ok());
        match siren.map(|s| self.insert(s, row.line)) {
            Some(Err(first)) => Err(Box::new(RowOutcome::failed(
                row.line,
                &row.id,
                &row.portfolio,
                "siren",
                match first {
                    Some(line) => msg::import_duplicate(line),
                    None => msg::import_duplicate_earlier(),
                },
            ))),
            _ => Ok(row),
        }
    }
}

#[derive(Default)]
pub struct SubscriberFile {
    seen: HashMap<(String, String), u32>,
    emails: HashMap<String, (String, u32)>,
}

impl FileCheck<SubscriberRow> for SubscriberFile {
    /// A login is one person: their email, once given, goes with their later rows, so
    /// that every batch sent to a server can be checked on its own.
    fn admit(&mut self, mut row: SubscriberRow) -> Input<SubscriberRow> {
        let key = (row.login.clone(), row.portfolio.clone());
        if let Some(first) = self.seen.get(&key) {
            return Err(Box::new(RowOutcome::failed(
                row.line,
                &row.login,
                &row.portfolio,
                "login",
                msg::import_duplicate(*first),
            )));
        }
        self.seen.insert(key, row.line);
        match self.emails.get(&row.login) {
            Some((email, _)) if row.email.is_empty() => row.email.clone_from(email),
            Some((email, line)) if !email.eq_ignore_ascii_case(&row.email) => {
                return Err(Box::new(RowOutcome::failed(
                    row.line,
                    &row.login,
                    &row.portfolio,
                    "email",
                    msg::import_other_email(&row.login, *line),
                )));
            }
            Some(_) => {}
            None if row.email.is_empty() => {}
            None => {
                self.emails
                    .insert(row.login.clone(), (row.email.clone(), row.line));
            }
        }
        Ok(row)
    }
}

/// The rows of a file with its checks applied, in order.
pub fn checked<'a, T: 'a>(
    rows: &'a mut dyn Iterator<Item = Input<T>>,
    mut check: impl FileCheck<T> + 'a,
) -> impl Iterator<Item = Input<T>> + 'a {
    rows.map(move |input| input.and_then(|row| check.admit(row)))
}

/// Names listed per portfolio in a message; the rest are counted.
pub const DIGEST_SAMPLES: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Added,
    MovedIn,
    MovedOut,
    Subscribed,
}

/// What one portfolio's subscribers hear of a run: counts, and the first names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortfolioDigest {
    pub added: u64,
    pub moved_in: u64,
    pub moved_out: u64,
    pub subscribed: u64,
    pub samples: Vec<(Change, String)>,
}

impl PortfolioDigest {
    fn count(&mut self, change: Change) -> &mut u64 {
        match change {
            Change::Added => &mut self.added,
            Change::MovedIn => &mut self.moved_in,
            Change::MovedOut => &mut self.moved_out,
            Change::Subscribed => &mut self.subscribed,
        }
    }

    /// `what` is only written out for the first few.
    pub fn record(&mut self, change: Change, what: impl FnOnce() -> String) {
        *self.count(change) += 1;
        if self.samples.len() < DIGEST_SAMPLES {
            self.samples.push((change, what()));
        }
    }

    pub fn merge(&mut self, other: &PortfolioDigest) {
        self.added += other.added;
        self.moved_in += other.moved_in;
        self.moved_out += other.moved_out;
        self.subscribed += other.subscribed;
        let room = DIGEST_SAMPLES.saturating_sub(self.samples.len());
        self.samples
            .extend(other.samples.iter().take(room).cloned());
    }

    pub fn total(&self) -> u64 {
        self.added + self.moved_in + self.moved_out + self.subscribed
    }
}

/// A newcomer's own part: the portfolios opened to them, and their code if new.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welcome {
    pub login: String,
    pub portfolios: Vec<i64>,
    /// A new account: the message carries an activation code, made when it is sent and
    /// never stored in clear.
    #[serde(default)]
    pub new_account: bool,
}

/// Everything one person is told of one run, kept with the message so that the
/// batches of a run sent to a server still make one message per person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    pub actor: String,
    pub at: String,
    pub welcome: Option<Welcome>,
    pub portfolios: BTreeMap<i64, PortfolioDigest>,
}

impl Digest {
    pub fn merge(&mut self, other: &Digest) {
        if let Some(w) = &other.welcome {
            let mine = self.welcome.get_or_insert_with(|| Welcome {
                login: w.login.clone(),
                ..Welcome::default()
            });
            for p in &w.portfolios {
                if !mine.portfolios.contains(p) {
                    mine.portfolios.push(*p);
                }
            }
            mine.new_account |= w.new_account;
        }
        for (n, d) in &other.portfolios {
            self.portfolios.entry(*n).or_default().merge(d);
        }
    }
}

/// A run id: chosen by the client, so letters, digits and dashes only.
pub fn validate_run(run: &str) -> bool {
    (8..=64).contains(&run.len()) && run.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r10_digest_counts_everything_but_lists_a_few() {
        let mut d = PortfolioDigest::default();
        for i in 0..(DIGEST_SAMPLES + 5) {
            d.record(Change::Added, || format!("client {i}"));
        }
        let mut other = PortfolioDigest::default();
        other.record(Change::MovedIn, || "late".into());
        d.merge(&other);
        assert_eq!(d.total(), DIGEST_SAMPLES as u64 + 6);
        assert_eq!(d.added, DIGEST_SAMPLES as u64 + 5);
        assert_eq!(d.moved_in, 1);
        assert_eq!(d.samples.len(), DIGEST_SAMPLES);
    }

    #[test]
    fn a_welcome_keeps_its_code_across_batches() {
        let mut a = Digest::default();
        a.merge(&Digest {
            welcome: Some(Welcome {
                login: "alice".into(),
                portfolios: vec![1],
                new_account: true,
            }),
            ..Digest::default()
        });
        a.merge(&Digest {
            welcome: Some(Welcome {
                login: "alice".into(),
                portfolios: vec![2, 1],
                ..Welcome::default()
            }),
            ..Digest::default()
        });
        let w = a.welcome.unwrap();
        assert_eq!(w.portfolios, vec![1, 2]);
        assert!(w.new_account);
    }

    #[test]
    fn run_ids() {
        assert!(validate_run("ab12-CD34"));
        assert!(!validate_run("short"));
        assert!(!validate_run("has space in it"));
    }
}
