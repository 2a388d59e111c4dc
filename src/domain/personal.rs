//! Personal data (RGPD): what the space holds about one person (`user export`, article
//! 15), forgetting a person who left (`user erase`, article 17), and how long the audit
//! and the messages are kept (`audit purge`).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{AuditEntry, SessionInfo, UserStatus};
use crate::error::{Error, Result};

/// The audit is kept a year by default: the CNIL's guidance on logs is six months to a
/// year, and an access review looks back a year.
pub const DEFAULT_AUDIT_RETENTION_MONTHS: u32 = 12;
/// Ten years at most: the longest a firm must keep its working papers.
pub const MAX_AUDIT_RETENTION_MONTHS: u32 = 120;
/// A message's body (names, portfolios) is only useful while it may still be asked
/// about; its record (to whom, when, the subject) stays as long as the audit.
pub const DEFAULT_NOTIFICATION_RETENTION_DAYS: u32 = 30;
pub const MAX_NOTIFICATION_RETENTION_DAYS: u32 = 3650;

/// Who applies the retention when `serve` does it on its own: not a login (a space is
/// in it), so no person can be taken for it.
pub const SCHEDULED_ACTOR: &str = "urssaf-admin serve";

pub(super) fn default_audit_retention() -> u32 {
    DEFAULT_AUDIT_RETENTION_MONTHS
}

pub(super) fn default_notification_retention() -> u32 {
    DEFAULT_NOTIFICATION_RETENTION_DAYS
}

pub fn validate_audit_retention(months: u32) -> Result<u32> {
    if (1..=MAX_AUDIT_RETENTION_MONTHS).contains(&months) {
        Ok(months)
    } else {
        Err(Error::invalid(crate::t!("value-audit-retention")))
    }
}

pub fn validate_notification_retention(days: u32) -> Result<u32> {
    if (1..=MAX_NOTIFICATION_RETENTION_DAYS).contains(&days) {
        Ok(days)
    } else {
        Err(Error::invalid(crate::t!("value-notification-retention")))
    }
}

/// The stable pseudonym an erased account goes by. Its `#` is in no login, so it can be
/// neither guessed for a person nor given to a new one.
pub fn pseudonym(account_id: i64) -> String {
    format!("erased#{account_id}")
}

/// `user export`: one JSON document, the answer to a right-of-access request.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct PersonalData {
    pub exported_at: String,
    /// The firm that holds the data (the controller): its name and SIREN.
    pub controller: Controller,
    pub account: Account,
    pub subscriptions: Vec<HeldSubscription>,
    /// Open sessions, with where each was opened from.
    pub sessions: Vec<SessionInfo>,
    /// Wrong passwords or codes counted against this login, per source.
    pub sign_in_failures: Vec<SignInFailures>,
    /// Every audit entry where the person acts, is the target or is named.
    pub audit: Vec<AuditEntry>,
    /// The messages addressed to them, bodies included while they are kept.
    pub messages: Vec<Message>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Controller {
    pub name: String,
    pub siren: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Account {
    pub login: String,
    pub name: Option<String>,
    pub email: String,
    pub admin: bool,
    pub status: UserStatus,
    pub created_at: String,
    pub last_sign_in_at: Option<String>,
    pub disabled_at: Option<String>,
    pub erased_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct HeldSubscription {
    pub portfolio: i64,
    pub suspended: bool,
    pub since: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct SignInFailures {
    /// `login` (passwords) or `activate` (activation codes).
    pub kind: String,
    pub source: String,
    pub failures: u64,
    pub locked_until: Option<String>,
    pub last_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Message {
    pub id: i64,
    pub created_at: String,
    pub email: String,
    pub subject: String,
    /// Empty once the retention has removed it.
    pub body: String,
    pub status: String,
    pub sent_at: Option<String>,
}

/// What `user erase` did.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Erased {
    /// The pseudonym the account, its audit entries and messages now carry.
    pub pseudonym: String,
    pub audit_entries: u64,
    pub messages: u64,
    pub subscriptions: u64,
}

/// What `audit purge` removed (or, on a dry run, would).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Purged {
    /// Entries older than this went.
    pub audit_before: String,
    pub audit_entries: u64,
    /// Bodies of messages sent before this went.
    pub bodies_before: String,
    pub message_bodies: u64,
}

/// `text` with every whole-word occurrence of each of `needles` replaced by `with`: a
/// login inside a longer one (`al` in `alice`) is left alone, one that ends a sentence is
/// not. Needles are taken longest first, so an email goes before the login it starts with.
pub fn redact<'a>(text: &'a str, needles: &[&str], with: &str) -> Cow<'a, str> {
    let mut needles: Vec<&str> = needles.iter().copied().filter(|n| !n.is_empty()).collect();
    needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let mut out: Cow<str> = Cow::Borrowed(text);
    for needle in needles {
        if !out.contains(needle) {
            continue;
        }
        let mut rewritten = String::with_capacity(out.len());
        let mut rest: &str = &out;
        while let Some(at) = rest.find(needle) {
            let (before, after) = (&rest[..at], &rest[at + needle.len()..]);
            let bounded_before = before.chars().next_back().is_none_or(|c| !word_char(c));
            let bounded_after = match after.chars().next() {
                None => true,
                // A full stop ends the word when no word goes on after it.
                Some('.') => after[1..].chars().next().is_none_or(|c| !word_char(c)),
                Some(c) => !word_char(c),
            };
            rewritten.push_str(before);
            if bounded_before && bounded_after {
                rewritten.push_str(with);
            } else {
                rewritten.push_str(needle);
            }
            rest = after;
        }
        rewritten.push_str(rest);
        out = Cow::Owned(rewritten);
    }
    out
}

