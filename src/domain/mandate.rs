//! The lettre de mission: a firm acts for a client at the Urssaf only under a signed
//! engagement. When it was signed, its reference, and when it ends or renews; its state
//! on a given day.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// `clients list --mandate` and `clients mandate show` call a mandate `expiring` this
/// many days before its end or renewal.
pub const DEFAULT_EXPIRING_DAYS: u32 = 30;
pub const MAX_EXPIRING_DAYS: u32 = 3650;
/// Longest reference kept.
pub const MAX_REFERENCE_CHARS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Renewal {
    /// Tacit renewal every year, on the anniversary of the signature.
    Yearly,
}

/// A mandate as recorded: `until` and `renews` exclude each other; neither is a mandate
/// with no end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MandateTerms {
    /// ISO date (`2026-01-15`).
    pub signed_on: String,
    pub reference: Option<String>,
    pub until: Option<String>,
    pub renews: Option<Renewal>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MandateState {
    Valid,
    Expiring,
    Expired,
    Missing,
}

impl MandateState {
    pub fn code(self) -> &'static str {
        match self {
            MandateState::Valid => "valid",
            MandateState::Expiring => "expiring",
            MandateState::Expired => "expired",
            MandateState::Missing => "missing",
        }
    }
}

/// One client and its mandate, as `clients mandate list|show` answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Mandate {
    pub siren: String,
    pub name: String,
    pub portfolio: i64,
    pub state: MandateState,
    pub signed_on: Option<String>,
    pub reference: Option<String>,
    pub until: Option<String>,
    pub renews: Option<Renewal>,
    /// The day it ends, or next renews; none for a mandate with no end.
    pub next_date: Option<String>,
}

/// `clients mandate list` filters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MandateQuery {
    pub portfolio: Option<i64>,
    /// Only clients with no mandate recorded.
    pub missing: bool,
    /// Only mandates that end (or renew) within this many days, or have ended.
    pub expiring: Option<u32>,
}

pub fn validate_expiring_days(days: u32) -> Result<u32> {
    if (1..=MAX_EXPIRING_DAYS).contains(&days) {
        Ok(days)
    } else {
        Err(Error::invalid(crate::t!("value-expiring-days")))
    }
}

/// A day as people type it: `15/01/2026` or `2026-01-15`.
pub fn parse_day(s: &str) -> Option<Date> {
    let s = s.trim();
    s.parse::<Date>()
        .ok()
        .or_else(|| Date::strptime("%d/%m/%Y", s).ok())
}

/// The terms checked against `today`: a signature not in the future, an end after it,
/// a reference that is printable and short.
pub fn validate_terms(t: &MandateTerms, today: Date) -> Result<MandateTerms> {
    let signed =
        parse_day(&t.signed_on).ok_or_else(|| Error::invalid(crate::t!("value-mandate-date")))?;
    if signed > today {
        return Err(Error::invalid(crate::t!(
            "mandate-signed-future",
            date = signed.to_string()
        )));
    }
    let until = t
        .until
        .as_deref()
        .map(|u| parse_day(u).ok_or_else(|| Error::invalid(crate::t!("value-mandate-date"))))
        .transpose()?;
    if let Some(u) = until
        && u < signed
    {
        return Err(Error::invalid(crate::t!(
            "mandate-ends-before",
            until = u.to_string(),
            signed = signed.to_string()
        )));
    }
    if until.is_some() && t.renews.is_some() {
        return Err(Error::invalid(crate::t!("mandate-until-or-renews")));
    }
    let reference = match t.reference.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(r) if r.chars().count() > MAX_REFERENCE_CHARS || r.chars().any(char::is_control) => {
            return Err(Error::invalid(crate::t!(
                "mandate-reference-invalid",
                max = MAX_REFERENCE_CHARS
            )));
        }
        Some(r) => Some(r.to_string()),
    };
    Ok(MandateTerms {
        signed_on: signed.to_string(),
        reference,
        until: until.map(|u| u.to_string()),
        renews: t.renews,
    })
}

