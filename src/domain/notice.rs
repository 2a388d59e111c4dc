//! The notices of R10: what the people concerned by a change are told, built from the
//! domain's records. Rendered in the space's language (`i18n::with`), whoever made the
//! change.
//!
//! `crate::messages` cannot know the domain, so the notices live here; this module also
//! re-exports every message, so that `use crate::domain::notice as msg` serves a caller
//! that words both.

pub use crate::messages::*;

use super::import::{Change, Digest};
use super::{Client, Subscriber, User};
use crate::messages::id as group;
use crate::t;

pub struct Notice {
    pub subject: String,
    pub body: String,
}

/// What subscribers of one portfolio are told: never the other portfolio of a move,
/// which may not be theirs to know (R7).
pub enum ClientChange {
    Added,
    MovedOut(i64),
    MovedIn,
    Removed,
    /// Given the register's name; the old one.
    Renamed(String),
    /// Its lettre de mission recorded, with its terms as the audit says them.
    MandateSet(String),
    MandateCleared,
}

/// How a subscription changed, for its notice.
pub enum SubscriptionChange {
    Added,
    Withdrawn,
    Modified {
        name: Option<String>,
        email: Option<String>,
        suspended: Option<bool>,
    },
}

pub fn notice_portfolio_created(actor: &str, number: i64, firm: &str, at: &str) -> Notice {
    Notice {
        subject: t!("notice-portfolio-created-subject", number = number),
        body: t!(
            "notice-portfolio-created-body",
            actor = actor,
            number = number,
            firm = firm,
            at = date_time(at)
        ),
    }
}

/// The welcome of a new account: how to activate it, with its one-time code.
fn account_instructions(login: &str) -> String {
    format!(
        "{}\n\n    urssaf-admin activate --user {login}\n\n{CODE_SLOT}",
        t!("notice-account-created", login = login),
    )
}

/// Where a welcome's activation code goes. The code is made when the message is sent and
/// written only into the email, so the outbox never holds one in clear (no control
/// character can come from a person's input, so this cannot be forged).
pub const CODE_SLOT: &str = "\u{1a}activation-code\u{1a}";

/// What fills the slot in the email: the code and how long it works.
pub fn activation_code_lines(code: &str, expires: &str) -> String {
    format!(
        "{}\n\n{}",
        t!("notice-account-code", code = code),
        t!("notice-account-expires", expires = date_time(expires))
    )
}

/// What fills it once the account is active, or where the email is not shown.
pub fn activation_code_elsewhere(active: bool) -> String {
    if active {
        t!("notice-account-already-active")
    } else {
        t!("notice-account-code-by-email")
    }
}

pub fn notice_subscribed(actor: &str, s: &Subscriber, new_account: bool) -> Notice {
    let mut body = t!(
        "notice-subscribed-body",
        actor = actor,
        portfolio = s.portfolio
    );
    if new_account {
        body.push_str("\n\n");
        body.push_str(&account_instructions(&s.login));
    }
    Notice {
        subject: t!("notice-subscribed-subject", portfolio = s.portfolio),
        body,
    }
}

/// Several changes waiting for one person, in one message (R10): the first ones in full,
/// the rest counted.
pub fn notice_merged(items: &[(String, String)], more: u64) -> Notice {
    let total = items.len() as u64 + more;
    let mut body = t!("notice-merged-intro", count = total);
    for (subject, text) in items {
        body.push_str("\n\n## ");
        body.push_str(subject);
        body.push_str("\n\n");
        body.push_str(text);
    }
    if more > 0 {
        body.push_str("\n\n");
        body.push_str(&t!("notice-merged-more", count = more));
    }
    Notice {
        subject: t!("notice-merged-subject", count = total),
        body,
    }
}

pub fn notice_subscription_changed(
    actor: &str,
    s: &Subscriber,
    change: &SubscriptionChange,
) -> Notice {
    let what = match change {
        SubscriptionChange::Added => t!("change-added"),
        SubscriptionChange::Withdrawn => t!("change-withdrawn"),
        SubscriptionChange::Modified {
            name,
            email,
            suspended,
        } => {
            let mut parts = Vec::new();
            if let Some(n) = name {
                parts.push(t!("change-name", value = n.as_str()));
            }
            if let Some(e) = email {
                parts.push(t!("change-email", value = e.as_str()));
            }
            match suspended {
                Some(true) => parts.push(t!("change-suspended")),
                Some(false) => parts.push(t!("change-resumed")),
                None => {}
            }
            parts.join(", ")
        }
    };
    Notice {
        subject: t!(
            "notice-subscription-changed-subject",
            login = s.login.as_str(),
            portfolio = s.portfolio,
            what = what.as_str()
        ),
        body: t!(
            "notice-subscription-changed-body",
            actor = actor,
            login = s.login.as_str(),
            portfolio = s.portfolio,
            what = what
        ),
    }
}

pub fn notice_activated(user: &User) -> Notice {
    Notice {
        subject: t!("notice-activated-subject", login = user.login.as_str()),
        body: t!("notice-activated-body", login = user.login.as_str()),
    }
}

pub fn notice_admin(actor: &str, login: &str, added: bool) -> Notice {
    let what = if added {
        t!("notice-admin-added", login = login)
    } else {
        t!("notice-admin-removed", login = login)
    };
    Notice {
        subject: t!("notice-admin-subject", actor = actor, what = what.as_str()),
        body: t!("notice-admin-body", actor = actor, what = what),
    }
}

