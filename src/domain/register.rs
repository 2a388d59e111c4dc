//! The public company register (API Recherche d'entreprises): what it says about a
//! company, kept in the space with the date it was asked, and what that means for a
//! client of ours. The checks of `clients add`, `import` and `verify` are here, once.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Next, Result};
use crate::messages as msg;

/// Whether the register knows the SIREN (companies that refused publication are absent
/// from the open register, so they look the same as unknown ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RegisterStatus {
    Found,
    NotFound,
}

/// The register's administrative state of a company.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CompanyState {
    Active,
    Ceased,
}

/// What the register said about one SIREN, and when it was asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RegisterEntry {
    pub siren: String,
    pub status: RegisterStatus,
    /// The raison sociale (or, for a sole trader, the name the register shows).
    pub name: Option<String>,
    pub state: Option<CompanyState>,
    /// `YYYY-MM-DD`, for a ceased company.
    pub closed_on: Option<String>,
    pub head_office_siret: Option<String>,
    pub head_office_address: Option<String>,
    /// The SIREN to use instead, when this one is a duplicate.
    pub duplicate_of: Option<String>,
    /// False when the company asked for partial publication (`statut_diffusion` P).
    pub public: bool,
    pub fetched_at: String,
}

impl RegisterEntry {
    pub fn not_found(siren: &str, fetched_at: &str) -> RegisterEntry {
        RegisterEntry {
            siren: siren.to_string(),
            status: RegisterStatus::NotFound,
            name: None,
            state: None,
            closed_on: None,
            head_office_siret: None,
            head_office_address: None,
            duplicate_of: None,
            public: true,
            fetched_at: fetched_at.to_string(),
        }
    }
}

/// A client with what the register last said about it (`None`: never asked), and
/// whether that answer is recent enough to go without asking again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ClientRegister {
    pub client: super::Client,
    pub entry: Option<RegisterEntry>,
    pub fresh: bool,
}

/// A client given the register's name (`clients verify --fix-names`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Renamed {
    pub siren: String,
    pub portfolio: i64,
    pub from: String,
    pub to: String,
}

/// How much a lookup may cost.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Ask {
    /// The space's answer if recent enough (the `register-max-age` setting), else the
    /// register's, with retries.
    #[default]
    Recent,
    /// The register's answer now, with retries.
    Refresh,
    /// Any answer the space has, however old; else one short try: for a check that
    /// must not hold up the command it serves (`clients add --name`).
    Quick,
}

/// One client checked against the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Finding {
    Ok,
    Ceased,
    /// The register's name differs from ours (case, accents and punctuation aside).
    Renamed,
    NotFound,
    NotPublic,
    Duplicate,
}

impl Finding {
    pub fn as_str(self) -> &'static str {
        match self {
            Finding::Ok => "ok",
            Finding::Ceased => "ceased",
            Finding::Renamed => "renamed",
            Finding::NotFound => "not-found",
            Finding::NotPublic => "not-public",
            Finding::Duplicate => "duplicate",
        }
    }
}

/// What the register's answer means for a client named `ours`. The gravest first: a
/// duplicate SIREN or a ceased company matters more than a new name.
pub fn finding(ours: &str, entry: &RegisterEntry) -> Finding {
    if entry.status == RegisterStatus::NotFound {
        return Finding::NotFound;
    }
    if entry.duplicate_of.is_some() {
        return Finding::Duplicate;
    }
    if entry.state == Some(CompanyState::Ceased) {
        return Finding::Ceased;
    }
    match &entry.name {
        None => Finding::NotPublic,
        Some(_) if !entry.public => Finding::NotPublic,
        Some(theirs) if !same_name(ours, theirs) => Finding::Renamed,
        Some(_) => Finding::Ok,
    }
}

/// Names compared as people read them: `Société Générale` is `SOCIETE GENERALE` and
/// `S.A.R.L. Dupont` is `SARL DUPONT`.
pub fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        super::name_key(s)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    key(a) == key(b)
}

/// What `clients add` and `clients import` do with the register's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admitted {
    pub name: String,
    pub from_register: bool,
    /// Said to the user, the client is still added (a typed name that differs, a
    /// register that could not be asked or does not know the company).
    pub warning: Option<String>,
}