/// The day a mandate ends (`until`), or next renews (the first anniversary of the
/// signature after `today`); none when it has no end.
pub fn next_date(t: &MandateTerms, today: Date) -> Option<Date> {
    if let Some(u) = t.until.as_deref().and_then(parse_day) {
        return Some(u);
    }
    t.renews?;
    let signed = parse_day(&t.signed_on)?;
    (1..=1000i16)
        .filter_map(|years| signed.checked_add(jiff::Span::new().years(years)).ok())
        .find(|d| *d > today)
}

/// Valid through its `until` day, expired after it; a yearly mandate never expires but
/// is `expiring` in the `days` before each renewal (its chance to be ended or reviewed),
/// as is any mandate whose end is `days` away or less.
pub fn state(t: Option<&MandateTerms>, today: Date, days: u32) -> MandateState {
    let Some(t) = t else {
        return MandateState::Missing;
    };
    let Some(next) = next_date(t, today) else {
        return MandateState::Valid;
    };
    if next < today {
        return MandateState::Expired;
    }
    let left = (next - today).get_days();
    if i64::from(left) <= i64::from(days) {
        MandateState::Expiring
    } else {
        MandateState::Valid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn terms(signed: &str, until: Option<&str>, renews: Option<Renewal>) -> MandateTerms {
        MandateTerms {
            signed_on: signed.into(),
            reference: None,
            until: until.map(Into::into),
            renews,
        }
    }

    #[test]
    fn states_around_their_boundaries() {
        let t = terms("2026-01-15", Some("2026-12-31"), None);
        // 2026-12-01 is exactly 30 days before the end: expiring; a day earlier, valid.
        assert_eq!(state(Some(&t), d("2026-12-01"), 30), MandateState::Expiring);
        assert_eq!(state(Some(&t), d("2026-11-30"), 30), MandateState::Valid);
        assert_eq!(state(Some(&t), d("2026-12-01"), 29), MandateState::Valid);
        assert_eq!(state(Some(&t), d("2026-12-31"), 30), MandateState::Expiring);
        assert_eq!(state(Some(&t), d("2027-01-01"), 30), MandateState::Expired);
        assert_eq!(state(None, d("2027-01-01"), 30), MandateState::Missing);
        let open = terms("2020-05-01", None, None);
        assert_eq!(state(Some(&open), d("2099-01-01"), 30), MandateState::Valid);
    }

    #[test]
    fn yearly_renewal_across_a_year_end() {
        let t = terms("2025-12-15", None, Some(Renewal::Yearly));
        assert_eq!(next_date(&t, d("2026-12-02")), Some(d("2026-12-15")));
        assert_eq!(state(Some(&t), d("2026-12-02"), 30), MandateState::Expiring);
        // Renewed on the anniversary: the next one is a year on, across the year end.
        assert_eq!(next_date(&t, d("2026-12-15")), Some(d("2027-12-15")));
        assert_eq!(state(Some(&t), d("2026-12-20"), 30), MandateState::Valid);
        assert_eq!(state(Some(&t), d("2027-11-15"), 30), MandateState::Expiring);
        let leap = terms("2024-02-29", None, Some(Renewal::Yearly));
        assert_eq!(next_date(&leap, d("2025-01-10")), Some(d("2025-02-28")));
    }

    #[test]
    fn terms_are_checked() {
        let today = d("2026-12-02");
        assert!(validate_terms(&terms("15/01/2026", None, None), today).is_ok());
        assert_eq!(
            validate_terms(&terms("15/01/2026", Some("31/12/2026"), None), today)
                .unwrap()
                .until
                .as_deref(),
            Some("2026-12-31")
        );
        assert!(validate_terms(&terms("2026-12-03", None, None), today).is_err());
        assert!(validate_terms(&terms("2026-01-15", Some("2025-01-01"), None), today).is_err());
        assert!(validate_terms(&terms("31/02/2026", None, None), today).is_err());
        let both = terms("2026-01-15", Some("2026-12-31"), Some(Renewal::Yearly));
        assert!(validate_terms(&both, today).is_err());
    }
}
