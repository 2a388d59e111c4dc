//! What the audit records (R11): the actions and targets as types, so that writing an
//! entry cannot misspell one and reading one back needs no string matching.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Every kind of audited change. The code (`client.add`) is what the database, JSON and
/// CSV carry; a table shows it in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    SpaceInit,
    UserCreate,
    UserActivate,
    UserReinvite,
    UserDisable,
    UserEnable,
    UserExport,
    UserErase,
    SessionLogin,
    SessionLogout,
    SessionLocked,
    PortfolioCreate,
    SubscriptionAdd,
    SubscriptionModify,
    SubscriptionRemove,
    AdminAdd,
    AdminRemove,
    ClientAdd,
    ClientMove,
    ClientRemove,
    ClientRename,
    MandateSet,
    MandateClear,
    SettingsSet,
    ClientsImport,
    SubscribersImport,
    AuditPurge,
}

impl Action {
    pub const ALL: [Action; 27] = [
        Action::SpaceInit,
        Action::UserCreate,
        Action::UserActivate,
        Action::UserReinvite,
        Action::UserDisable,
        Action::UserEnable,
        Action::UserExport,
        Action::UserErase,
        Action::SessionLogin,
        Action::SessionLogout,
        Action::SessionLocked,
        Action::PortfolioCreate,
        Action::SubscriptionAdd,
        Action::SubscriptionModify,
        Action::SubscriptionRemove,
        Action::AdminAdd,
        Action::AdminRemove,
        Action::ClientAdd,
        Action::ClientMove,
        Action::ClientRemove,
        Action::ClientRename,
        Action::MandateSet,
        Action::MandateClear,
        Action::SettingsSet,
        Action::ClientsImport,
        Action::SubscribersImport,
        Action::AuditPurge,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Action::SpaceInit => "space.init",
            Action::UserCreate => "user.create",
            Action::UserActivate => "user.activate",
            Action::UserReinvite => "user.reinvite",
            Action::UserDisable => "user.disable",
            Action::UserEnable => "user.enable",
            Action::UserExport => "user.export",
            Action::UserErase => "user.erase",
            Action::SessionLogin => "session.login",
            Action::SessionLogout => "session.logout",
            Action::SessionLocked => "session.locked",
            Action::PortfolioCreate => "portfolio.create",
            Action::SubscriptionAdd => "subscription.add",
            Action::SubscriptionModify => "subscription.modify",
            Action::SubscriptionRemove => "subscription.remove",
            Action::AdminAdd => "admin.add",
            Action::AdminRemove => "admin.remove",
            Action::ClientAdd => "client.add",
            Action::ClientMove => "client.move",
            Action::ClientRemove => "client.remove",
            Action::ClientRename => "client.rename",
            Action::MandateSet => "mandate.set",
            Action::MandateClear => "mandate.clear",
            Action::SettingsSet => "settings.set",
            Action::ClientsImport => "clients.import",
            Action::SubscribersImport => "subscribers.import",
            Action::AuditPurge => "audit.purge",
        }
    }

    pub fn parse(code: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// What an entry is about. Stored as `kind id` (`portfolio 2`, `client 356000000`); a
/// setting by its name alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Space(String),
    User(String),
    Portfolio(i64),
    Client(String),
    Run(String),
    Setting(String),
}

impl Target {
    pub fn parse(s: &str) -> Target {
        let Some((kind, id)) = s.split_once(' ') else {
            return Target::Setting(s.to_string());
        };
        let id = id.to_string();
        match kind {
            "space" => Target::Space(id),
            "user" => Target::User(id),
            "portfolio" => match id.parse() {
                Ok(n) => Target::Portfolio(n),
                Err(_) => Target::Setting(s.to_string()),
            },
            "client" => Target::Client(id),
            "run" => Target::Run(id),
            _ => Target::Setting(s.to_string()),
        }
    }

    /// The kind and the identifier, for display; `None` for a setting.
    pub fn parts(&self) -> Option<(&'static str, String)> {
        self.pieces().map(|(kind, id)| (kind, id.into_owned()))
    }

    fn pieces(&self) -> Option<(&'static str, Cow<'_, str>)> {
        Some(match self {
            Target::Space(s) => ("space", s.into()),
            Target::User(l) => ("user", l.into()),
            Target::Portfolio(n) => ("portfolio", n.to_string().into()),
            Target::Client(d) => ("client", d.into()),
            Target::Run(r) => ("run", r.into()),
            Target::Setting(_) => return None,
        })
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Setting(name) => f.write_str(name),
            other => match other.pieces() {
                Some((kind, id)) => {
                    f.write_str(kind)?;
                    f.write_str(" ")?;
                    f.write_str(&id)
                }
                None => Ok(()),
            },
        }
    }
}

impl Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Target::parse(&String::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_read_back_as_written() {
        for t in [
            Target::Space("356000000".into()),
            Target::User("bob".into()),
            Target::Portfolio(7),
            Target::Client("35600000000048".into()),
            Target::Run("r-1".into()),
            Target::Setting("third-party-registration".into()),
        ] {
            assert_eq!(Target::parse(&t.to_string()), t);
        }
    }

    #[test]
    fn action_codes_are_unique_and_read_back() {
        for a in Action::ALL {
            assert_eq!(Action::parse(a.code()), Some(a));
        }
    }
}
