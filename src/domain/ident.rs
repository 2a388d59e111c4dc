//! SIREN and SIRET, validated as INSEE does (R8 in RULES.md).

use std::fmt;

use crate::error::{Error, Result};
use crate::messages as msg;

/// SIREN of La Poste, whose establishments follow a different checksum.
const LA_POSTE: &str = "356000000";

/// A company identifier: a whole company (SIREN) or one establishment (SIRET).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CompanyId {
    Siren(String),
    Siret(String),
}

impl CompanyId {
    /// Parses what a person typed: digits, with spaces or dots between groups.
    pub fn parse(input: &str) -> Result<CompanyId> {
        let digits = normalize(input)?;
        match digits.len() {
            9 => {
                check_siren(&digits).map_err(|reason| invalid(input, reason))?;
                Ok(CompanyId::Siren(digits))
            }
            14 => {
                check_siret(&digits).map_err(|reason| invalid(input, reason))?;
                Ok(CompanyId::Siret(digits))
            }
            n => Err(invalid(input, msg::id_reason_length(n))),
        }
    }

    /// The company's SIREN (the first nine digits of a SIRET).
    pub fn siren(&self) -> &str {
        match self {
            CompanyId::Siren(s) => s,
            CompanyId::Siret(s) => &s[..9],
        }
    }

    pub fn siret(&self) -> Option<&str> {
        match self {
            CompanyId::Siren(_) => None,
            CompanyId::Siret(s) => Some(s),
        }
    }

    pub fn digits(&self) -> &str {
        match self {
            CompanyId::Siren(s) | CompanyId::Siret(s) => s,
        }
    }
}

impl fmt::Display for CompanyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&group(self.digits()))
    }
}

fn invalid(input: &str, reason: String) -> Error {
    Error::invalid(msg::id_invalid(input.trim(), &reason)).hint(msg::hint_id_format())
}

/// Drops the separators people type (spaces, non-breaking spaces, dots) and refuses
/// anything else that is not a digit.
fn normalize(input: &str) -> Result<String> {
    let trimmed = input.trim();
    // Digits alone, as files and scripts write them, need no look at separators.
    if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(trimmed.to_string());
    }
    let chars: Vec<char> = trimmed.chars().collect();
    let mut digits = String::with_capacity(14);
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            // A separator stands between two digits: "356 000 000", not ".356..000".
            ' ' | '.' | '\u{a0}' | '\u{202f}' => {
                let between = i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if !between {
                    return Err(invalid(input, msg::id_reason_char(c)));
                }
            }
            other => return Err(invalid(input, msg::id_reason_char(other))),
        }
    }
    if digits.is_empty() {
        return Err(invalid(input, msg::id_reason_length(0)));
    }
    Ok(digits)
}

fn luhn_ok(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let d2 = d * 2;
                if d2 > 9 { d2 - 9 } else { d2 }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn all_zero(digits: &str) -> bool {
    digits.bytes().all(|b| b == b'0')
}

fn check_siren(digits: &str) -> std::result::Result<(), String> {
    if all_zero(digits) {
        return Err(msg::id_reason_zero());
    }
    if !luhn_ok(digits) {
        return Err(msg::id_reason_checksum("SIREN"));
    }
    Ok(())
}

fn check_siret(digits: &str) -> std::result::Result<(), String> {
    if all_zero(digits) {
        return Err(msg::id_reason_zero());
    }
    check_siren(&digits[..9]).map_err(|_| msg::id_reason_siret_siren(&digits[..9]))?;
    if luhn_ok(digits) {
        return Ok(());
    }
    // INSEE's exception: La Poste's establishments have a digit sum multiple of 5.
    if &digits[..9] == LA_POSTE {
        let sum: u32 = digits.bytes().map(|b| u32::from(b - b'0')).sum();
        if sum.is_multiple_of(5) {
            return Ok(());
        }
    }
    Err(msg::id_reason_checksum("SIRET"))
}

/// Groups digits the way they are printed on French documents:
/// `356 000 000` and `732 829 320 00074`.
pub use crate::messages::id as group;

/// The intra-community VAT number of a company: `FR` + key + SIREN.
pub fn vat_number(siren: &str) -> String {
    let n: u64 = siren.parse().unwrap_or(0);
    let key = (12 + 3 * (n % 97)) % 97;
    // Once per listed client: built by hand, `format!` was 8 % of a listing's time.
    let mut vat = String::with_capacity(4 + siren.len());
    vat.push_str("FR");
    for digit in [key / 10, key % 10] {
        vat.push(char::from(b'0' + u8::try_from(digit).unwrap_or(0)));
    }
    vat.push_str(siren);
    vat
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> CompanyId {
        CompanyId::parse(s).unwrap_or_else(|e| panic!("{s} should be valid: {e}"))
    }

    fn bad(s: &str) {
        let e = CompanyId::parse(s).expect_err(s);
        assert_eq!(e.kind, crate::error::ErrorKind::Invalid, "{s}");
    }

    #[test]
    fn public_examples_are_valid() {
        assert_eq!(ok("356000000"), CompanyId::Siren("356000000".into()));
        assert_eq!(ok("380129866").siren(), "380129866");
        assert_eq!(ok("552120222").siren(), "552120222");
        assert_eq!(ok("200034528").siren(), "200034528");
        assert_eq!(ok("20003452800014").siret(), Some("20003452800014"));
        assert_eq!(ok("732 829 320 00074").siren(), "732829320");
    }

    #[test]
    fn la_poste_exception() {
        // Head office passes Luhn; 35600000009075 passes only the sum-of-digits rule.
        ok("35600000000048");
        ok("35600000009075");
        assert!(!luhn_ok("35600000009075"));
        // The sum rule is La Poste's only: digit sum 50, bad Luhn, another company.
        bad("73282932000077");
        // A La Poste SIRET failing both rules.
        bad("35600000009076");
    }

    #[test]
    fn public_examples_are_invalid() {
        bad("123456789");
        bad("404833047");
        bad("73282932000079");
        bad("12345678900007");
        bad("20003452800041");
    }

    #[test]
    fn zeros_and_lengths_and_separators() {
        bad("000000000");
        bad("00000000000000");
        bad("");
        bad("   ");
        bad("35600000");
        bad("3560000000");
        bad("356-000-000");
        bad("356a00000");
        ok("356.000.000");
        ok(" 356 000 000 ");
        bad(".356.000.000");
        bad("356..000000");
        bad("356 000 000.");
        bad("356  000 000");
        ok("356\u{a0}000\u{a0}000");
    }

    #[test]
    fn siret_whose_siren_fails_names_it() {
        let e = CompanyId::parse("12345678900007").unwrap_err();
        assert!(e.message.contains("123456789"), "{}", e.message);
    }

    #[test]
    fn grouping_and_vat() {
        assert_eq!(group("356000000"), "356 000 000");
        assert_eq!(group("73282932000074"), "732 829 320 00074");
        assert_eq!(vat_number("552120222"), "FR27552120222");
        // A key under 10 keeps its leading zero.
        assert_eq!(vat_number("100000207"), "FR03100000207");
    }
}
