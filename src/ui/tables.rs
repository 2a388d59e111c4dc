//! How each record reads in a table: people's headers, grouped identifiers, local dates.
//! JSON and CSV use the records' own (stable) field names instead.

use serde::Serialize;

use crate::domain::ident::group;
use crate::domain::{
    AuditEntry, Client, Notification, Portfolio, SpaceInfo, Subscriber, User, UserStatus,
};
use crate::messages::{self as msg, header as h};

pub trait Tabular: Serialize {
    fn headers() -> Vec<String>;
    fn cells(&self) -> Vec<String>;
}

/// A timestamp as people read it: local time, in the language's date order.
pub fn local_time(rfc3339: &str) -> String {
    msg::date_time(rfc3339)
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

impl Tabular for Portfolio {
    fn headers() -> Vec<String> {
        vec![
            h::number(),
            h::tiers_declarant(),
            h::created(),
            h::clients(),
            h::subscribers(),
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
    fn headers() -> Vec<String> {
        vec![
            h::portfolio(),
            h::login(),
            h::name(),
            h::email(),
            h::status(),
            h::since(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.portfolio.to_string(),
            self.login.clone(),
            opt(&self.name),
            self.email.clone(),
            msg::status(self.status.as_str()),
            local_time(&self.since),
        ]
    }
}

impl Tabular for User {
    fn headers() -> Vec<String> {
        vec![h::login(), h::name(), h::email(), h::admin(), h::status()]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.login.clone(),
            opt(&self.name),
            self.email.clone(),
            msg::yes_or_no(self.admin),
            msg::status(match self.status {
                UserStatus::Active => "active",
                UserStatus::Pending => "pending",
                UserStatus::Disabled => "disabled",
            }),
        ]
    }
}

impl Tabular for Client {
    fn headers() -> Vec<String> {
        vec![h::siren(), h::siret(), h::name(), h::portfolio()]
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

impl Tabular for crate::domain::Handed {
    fn headers() -> Vec<String> {
        vec![
            h::portfolio(),
            h::from(),
            h::to(),
            h::given(),
            h::withdrawn(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.portfolio.to_string(),
            self.from.clone(),
            self.to.clone(),
            msg::yes_or_no(self.given),
            msg::yes_or_no(self.withdrawn),
        ]
    }
}

fn role(r: crate::domain::Role) -> String {
    match r {
        crate::domain::Role::Administrator => msg::role_administrator(),
        crate::domain::Role::Subscriber => msg::role_subscriber(),
    }
}

fn account(s: UserStatus) -> String {
    msg::status(match s {
        UserStatus::Active => "active",
        UserStatus::Pending => "pending",
        UserStatus::Disabled => "disabled",
    })
}

impl Tabular for crate::domain::ClientAccess {
    fn headers() -> Vec<String> {
        vec![
            h::login(),
            h::name(),
            h::role(),
            h::portfolio(),
            h::account(),
            h::subscription(),
            h::sees(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.login.clone(),
            opt(&self.name),
            role(self.role),
            self.portfolio.map(|p| p.to_string()).unwrap_or_default(),
            account(self.account),
            self.subscription
                .map(|s| msg::status(s.as_str()))
                .unwrap_or_default(),
            msg::yes_or_no(self.sees),
        ]
    }
}

impl Tabular for crate::domain::UserAccess {
    fn headers() -> Vec<String> {
        vec![
            h::login(),
            h::role(),
            h::account(),
            h::last_sign_in(),
            h::portfolio(),
            h::clients(),
            h::subscription(),
            h::sees(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.login.clone(),
            role(self.role),
            account(self.account),
            self.last_sign_in_at
                .as_deref()
                .map(local_time)
                .unwrap_or_else(msg::never),
            self.portfolio.to_string(),
            self.clients.to_string(),
            self.subscription
                .map(|s| msg::status(s.as_str()))
                .unwrap_or_default(),
            msg::yes_or_no(self.sees),
        ]
    }
}

impl Tabular for crate::domain::ReviewRow {
    fn headers() -> Vec<String> {
        vec![
            h::login(),
            h::name(),
            h::role(),
            h::account(),
            h::portfolios(),
            h::last_sign_in(),
            h::findings(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.login.clone(),
            opt(&self.name),
            role(self.role),
            account(self.account),
            self.portfolios.clone(),
            self.last_sign_in_at
                .as_deref()
                .map(local_time)
                .unwrap_or_else(msg::never),
            self.findings.clone(),
        ]
    }
}

impl Tabular for AuditEntry {
    fn headers() -> Vec<String> {
        vec![
            h::id(),
            h::at(),
            h::actor(),
            h::action(),
            h::target(),
            h::detail(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            local_time(&self.at),
            self.actor.clone(),
            msg::audit_action(&self.action),
            match self.target.parts() {
                Some((kind, id)) => msg::audit_target(kind, &id),
                None => self.target.to_string(),
            },
            msg::audit_detail(&self.detail),
        ]
    }
}

impl Tabular for Notification {
    fn headers() -> Vec<String> {
        vec![
            h::id(),
            h::created(),
            h::recipient(),
            h::email(),
            h::subject(),
            h::status(),
            h::last_error(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            local_time(&self.created_at),
            self.recipient.clone(),
            self.email.clone(),
            self.subject.clone(),
            msg::status(&self.status),
            self.last_error.clone().unwrap_or_default(),
        ]
    }
}

impl Tabular for SpaceInfo {
    fn headers() -> Vec<String> {
        vec![
            h::siren(),
            h::name(),
            h::vat(),
            h::created(),
            h::third_party_registration(),
            h::smtp(),
            h::smtp_from(),
            h::language(),
            h::digest(),
            h::register_max_age(),
            h::audit_retention(),
            h::notification_retention(),
            h::require_mandate(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            group(&self.siren),
            self.name.clone(),
            self.vat_number.clone(),
            local_time(&self.created_at),
            msg::on_off(self.third_party_registration),
            self.smtp.clone().unwrap_or_else(|| "-".into()),
            self.smtp_from.clone().unwrap_or_else(|| "-".into()),
            format!(
                "{} ({})",
                self.language.code(),
                msg::language_name(self.language)
            ),
            msg::digest_minutes(self.digest_minutes),
            msg::register_max_age_days(self.register_max_age_days),
            msg::retention_months(self.audit_retention_months),
            msg::register_max_age_days(self.notification_retention_days),
            msg::on_off(self.require_mandate),
        ]
    }
}

impl Tabular for crate::domain::SessionInfo {
    fn headers() -> Vec<String> {
        vec![
            h::id(),
            h::created(),
            h::last_used(),
            h::expires(),
            h::source(),
            h::current(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            local_time(&self.created_at),
            local_time(&self.last_used_at),
            local_time(&self.expires_at),
            self.source.clone(),
            if self.current {
                msg::yes_or_no(true)
            } else {
                String::new()
            },
        ]
    }
}

impl Tabular for crate::domain::mandate::Mandate {
    fn headers() -> Vec<String> {
        vec![
            h::siren(),
            h::name(),
            h::portfolio(),
            h::mandate(),
            h::signed(),
            h::reference(),
            h::next_date(),
            h::renews(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        let day = |d: &Option<String>| d.as_deref().map_or_else(|| "-".into(), msg::date);
        vec![
            group(&self.siren),
            self.name.clone(),
            self.portfolio.to_string(),
            msg::mandate_state(self.state.code()),
            day(&self.signed_on),
            self.reference.clone().unwrap_or_else(|| "-".into()),
            day(&self.next_date),
            if self.renews.is_some() {
                msg::renews_yearly()
            } else {
                "-".into()
            },
        ]
    }
}
