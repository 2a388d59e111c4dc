//! Client search, the one definition: the space and the offline cache both filter with
//! it, so `clients list --search` answers the same online and offline.

use rusqlite::types::Value;

use crate::domain;

/// What a search string asks for: a name containing it, accents and case aside (both
/// sides folded by `domain::name_key`), or, when it is only digits (typed with spaces or
/// dots, as identifiers are), a SIREN or SIRET starting with them.
pub struct Search {
    key: String,
    digits: Option<String>,
}

impl Search {
    /// `None` for a blank search, which matches everything.
    pub fn parse(search: Option<&str>) -> Option<Search> {
        let s = search.map(str::trim).filter(|s| !s.is_empty())?;
        let digits = Some(s.replace([' ', '.'], ""))
            .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
        Some(Search {
            key: domain::name_key(s),
            digits,
        })
    }

    /// The SQL condition on a table with `name_key`, `siren` and `siret` columns, and
    /// the values it binds, in order. `instr` takes the key as it is: no LIKE escapes.
    pub fn condition(&self) -> (&'static str, Vec<Value>) {
        match &self.digits {
            Some(d) => (
                "(instr(name_key, ?) > 0 OR siren LIKE ? || '%' OR siret LIKE ? || '%')",
                vec![self.key.clone().into(), d.clone().into(), d.clone().into()],
            ),
            None => ("instr(name_key, ?) > 0", vec![self.key.clone().into()]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_search_identifiers_and_words_search_names() {
        assert!(Search::parse(Some("  ")).is_none());
        let s = Search::parse(Some("356 000 000 00048")).unwrap();
        assert_eq!(s.digits.as_deref(), Some("35600000000048"));
        assert!(s.condition().0.contains("siret"));
        let s = Search::parse(Some("100%_Sûre")).unwrap();
        assert!(s.digits.is_none());
        assert_eq!(s.key, "100%_sure");
    }
}
