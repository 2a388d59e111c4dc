//! The offline cache of a remote profile: what the server last answered, so that
//! `clients list --offline` and `portfolio list --offline` work without it. Only what
//! this user could see is ever stored here (R7); the file is private to them.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

use crate::domain::{Client, Portfolio};
use crate::error::Result;
use crate::secret::{ExposeSecret, Secret};
use crate::space::local::now;
use crate::space::search::Search;

/// Bumped when the tables change: an older cache is dropped and refetched.
const VERSION: i64 = 2;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS clients (
    siren TEXT PRIMARY KEY,
    siret TEXT,
    portfolio INTEGER NOT NULL,
    name TEXT NOT NULL,
    -- `domain::name_key` of the name, for search and order, as in the space.
    name_key TEXT NOT NULL,
    record TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    -- Which whole listing brought the row back last (0: a search, not a listing).
    generation INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS clients_by_portfolio ON clients (portfolio, name_key, name);
-- Whose answers these are: the hash of the session token that fetched them.
CREATE TABLE IF NOT EXISTS owner (hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS portfolios (
    number INTEGER PRIMARY KEY,
    record TEXT NOT NULL,
    fetched_at TEXT NOT NULL
);
";

pub struct Cache {
    conn: Connection,
}

impl Cache {
    /// The cache as `token` may see it: what another session fetched (another user, a
    /// token from CI) is forgotten first (R7).
    pub fn open_for(path: &Path, token: &Secret) -> Result<Cache> {
        let cache = Cache::open(path)?;
        let hash = hex_sha256(token.expose_secret());
        let owner: Option<String> = cache
            .conn
            .query_row("SELECT hash FROM owner", [], |r| r.get(0))
            .optional()?;
        if owner.as_deref() != Some(hash.as_str()) {
            cache.clear()?;
            cache.conn.execute_batch("DELETE FROM owner")?;
            cache
                .conn
                .execute("INSERT INTO owner (hash) VALUES (?1)", [&hash])?;
        }
        Ok(cache)
    }

    /// Opens without creating: `None` when nothing was ever cached here.
    pub fn existing_for(path: &Path, token: &Secret) -> Result<Option<Cache>> {
        if !path.exists() {
            return Ok(None);
        }
        Cache::open_for(path, token).map(Some)
    }

    fn open(path: &Path) -> Result<Cache> {
        if !path.exists() {
            // Created empty and private before SQLite writes anything into it.
            crate::config::write_private(path, b"")?;
        }
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // A cache lost in a crash is refetched: no need to wait for the disk.
        conn.pragma_update(None, "synchronous", "OFF")?;
        conn.pragma_update(None, "journal_mode", "MEMORY")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version != VERSION {
            conn.execute_batch(
                "DROP TABLE IF EXISTS clients; DROP TABLE IF EXISTS meta;
                 DROP TABLE IF EXISTS owner; DROP TABLE IF EXISTS portfolios;",
            )?;
            conn.pragma_update(None, "user_version", VERSION)?;
        }
        conn.execute_batch(SCHEMA)?;
        Ok(Cache { conn })
    }

    pub fn store_portfolios(&self, list: &[Portfolio]) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        tx.execute("DELETE FROM portfolios", [])?;
        let at = now().to_string();
        for p in list {
            tx.execute(
                "INSERT INTO portfolios (number, record, fetched_at) VALUES (?1, ?2, ?3)",
                params![p.number, serde_json::to_string(p).unwrap_or_default(), at],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A whole listing begins: its rows are tagged, so that its end can tell which
    /// cached rows the server no longer has.
    pub fn begin_listing(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "INSERT INTO meta (key, value) VALUES ('generation', 1)
             ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING value",
            [],
            |r| r.get(0),
        )?)
    }

    pub fn store_clients(&self, items: &[Client], generation: i64) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        let at = now().to_string();
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR REPLACE INTO clients
                   (siren, siret, portfolio, name, name_key, record, fetched_at, generation)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for c in items {
                let record = serde_json::to_string(c).unwrap_or_default();
                stmt.execute(params![
                    c.siren,
                    c.siret,
                    c.portfolio,
                    c.name,
                    crate::domain::name_key(&c.name),
                    record,
                    at,
                    generation
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// After a whole listing: drop what it did not bring back (moved, removed).
    pub fn end_listing(&self, portfolio: Option<i64>, generation: i64) -> Result<()> {
        self.conn.execute(
            "DELETE FROM clients WHERE generation <> ?1 AND (?2 IS NULL OR portfolio = ?2)",
            params![generation, portfolio],
        )?;
        Ok(())
    }

    pub fn forget_portfolio(&self, portfolio: i64) -> Result<()> {
        self.conn
            .execute("DELETE FROM clients WHERE portfolio = ?1", [portfolio])?;
        self.conn
            .execute("DELETE FROM portfolios WHERE number = ?1", [portfolio])?;
        Ok(())
    }

    pub fn clear(&self) -> Result<()> {
        self.conn
            .execute_batch("DELETE FROM clients; DELETE FROM portfolios;")?;
        Ok(())
    }

    /// Cached clients matching the query, and the time of the oldest answer used.
    pub fn clients(
        &self,
        portfolio: Option<i64>,
        search: Option<&str>,
        limit: Option<u64>,
    ) -> Result<(Vec<Client>, Option<String>)> {
        let mut conditions = vec!["1"];
        let mut values: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(n) = portfolio {
            conditions.push("portfolio = ?");
            values.push(n.into());
        }
        if let Some(search) = Search::parse(search) {
            let (condition, bound) = search.condition();
            conditions.push(condition);
            values.extend(bound);
        }
        values.push(
            limit
                .map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX))
                .into(),
        );
        let mut stmt = self.conn.prepare(&format!(
            "SELECT record, fetched_at FROM clients WHERE {}
             ORDER BY portfolio, name_key, name, siren LIMIT ?",
            conditions.join(" AND ")
        ))?;
        let mut oldest: Option<String> = None;
        let mut out = Vec::new();
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (record, at) = row?;
            if let Ok(c) = serde_json::from_str(&record) {
                out.push(c);
            }
            if oldest.as_ref().is_none_or(|o| at < *o) {
                oldest = Some(at);
            }
        }
        Ok((out, oldest))
    }

    pub fn portfolios(&self) -> Result<(Vec<Portfolio>, Option<String>)> {
        let mut stmt = self
            .conn
            .prepare("SELECT record, fetched_at FROM portfolios ORDER BY number")?;
        let mut oldest: Option<String> = None;
        let mut out = Vec::new();
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (record, at) = row?;
            if let Ok(p) = serde_json::from_str(&record) {
                out.push(p);
            }
            if oldest.as_ref().is_none_or(|o| at < *o) {
                oldest = Some(at);
            }
        }
        Ok((out, oldest))
    }
}

fn hex_sha256(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
