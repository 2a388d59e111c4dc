//! Bulk runs on the local space. A run is one transaction (on a server, one per batch),
//! and every row goes through the same rules as the single commands.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::*;
use crate::domain::audit;
use crate::domain::ident::group;
use crate::domain::import::{
    Action, Change, ClientFile, ClientRow, Digest, FileCheck, ImportOptions, ImportSummary,
    PortfolioDigest, RowOutcome, SubscriberFile, SubscriberRow, Welcome, checked, validate_run,
};
use crate::domain::mandate::MandateTerms;
use crate::space::local::access::portfolio_subscriber_ids;
use crate::space::local::clients::{self, Placed, Placing, place};
use crate::space::local::subscribers::{same_email, subscribe};
use crate::space::local::users::find_user;
use crate::space::{Outcomes, Rows};

/// Page cache for a run, in KiB: the inserts of a large run spread over several
/// b-trees, which then stay in memory instead of spilling to the WAL over and over.
/// A run of 100,000 clients writes about 34 MB: with 8 MiB SQLite wrote 41,600 times
/// and read 22,000 times, with this 25,300 and 8,300 (each page to the WAL, then the
/// checkpoint), for 28 MB more at the peak.
const RUN_CACHE_KIB: i64 = 64 * 1024;
/// SQLite's default, restored after the run.
const DEFAULT_CACHE_KIB: i64 = 2000;

/// A run that adds many clients drops the listing index and builds it again at the end
/// (one sort instead of a random insert per row, three times faster in all). "Many" is
/// this many, and at least a quarter of the clients already there, so that the rebuild
/// stays small next to the work saved. A run that is not written restores it by rollback.
const BULK_ROWS: u64 = 10_000;
/// Seconds a server keeps a run's messages after a batch, for the next batch to join.
const RUN_SETTLE_SECS: i64 = 10;
const LISTING_INDEX: &str = "clients_by_portfolio";
/// Migration 0013's trigger that indexes each client added for search.
const SEARCH_TRIGGER: &str = "client_indexed";
const LISTING_INDEX_SQL: &str = "CREATE INDEX clients_by_portfolio ON clients (portfolio, name_key, name, siren, siret, created_at)";

/// What a kind of row brings to a run: its kind, and the checks its file gets.
trait Bulk: Sized {
    const KIND: Kind;
    type Check: FileCheck<Self> + Default;
}

impl Bulk for ClientRow {
    const KIND: Kind = Kind::Clients;
    type Check = ClientFile;
}

impl Bulk for SubscriberRow {
    const KIND: Kind = Kind::Subscribers;
    type Check = SubscriberFile;
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Clients,
    Subscribers,
}

impl Kind {
    fn action(self) -> audit::Action {
        match self {
            Kind::Clients => audit::Action::ClientsImport,
            Kind::Subscribers => audit::Action::SubscribersImport,
        }
    }
}

/// The messages of a row that went well, by the portfolio they name.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Said {
    Added,
    AlreadyIn,
    MovedFrom,
}

/// A run under way: what it has done, for its audit entry and its messages.
struct Run<'c> {
    id: String,
    kind: Kind,
    actor: Actor,
    /// Stamps every row of the run, across batches.
    at: String,
    /// Earlier batches of this run were written.
    known: bool,
    /// Appended to each row's audit detail, to find the run's rows.
    note: String,
    portfolios: HashSet<i64>,
    /// Clients added so far, and when to drop the listing index.
    added: u64,
    bulk_after: u64,
    index_dropped: bool,
    /// While the run writes, the search index's trigger is off (its SQL, to put it
    /// back) and the clients added wait here: FTS5 writes ascending rowids in one go,
    /// but flushes at each step back, which a file's order makes nearly every row.
    search_trigger: Option<String>,
    /// Their SIRENs, nine digits each: sorted without a string apiece to move.
    to_index: Vec<[u8; 9]>,
    digests: BTreeMap<i64, PortfolioDigest>,
    welcomes: BTreeMap<i64, Welcome>,
    /// Each row's message, worded once per portfolio: a run says the same few again and
    /// again, and wording one takes longer than writing its row.
    said: HashMap<(Said, i64), String>,
    /// The statements every client added runs.
    placing: Placing<'c>,
    /// The space refuses a new client without a signed mandate; today, for the dates.
    require_mandate: bool,
    today: jiff::civil::Date,
}

