//! Client search, the one definition: the space and the offline cache both filter with
//! it, so `clients list --search` answers the same online and offline.

use rusqlite::Connection;
use rusqlite::types::Value;

use crate::domain;

/// Pieces of three characters probed at most, spread over what was typed.
const PROBED: usize = 12;
/// A piece is common when more than this many clients hold it, or more than one in
/// `COMMON_SHARE` of them: reading that many by SIREN costs about what reading every
/// client in the listing's order does. A probe stops there.
const PROBE_ROWS: i64 = 1000;
const COMMON_SHARE: i64 = 100;
/// The pieces asked of the index together; each more costs its whole entry list.
const USED: usize = 2;

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

    /// [`Search::condition`] for the space's `clients`, narrowed first to the clients
    /// that the `client_search` index gives for pieces of the key that are not common
    /// (and, for digits, to the identifiers in their range), so that a search reads a
    /// few clients rather than all. The test itself is `condition`'s: the index only chooses whom it reads.
    pub fn indexed_condition(&self, conn: &Connection) -> rusqlite::Result<(String, Vec<Value>)> {
        let (exact, exact_values) = self.condition();
        let Some(pieces) = self.narrowing(conn)? else {
            return Ok((exact.to_string(), exact_values));
        };
        let named = "SELECT printf('%09d', rowid) FROM client_search WHERE client_search MATCH ?";
        let mut values: Vec<Value> = vec![pieces.into()];
        let candidates = match &self.digits {
            Some(d) => {
                // Digits only, hence `:` (the character after `9`) ends their range.
                let upper = format!("{d}:");
                values.extend([d.clone(), upper.clone(), d.clone(), upper].map(Value::from));
                format!(
                    "{named} UNION ALL SELECT siren FROM clients WHERE siren >= ? AND siren < ? \
                     UNION ALL SELECT siren FROM clients WHERE siret >= ? AND siret < ?"
                )
            }
            None => named.to_string(),
        };
        values.extend(exact_values);
        Ok((format!("siren IN ({candidates}) AND {exact}"), values))
    }

    /// The index query of the key's first pieces that are not common (FTS5 strings
    /// joined by AND), or `None` when the key has no piece (under three characters) or
    /// only common ones, which narrow too little to pay for reading their clients in
    /// SIREN order rather than in the listing's. A probe reads at most the common count
    /// of entries; the end of what was typed is probed first, as it is often the part
    /// that tells clients apart, and probing stops at `USED` pieces that are not common.
    fn narrowing(&self, conn: &Connection) -> rusqlite::Result<Option<String>> {
        let mut probe = conn.prepare_cached(
            "SELECT count(*) FROM (SELECT 1 FROM client_search WHERE client_search MATCH ?1 LIMIT ?2)",
        )?;
        let pieces = pieces(&self.key);
        if pieces.is_empty() {
            return Ok(None);
        }
        let clients: i64 = conn
            .prepare_cached("SELECT CAST(total(client_count) AS INTEGER) FROM portfolios")?
            .query_row([], |r| r.get(0))?;
        let common = PROBE_ROWS.max(clients / COMMON_SHARE);
        let mut best: Vec<(i64, String)> = Vec::with_capacity(USED + 1);
        for piece in pieces.into_iter().rev() {
            let quoted = format!("\"{}\"", piece.replace('"', "\"\""));
            let n: i64 = probe.query_row(rusqlite::params![quoted, common], |r| r.get(0))?;
            if n < common {
                best.push((n, quoted));
                if best.len() == USED {
                    break;
                }
            }
        }
        Ok((!best.is_empty()).then(|| {
            best.into_iter()
                .map(|(_, q)| q)
                .collect::<Vec<_>>()
                .join(" AND ")
        }))
    }
}

/// The distinct three-character pieces of `key`, at most `PROBED` of them, spread from
/// its start to its end.
fn pieces(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    let mut all: Vec<String> = Vec::new();
    for w in chars.windows(3) {
        let piece: String = w.iter().collect();
        if !all.contains(&piece) {
            all.push(piece);
        }
    }
    if all.len() <= PROBED {
        return all;
    }
    let last = all.len() - 1;
    (0..PROBED)
        .map(|i| all[i * last / (PROBED - 1)].clone())
        .collect()
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

    #[test]
    fn pieces_are_distinct_and_spread_over_the_key() {
        assert!(pieces("ab").is_empty());
        assert_eq!(pieces("aaaa"), ["aaa"]);
        assert_eq!(pieces("a\"bc"), ["a\"b", "\"bc"]);
        let long = pieces("abcdefghijklmnopqrstuvwxyz");
        assert_eq!(long.len(), PROBED);
        assert_eq!(long.first().map(String::as_str), Some("abc"));
        assert_eq!(long.last().map(String::as_str), Some("xyz"));
    }
}