/// The names and emails a subscription change recorded for `login` (`login: name=X,
/// email=Y, suspended`): a person's former ones are erased with the current ones.
pub fn recorded_values<'a>(detail: &'a str, login: &str) -> Vec<&'a str> {
    let Some(rest) = detail
        .strip_prefix(login)
        .and_then(|r| r.strip_prefix(": "))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut rest = rest;
    for key in ["name=", "email="] {
        let Some(value) = rest.strip_prefix(key) else {
            continue;
        };
        let end = [", email=", ", suspended", ", resumed"]
            .iter()
            .filter_map(|stop| value.find(stop))
            .min()
            .unwrap_or(value.len());
        out.push(&value[..end]);
        rest = value[end..].strip_prefix(", ").unwrap_or(&value[end..]);
    }
    out
}

/// Characters a login, a name or an email continues with.
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || "._-@+".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_whole_words_only() {
        let with = "erased#7";
        assert_eq!(redact("bob", &["bob"], with), "erased#7");
        assert_eq!(
            redact("carol (from bob)", &["bob"], with),
            "carol (from erased#7)"
        );
        assert_eq!(redact("removed bob.", &["bob"], with), "removed erased#7.");
        assert_eq!(redact("bobby bob.smith", &["bob"], with), "bobby bob.smith");
        assert_eq!(redact("al alice", &["al"], with), "erased#7 alice");
        assert_eq!(
            redact(
                "bob: name=Zoé Départ, email=bob@x.fr",
                &["bob", "Zoé Départ", "bob@x.fr"],
                with
            ),
            "erased#7: name=erased#7, email=erased#7"
        );
        assert!(matches!(
            redact("nothing", &["bob"], with),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn finds_former_names_and_emails() {
        assert_eq!(
            recorded_values("zoe: name=Dupont, Zoé, email=z@x.fr, suspended", "zoe"),
            ["Dupont, Zoé", "z@x.fr"]
        );
        assert_eq!(recorded_values("zoe: email=z@x.fr", "zoe"), ["z@x.fr"]);
        assert!(recorded_values("zoe: suspended", "zoe").is_empty());
        assert!(recorded_values("zoey: name=A", "zoe").is_empty());
    }

    #[test]
    fn retention_is_bounded() {
        assert!(validate_audit_retention(0).is_err());
        assert!(validate_audit_retention(121).is_err());
        assert_eq!(validate_audit_retention(6).unwrap(), 6);
        assert!(validate_notification_retention(0).is_err());
        assert_eq!(validate_notification_retention(30).unwrap(), 30);
    }
}