/// The rules of a new client against the register: `entry` is its answer, `None` when
/// it could not be reached (`unreachable` says why). A name typed by the user wins, with
/// a warning when the register says otherwise; without one, the register's is taken.
/// A ceased company is refused unless `allow_ceased`; a duplicate SIREN always is, with
/// the SIREN to use.
pub fn admit(
    entry: std::result::Result<&RegisterEntry, &Error>,
    typed: Option<&str>,
    allow_ceased: bool,
) -> Result<Admitted> {
    let typed = typed.map(str::trim).filter(|t| !t.is_empty());
    let entry = match (entry, typed) {
        (Ok(entry), _) => entry,
        (Err(e), Some(name)) => {
            return Ok(Admitted {
                name: name.to_string(),
                from_register: false,
                warning: Some(msg::register_unchecked(&e.message)),
            });
        }
        (Err(e), None) => {
            return Err(Error::new(e.kind, e.message.clone()).next(Next::GiveName));
        }
    };
    let siren = &super::ident::group(&entry.siren);
    if entry.status == RegisterStatus::NotFound {
        return match typed {
            Some(name) => Ok(Admitted {
                name: name.to_string(),
                from_register: false,
                warning: Some(msg::register_not_found(siren)),
            }),
            None => Err(Error::not_found(msg::register_not_found(siren)).next(Next::GiveName)),
        };
    }
    if let Some(kept) = &entry.duplicate_of {
        let kept = super::ident::group(kept);
        return Err(Error::conflict(msg::register_duplicate(siren, &kept))
            .next(Next::UseSiren { siren: kept }));
    }
    if entry.state == Some(CompanyState::Ceased) && !allow_ceased {
        let closed = entry.closed_on.as_deref().unwrap_or("?");
        return Err(Error::conflict(msg::register_ceased(siren, closed)).next(Next::AllowCeased));
    }
    let theirs = entry.name.as_deref().filter(|_| entry.public);
    match (typed, theirs) {
        (Some(name), Some(theirs)) => Ok(Admitted {
            name: name.to_string(),
            from_register: false,
            warning: (!same_name(name, theirs)).then(|| msg::register_other_name(theirs)),
        }),
        (Some(name), None) => Ok(Admitted {
            name: name.to_string(),
            from_register: false,
            warning: None,
        }),
        (None, Some(theirs)) => Ok(Admitted {
            name: theirs.to_string(),
            from_register: true,
            warning: None,
        }),
        (None, None) => Err(Error::not_found(msg::register_no_name(siren)).next(Next::GiveName)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str) -> RegisterEntry {
        RegisterEntry {
            siren: "356000000".into(),
            status: RegisterStatus::Found,
            name: Some(name.into()),
            state: Some(CompanyState::Active),
            closed_on: None,
            head_office_siret: Some("35600000000048".into()),
            head_office_address: None,
            duplicate_of: None,
            public: true,
            fetched_at: "2026-12-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn names_compare_without_case_accents_or_punctuation() {
        assert!(same_name("Société Générale", "SOCIETE GENERALE"));
        assert!(same_name("S.A.R.L. Dupont & Fils", "sarl dupont fils"));
        assert!(!same_name("La Poste", "La Banque Postale"));
    }

    #[test]
    fn findings_put_the_gravest_first() {
        assert_eq!(finding("la poste", &entry("LA POSTE")), Finding::Ok);
        assert_eq!(finding("Poste", &entry("LA POSTE")), Finding::Renamed);
        let ceased = RegisterEntry {
            state: Some(CompanyState::Ceased),
            closed_on: Some("2024-06-30".into()),
            ..entry("OTHER")
        };
        assert_eq!(finding("x", &ceased), Finding::Ceased);
        let duplicate = RegisterEntry {
            duplicate_of: Some("552100554".into()),
            ..ceased
        };
        assert_eq!(finding("x", &duplicate), Finding::Duplicate);
        let hidden = RegisterEntry {
            public: false,
            ..entry("[NON-DIFFUSIBLE]")
        };
        assert_eq!(finding("x", &hidden), Finding::NotPublic);
        assert_eq!(
            finding("x", &RegisterEntry::not_found("356000000", "t")),
            Finding::NotFound
        );
    }

    #[test]
    fn a_typed_name_wins_with_a_warning_and_a_ceased_company_needs_allowing() {
        let e = entry("LA POSTE");
        let a = admit(Ok(&e), None, false).unwrap();
        assert_eq!((a.name.as_str(), a.from_register), ("LA POSTE", true));
        let a = admit(Ok(&e), Some("Poste SA"), false).unwrap();
        assert_eq!(a.name, "Poste SA");
        assert!(a.warning.is_some());
        assert!(
            admit(Ok(&e), Some("La Poste"), false)
                .unwrap()
                .warning
                .is_none()
        );
        let ceased = RegisterEntry {
            state: Some(CompanyState::Ceased),
            ..e.clone()
        };
        assert!(admit(Ok(&ceased), None, false).is_err());
        assert!(admit(Ok(&ceased), None, true).is_ok());
        let down = Error::new(crate::error::ErrorKind::Unreachable, "down");
        assert!(admit(Err(&down), None, false).is_err());
        assert!(
            admit(Err(&down), Some("X"), false)
                .unwrap()
                .warning
                .is_some()
        );
    }
}