/// `user disable` and `user enable`, to the administrators and the person.
pub fn notice_user_disabled(actor: &str, login: &str, disabled: bool) -> Notice {
    let what = if disabled {
        t!("notice-user-disabled", login = login)
    } else {
        t!("notice-user-enabled", login = login)
    };
    Notice {
        subject: t!("notice-admin-subject", actor = actor, what = what.as_str()),
        body: t!("notice-admin-body", actor = actor, what = what),
    }
}

/// `user export` by an administrator, to the person (R10: not when they export their own).
pub fn notice_user_exported(actor: &str, login: &str) -> Notice {
    let what = t!("notice-user-exported", login = login);
    Notice {
        subject: t!("notice-admin-subject", actor = actor, what = what.as_str()),
        body: t!("notice-admin-body", actor = actor, what = what),
    }
}

/// `user erase`, to the administrators: the person is named by their pseudonym only.
pub fn notice_user_erased(actor: &str, pseudonym: &str) -> Notice {
    let what = t!("notice-user-erased", pseudonym = pseudonym);
    Notice {
        subject: t!("notice-admin-subject", actor = actor, what = what.as_str()),
        body: t!("notice-admin-body", actor = actor, what = what),
    }
}

pub fn notice_client(actor: &str, c: &Client, change: ClientChange) -> Notice {
    let id = group(c.siret.as_deref().unwrap_or(&c.siren));
    let (name, id) = (c.name.as_str(), id.as_str());
    // The subject is a heading, the body a sentence with the actor as subject.
    let (subject, what) = match change {
        ClientChange::Added => (
            t!(
                "notice-client-added-subject",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
            t!(
                "notice-client-added",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
        ),
        ClientChange::MovedOut(from) => (
            t!(
                "notice-client-moved-out-subject",
                name = name,
                id = id,
                portfolio = from
            ),
            t!(
                "notice-client-moved-out",
                name = name,
                id = id,
                portfolio = from
            ),
        ),
        ClientChange::MovedIn => (
            t!(
                "notice-client-moved-in-subject",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
            t!(
                "notice-client-moved-in",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
        ),
        ClientChange::Removed => (
            t!(
                "notice-client-removed-subject",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
            t!(
                "notice-client-removed",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
        ),
        ClientChange::Renamed(from) => (
            t!(
                "notice-client-renamed-subject",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
            t!(
                "notice-client-renamed",
                from = from.as_str(),
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
        ),
        ClientChange::MandateSet(terms) => (
            t!("notice-client-mandate-set-subject", name = name, id = id),
            t!(
                "notice-client-mandate-set",
                name = name,
                id = id,
                portfolio = c.portfolio,
                terms = terms
            ),
        ),
        ClientChange::MandateCleared => (
            t!(
                "notice-client-mandate-cleared-subject",
                name = name,
                id = id
            ),
            t!(
                "notice-client-mandate-cleared",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
        ),
    };
    Notice {
        subject: t!("notice-client-subject", what = subject),
        body: t!("notice-client-body", actor = actor, what = what),
    }
}

pub fn notice_setting(actor: &str, setting: &str) -> Notice {
    Notice {
        subject: t!("notice-setting-subject", setting = setting),
        body: t!("notice-setting-body", actor = actor, setting = setting),
    }
}

pub fn notice_third_party(actor: &str, on: bool) -> Notice {
    notice_setting(actor, &setting_set(on))
}

/// One message per person per bulk run, whatever the number of rows (R10).
pub fn notice_import(d: &Digest) -> Notice {
    let mut body = String::new();
    let mut subjects = Vec::new();
    let actor = d.actor.as_str();
    if let Some(w) = &d.welcome {
        let list = join_numbers(&w.portfolios);
        subjects.push(t!("notice-import-access", list = list.as_str()));
        body.push_str(&t!(
            "notice-import-welcome",
            actor = actor,
            list = list.as_str()
        ));
        if w.new_account {
            body.push_str("\n\n");
            body.push_str(&account_instructions(&w.login));
        }
    }
    for (portfolio, p) in &d.portfolios {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let mut counts = Vec::new();
        for (n, id) in [
            (p.added, "notice-import-added"),
            (p.moved_in, "notice-import-moved-in"),
            (p.moved_out, "notice-import-moved-out"),
            (p.subscribed, "notice-import-subscribed"),
        ] {
            if n > 0 {
                counts.push(t!(id, n = n));
            }
        }
        subjects.push(t!("notice-import-portfolio", portfolio = *portfolio));
        body.push_str(&t!(
            "notice-import-counts",
            portfolio = *portfolio,
            actor = actor,
            counts = counts.join(", ")
        ));
        for (change, what) in &p.samples {
            let verb = match change {
                Change::Added => t!("notice-import-verb-added"),
                Change::MovedIn => t!("notice-import-verb-moved-in"),
                Change::MovedOut => t!("notice-import-verb-moved-out"),
                Change::Subscribed => t!("notice-import-verb-subscribed"),
            };
            body.push_str(&format!("\n  - {}", labelled(what, &verb)));
        }
        let listed = p.samples.len() as u64;
        if p.total() > listed {
            body.push_str(&format!(
                "\n  - {}",
                t!("notice-import-more", n = p.total() - listed)
            ));
        }
    }
    body.push_str("\n\n");
    body.push_str(&t!("notice-import-started", at = date_time(&d.at)));
    Notice {
        subject: t!(
            "notice-import-subject",
            actor = actor,
            subjects = subjects.join(", ")
        ),
        body,
    }
}

fn join_numbers(ns: &[i64]) -> String {
    ns.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}
