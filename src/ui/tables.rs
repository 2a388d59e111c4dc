//! How each record reads in a table: people's headers, grouped identifiers, local dates.
//! JSON and CSV use the records' own (stable) field names instead.

use serde::Serialize;

use crate::domain::ident::group;
use crate::domain::{
    AuditEntry, Client, Notification, Portfolio, SpaceInfo, Subscriber, User, UserStatus,
};
use crate::messages::{self as msg, header as h};

pub trait Tabular: Serialize {
    fn headers() -> Vec<&'static str>;
    fn cells(&self) -> Vec<String>;
}

/// `2026-11-26T14:05:00Z` as `2026-11-26 15:05` in the machine's time zone.
pub fn local_time(rfc3339: &str) -> String {
    rfc3339
        .parse::<jiff::Timestamp>()
        .map(|t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| rfc3339.to_string())
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

impl Tabular for Portfolio {
    fn headers() -> Vec<&'static str> {
        vec![
            h::NUMBER,
            h::TIERS_DECLARANT,
            h::CREATED,
            h::CLIENTS,
            h::SUBSCRIBERS,
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.number.to_string(),
            self.tiers_declarant.clone(),
            local_time(&self.created_at),
            self.clients.to_string(),
            self.subscribers.map(|n| n.to_string()).unwrap_or_default(),
        ]
    }
}

impl Tabular for Subscriber {
    fn headers() -> Vec<&'static str> {
        vec![
            h::PORTFOLIO,
            h::LOGIN,
            h::NAME,
            h::EMAIL,
            h::STATUS,
            h::SINCE,
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.portfolio.to_string(),
            self.login.clone(),
            opt(&self.name),
            self.email.clone(),
            self.status.as_str().to_string(),
            local_time(&self.since),
        ]
    }
}

impl Tabular for User {
    fn headers() -> Vec<&'static str> {
        vec![h::LOGIN, h::NAME, h::EMAIL, h::ADMIN, h::STATUS]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.login.clone(),
            opt(&self.name),
            self.email.clone(),
            yes_no(self.admin),
            match self.status {
                UserStatus::Active => "active",
                UserStatus::Pending => "pending",
            }
            .to_string(),
        ]
    }
}

impl Tabular for Client {
    fn headers() -> Vec<&'static str> {
        vec![h::SIREN, h::SIRET, h::NAME, h::PORTFOLIO]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            group(&self.siren),
            self.siret.as_deref().map(group).unwrap_or_default(),
            self.name.clone(),
            self.portfolio.to_string(),
        ]
    }
}

impl Tabular for AuditEntry {
    fn headers() -> Vec<&'static str> {
        vec![h::ID, h::AT, h::ACTOR, h::ACTION, h::TARGET, h::DETAIL]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            local_time(&self.at),
            self.actor.clone(),
            self.action.clone(),
            self.target.clone(),
            self.detail.clone(),
        ]
    }
}

impl Tabular for Notification {
    fn headers() -> Vec<&'static str> {
        vec![
            h::ID,
            h::CREATED,
            h::RECIPIENT,
            h::EMAIL,
            h::SUBJECT,
            h::STATUS,
            h::LAST_ERROR,
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            local_time(&self.created_at),
            self.recipient.clone(),
            self.email.clone(),
            self.subject.clone(),
            self.status.clone(),
            self.last_error.clone().unwrap_or_default(),
        ]
    }
}

impl Tabular for SpaceInfo {
    fn headers() -> Vec<&'static str> {
        vec![
            h::SIREN,
            h::NAME,
            "VAT",
            h::CREATED,
            "third-party-registration",
            "smtp",
            "smtp-from",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            group(&self.siren),
            self.name.clone(),
            self.vat_number.clone(),
            local_time(&self.created_at),
            format!(
                "{} ({})",
                if self.third_party_registration {
                    "on"
                } else {
                    "off"
                },
                msg::third_party_label()
            ),
            self.smtp.clone().unwrap_or_else(|| "-".into()),
            self.smtp_from.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}