impl<'c> Run<'c> {
    fn open(conn: &'c Connection, actor: &Actor, kind: Kind, id: &str) -> Result<Run<'c>> {
        if !validate_run(id) {
            return Err(Error::invalid(msg::import_run_invalid()).next(Next::NewRun));
        }
        let known: Option<(String, String, String)> = conn
            .query_row(
                "SELECT actor, kind, started_at FROM import_runs WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (at, known) = match known {
            Some((owner, k, at)) if owner == actor.login && k == kind.action().code() => (at, true),
            Some(_) => return Err(Error::conflict(msg::import_run_taken()).next(Next::NewRun)),
            None => (stamp(now()), false),
        };
        Ok(Run {
            id: id.to_string(),
            kind,
            actor: actor.clone(),
            note: format!(" (run {id})"),
            at,
            known,
            portfolios: ids(conn, "SELECT number FROM portfolios", [])?
                .into_iter()
                .collect(),
            added: 0,
            bulk_after: match kind {
                Kind::Clients => {
                    let before: i64 =
                        conn.query_row("SELECT count(*) FROM clients", [], |r| r.get(0))?;
                    BULK_ROWS.max(u64::try_from(before).unwrap_or(0) / 4)
                }
                Kind::Subscribers => u64::MAX,
            },
            index_dropped: false,
            search_trigger: None,
            to_index: Vec::new(),
            digests: BTreeMap::new(),
            welcomes: BTreeMap::new(),
            said: HashMap::new(),
            placing: Placing::new(conn)?,
            require_mandate: super::mandates::required(conn)?,
            today: super::mandates::today(),
        })
    }

    /// Turns the search index's trigger off for the run (the transaction's rollback
    /// turns it on again if the run is not written).
    fn defer_search_index(&mut self, tx: &AdminTx) -> Result<()> {
        let sql: Option<String> = tx
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1",
                [SEARCH_TRIGGER],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(sql) = sql {
            tx.execute_batch(&format!("DROP TRIGGER {SEARCH_TRIGGER}"))?;
            self.search_trigger = Some(sql);
        }
        Ok(())
    }

    /// Indexes the clients the run added, in SIREN order, in one statement, and turns
    /// the trigger on. `CROSS JOIN` keeps the list's order: SQLite walks it first.
    fn index_added(&mut self, tx: &AdminTx) -> Result<()> {
        let Some(trigger) = self.search_trigger.take() else {
            return Ok(());
        };
        self.to_index.sort_unstable();
        // SIRENs are nine digits: nothing to escape in the JSON array.
        let mut sirens = String::with_capacity(2 + self.to_index.len() * 12);
        sirens.push('[');
        for (i, siren) in std::mem::take(&mut self.to_index).iter().enumerate() {
            if i > 0 {
                sirens.push(',');
            }
            sirens.push('"');
            sirens.extend(siren.iter().map(|&b| char::from(b)));
            sirens.push('"');
        }
        sirens.push(']');
        tx.execute(
            "INSERT INTO client_search (rowid, name_key)
             SELECT CAST(c.siren AS INTEGER), c.name_key
               FROM json_each(?1) AS j CROSS JOIN clients AS c ON c.siren = j.value",
            [sirens],
        )?;
        tx.execute_batch(&trigger)?;
        Ok(())
    }

    fn said(&mut self, said: Said, portfolio: i64) -> String {
        self.said
            .entry((said, portfolio))
            .or_insert_with(|| match said {
                Said::Added => msg::import_client_added(portfolio),
                Said::AlreadyIn => msg::import_client_already_in(portfolio),
                Said::MovedFrom => msg::import_client_moved(portfolio),
            })
            .clone()
    }

    fn record(&mut self, portfolio: i64, change: Change, what: impl FnOnce() -> String) {
        self.digests
            .entry(portfolio)
            .or_default()
            .record(change, what);
    }

    /// A row's audit entry (R11), stamped with the run.
    /// The run's audit entry (R11), kept current batch after batch, and one message per
    /// person concerned (R10), never the actor.
    fn finish(self, tx: &AdminTx, summary: &ImportSummary, batches_settle: bool) -> Result<()> {
        if !self.known && summary.created + summary.moved == 0 {
            // A run that changed nothing leaves no trace.
            return Ok(());
        }
        let (created, moved, skipped, failed, audit_id): (i64, i64, i64, i64, Option<i64>) = tx
            .query_row(
                "INSERT INTO import_runs
                   (id, actor, kind, started_at, created, moved, skipped, failed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (id) DO UPDATE SET
                   created = created + excluded.created, moved = moved + excluded.moved,
                   skipped = skipped + excluded.skipped, failed = failed + excluded.failed
                 RETURNING created, moved, skipped, failed, audit_id",
                params![
                    self.id,
                    self.actor.login,
                    self.kind.action().code(),
                    self.at,
                    summary.created as i64,
                    summary.moved as i64,
                    summary.skipped as i64,
                    summary.failed as i64
                ],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )?;
        let detail =
            format!("{created} created, {moved} moved, {skipped} skipped, {failed} failed");
        match audit_id {
            Some(id) => {
                tx.execute(
                    "UPDATE audit SET detail = ?1 WHERE id = ?2",
                    params![detail, id],
                )?;
            }
            None => {
                tx.audit(self.kind.action(), Target::Run(self.id.clone()), &detail)?;
                tx.execute(
                    "UPDATE import_runs SET audit_id = ?1 WHERE id = ?2",
                    params![tx.last_insert_rowid(), self.id],
                )?;
            }
        }

        let mut told: BTreeMap<i64, Digest> = BTreeMap::new();
        let blank = || Digest {
            actor: self.actor.login.clone(),
            at: self.at.clone(),
            ..Digest::default()
        };
        for (portfolio, digest) in &self.digests {
            let concerned = portfolio_subscriber_ids(tx, *portfolio)?;
            for id in domain::recipients(&self.actor, concerned) {
                told.entry(id)
                    .or_insert_with(blank)
                    .portfolios
                    .insert(*portfolio, digest.clone());
            }
        }
        for (id, welcome) in self.welcomes {
            if id != self.actor.id {
                told.entry(id).or_insert_with(blank).welcome = Some(welcome);
            }
        }
        let mut previous = tx.prepare_cached(
            "SELECT digest FROM outbox
              WHERE run = ?1 AND recipient_id = ?2 AND status = 'pending'",
        )?;
        // A server receives a run batch after batch: its messages wait a little after
        // each one, so that the run's next batch still adds to them.
        let due = batches_settle.then(|| stamp(now() + SignedDuration::from_secs(RUN_SETTLE_SECS)));
        let mut upsert = tx.prepare_cached(
            "INSERT INTO outbox
               (created_at, recipient_id, email, subject, body, run, digest, next_attempt_at)
             SELECT ?1, id, email, ?2, ?3, ?4, ?5, ?7 FROM users WHERE id = ?6
             ON CONFLICT (run, recipient_id) WHERE run IS NOT NULL AND status = 'pending'
             DO UPDATE SET subject = excluded.subject, body = excluded.body,
               digest = excluded.digest, next_attempt_at = excluded.next_attempt_at",
        )?;
        for (id, mut digest) in told {
            let before: Option<String> = previous
                .query_row(params![self.id, id], |r| r.get(0))
                .optional()?;
            if let Some(before) = before.and_then(|b| serde_json::from_str::<Digest>(&b).ok()) {
                let mut merged = before;
                merged.merge(&digest);
                digest = merged;
            }
            // Someone this run subscribed to a portfolio hears of it in their welcome.
            if let Some(welcome) = &digest.welcome {
                let mine = welcome.portfolios.clone();
                digest.portfolios.retain(|p, _| !mine.contains(p));
            }
            if digest.welcome.is_none() && digest.portfolios.is_empty() {
                continue;
            }
            tx.queued();
            let notice = crate::i18n::with(settings::space_language(tx)?, || {
                msg::notice_import(&digest)
            });
            let json = serde_json::to_string(&digest).map_err(|e| Error::other(e.to_string()))?;
            upsert.execute(params![
                stamp(now()),
                notice.subject,
                notice.body,
                self.id,
                json,
                id,
                due
            ])?;
        }
        Ok(())
    }
}

impl LocalSpace {
    fn bulk<T: Bulk>(
        &self,
        token: &Secret,
        rows: Rows<T>,
        options: &ImportOptions,
        out: Outcomes,
        mut row: impl FnMut(&AdminTx, &mut Run, T) -> Result<RowOutcome>,
    ) -> Result<ImportSummary> {
        let serving = self.serving();
        let mut conn = self.lock()?;
        self.ensure_sound(&conn).map_err(|e| self.note(e))?;
        conn.pragma_update(None, "cache_size", -RUN_CACHE_KIB)?;
        let notes = Notes::default();
        let result = (|| {
            let db = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let actor = authenticate(&db, token)?;
            let tx = AdminTx::of(Tx::new(&db, actor, options.dry_run, &notes))?;
            let mut run = Run::open(&tx, &tx.actor, T::KIND, &options.run)?;
            if T::KIND == Kind::Clients {
                run.defer_search_index(&tx)?;
            }
            let mut summary = ImportSummary::default();
            for input in checked(rows, T::Check::default()) {
                let outcome = match input {
                    Ok(r) => row(&tx, &mut run, r)?,
                    Err(unread) => *unread,
                };
                summary.count(outcome.action);
                out(outcome)?;
            }
            summary.written = !options.dry_run && (summary.failed == 0 || options.skip_invalid);
            if summary.written {
                if run.index_dropped {
                    tx.execute_batch(LISTING_INDEX_SQL)?;
                }
                run.index_added(&tx)?;
                run.finish(&tx, &summary, serving)?;
                tx.counts_written()?;
                drop(tx);
                db.commit()?;
            }
            Ok(summary)
        })();
        conn.pragma_update(None, "cache_size", -DEFAULT_CACHE_KIB)?;
        if matches!(&result, Ok(s) if s.written) && notes.queued() {
            self.queued.store(true, Ordering::Relaxed);
        }
        result.map_err(|e| self.note(e))
    }

    pub(super) fn import_clients(
        &self,
        token: &Secret,
        rows: Rows<ClientRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary> {
        self.bulk(token, rows, options, out, |tx, run, r| {
            client_row(tx, run, &r, options.move_clients)
        })
    }

    pub(super) fn import_subscribers(
        &self,
        token: &Secret,
        rows: Rows<SubscriberRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary> {
        self.bulk(token, rows, options, out, subscriber_row)
    }
}

/// The portfolio column: a number, of a portfolio that exists.
fn portfolio_of(run: &Run, raw: &str) -> std::result::Result<i64, String> {
    let n = raw
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| msg::portfolio_number_invalid(raw))?;
    if run.portfolios.contains(&n) {
        Ok(n)
    } else {
        Err(msg::portfolio_not_found(n))
    }
}

/// R8: a company is in one portfolio; a row that already holds is skipped.
fn client_row(
    tx: &AdminTx,
    run: &mut Run,
    r: &ClientRow,
    move_clients: bool,
) -> Result<RowOutcome> {
    let fail = |column: &str, message: String| {
        Ok(RowOutcome::failed(
            r.line,
            &r.id,
            &r.portfolio,
            column,
            message,
        ))
    };
    let id = match CompanyId::parse(&r.id) {
        Ok(id) => id,
        Err(e) => return fail("siren", e.message),
    };
    let name = match domain::validate_name("name", &r.name) {
        Ok(n) => n,
        Err(e) => return fail("name", e.message),
    };
    let portfolio = match portfolio_of(run, &r.portfolio) {
        Ok(n) => n,
        Err(m) => return fail("portfolio", m),
    };
    let done = |action: Action, message: String| {
        Ok(RowOutcome::new(
            r.line,
            id.digits(),
            &r.portfolio,
            action,
            message,
        ))
    };
    let terms = match r.mandate_signed.trim() {
        "" => None,
        signed => {
            let asked = MandateTerms {
                signed_on: signed.to_string(),
                reference: Some(r.reference.clone()),
                until: None,
                renews: None,
            };
            match domain::mandate::validate_terms(&asked, run.today) {
                Ok(t) => Some(t),
                Err(e) => return fail("mandate_signed", e.message),
            }
        }
    };
    if terms.is_none() && run.require_mandate && !clients::exists(tx, id.siren())? {
        return fail("mandate_signed", msg::mandate_required(&id.to_string()));
    }
    let shown = || format!("{name} ({id})");
    let placed = place(
        tx,
        &mut run.placing,
        &id,
        &name,
        portfolio,
        move_clients,
        &run.at,
        &run.note,
    )?;
    if let (Some(t), Placed::Added | Placed::Moved { .. }) = (&terms, &placed) {
        super::mandates::write(tx, id.siren(), t, &run.at)?;
        audit_at(
            tx,
            &run.at,
            &tx.actor.login,
            audit::Action::MandateSet,
            &Target::Client(id.siren().to_string()),
            &format!("{}{}", super::mandates::summary(t), run.note),
        )?;
    }
    match placed {
        Placed::Added => {
            run.added += 1;
            if run.search_trigger.is_some() {
                let siren = <[u8; 9]>::try_from(id.siren().as_bytes())
                    .map_err(|_| Error::other(msg::internal_error()))?;
                run.to_index.push(siren);
            }
            if run.added == run.bulk_after && !run.index_dropped {
                tx.execute_batch(&format!("DROP INDEX {LISTING_INDEX}"))?;
                run.index_dropped = true;
            }
            run.record(portfolio, Change::Added, shown);
            done(Action::Created, run.said(Said::Added, portfolio))
        }
        Placed::OtherSiret { held, .. } => fail("siren", msg::import_other_siret(&group(&held))),
        Placed::AlreadyThere => done(Action::Skipped, run.said(Said::AlreadyIn, portfolio)),
        Placed::Elsewhere(current) => fail("portfolio", msg::import_client_elsewhere(current)),
        Placed::Moved { from } => {
            run.record(from, Change::MovedOut, shown);
            run.record(portfolio, Change::MovedIn, shown);
            done(Action::Moved, run.said(Said::MovedFrom, from))
        }
    }
}

/// R6: an account for a newcomer (with a code), then the subscription; a subscription
/// that already holds is skipped.
fn subscriber_row(tx: &AdminTx, run: &mut Run, r: SubscriberRow) -> Result<RowOutcome> {
    let fail = |column: &str, message: String| {
        Ok(RowOutcome::failed(
            r.line,
            &r.login,
            &r.portfolio,
            column,
            message,
        ))
    };
    if let Err(e) = domain::validate_login(&r.login) {
        return fail("login", e.message);
    }
    let portfolio = match portfolio_of(run, &r.portfolio) {
        Ok(n) => n,
        Err(m) => return fail("portfolio", m),
    };
    let email = (!r.email.is_empty()).then_some(r.email.as_str());
    if let Some(e) = email.map(domain::validate_email).transpose().err() {
        return fail("email", e.message);
    }
    let name = (!r.name.is_empty()).then_some(r.name.as_str());
    if let Some(e) = name
        .map(|n| domain::validate_name("name", n))
        .transpose()
        .err()
    {
        return fail("name", e.message);
    }
    let existing = find_user(tx, &r.login)?;
    match &existing {
        Some((id, user)) => {
            if let Err(e) = same_email(user, &r.login, email) {
                return fail("email", e.message);
            }
            let subscribed: bool = tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM subscriptions
                      WHERE portfolio = ?1 AND user_id = ?2)",
                )?
                .query_row(params![portfolio, id], |r| r.get(0))?;
            if subscribed {
                return Ok(RowOutcome::new(
                    r.line,
                    &r.login,
                    &r.portfolio,
                    Action::Skipped,
                    msg::import_already_subscribed(portfolio),
                ));
            }
        }
        None if email.is_none() => {
            return fail("email", msg::email_needed_for_new(&r.login));
        }
        None => {}
    }
    let new = NewSubscriber {
        portfolio,
        login: r.login.clone(),
        email: email.map(str::to_string),
        name: name.map(str::to_string),
    };
    let s = match subscribe(tx, &new, &run.at, &run.note) {
        Ok(s) => s,
        Err(e)
            if matches!(
                e.kind,
                ErrorKind::Invalid | ErrorKind::Usage | ErrorKind::Conflict | ErrorKind::NotFound
            ) =>
        {
            return fail("login", e.message);
        }
        Err(e) => return Err(e),
    };
    let shown = || match &s.subscriber.name {
        Some(n) => format!("{} ({n})", r.login),
        None => r.login.clone(),
    };
    run.record(portfolio, Change::Subscribed, shown);
    let welcome = run.welcomes.entry(s.user_id).or_insert_with(|| Welcome {
        login: r.login.clone(),
        ..Welcome::default()
    });
    welcome.portfolios.push(portfolio);
    let issued = s.code.is_some();
    let (code, expires) = s
        .code
        .and_then(|c| c.code.map(|shown| (shown, c.expires)))
        .unzip();
    welcome.new_account |= issued;
    let message = msg::import_subscribed(portfolio, existing.is_none(), issued);
    Ok(RowOutcome {
        activation_code: code,
        activation_expires_at: expires,
        ..RowOutcome::new(r.line, &r.login, &r.portfolio, Action::Created, message)
    })
}
