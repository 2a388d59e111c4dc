//! Bulk runs over HTTP: the rows travel in batches, each one transaction on the server.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::*;
use crate::contract::{BATCH, Batched};
use crate::domain::import::{ImportBatchResult, ImportOptions, ImportSummary, Input, RowOutcome};
use crate::space::{Outcomes, Rows};
use crate::spool::Spool;

impl RemoteSpace {
    /// Validation first, as on the local backend: unless bad rows are to be skipped,
    /// the server checks the whole file (every batch run dry) before any is written.
    pub(super) fn import<T: Batched + Clone + Serialize + DeserializeOwned>(
        &self,
        token: &Secret,
        rows: Rows<T>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary> {
        if options.dry_run || options.skip_invalid {
            return self.import_pass(token, rows, options, out, None);
        }
        let check = ImportOptions {
            dry_run: true,
            ..options.clone()
        };
        let mut batches = Spool::new()?;
        let mut checked = Spool::new()?;
        let summary = self.import_pass(
            token,
            rows,
            &check,
            &mut |o| checked.push(&o),
            Some(&mut batches),
        )?;
        if summary.failed > 0 {
            for o in checked.replay::<RowOutcome>()? {
                out(o?)?;
            }
            return Ok(summary);
        }
        let mut total = ImportSummary {
            written: true,
            ..ImportSummary::default()
        };
        for batch in batches.replay::<Vec<T>>()? {
            let batch = batch?;
            let result = self
                .send_batch(token, batch, options)
                .map_err(|e| interrupted(e, &total))?;
            let first = result.outcomes.first().map_or(0, |o| o.line);
            for o in result.outcomes {
                out(settle(o, &result.summary))?;
            }
            if !result.summary.written {
                // The space changed since the check (another administrator): what was
                // written stays, nothing more is sent.
                return Err(Error::new(ErrorKind::Partial, msg::import_stopped(first))
                    .hint(msg::hint_import_report()));
            }
            total.add(&result.summary);
        }
        Ok(total)
    }

    fn import_pass<T: Batched + Clone + Serialize>(
        &self,
        token: &Secret,
        rows: Rows<T>,
        options: &ImportOptions,
        out: Outcomes,
        mut spool: Option<&mut Spool>,
    ) -> Result<ImportSummary> {
        let mut summary = ImportSummary {
            written: !options.dry_run,
            ..ImportSummary::default()
        };
        // The batch under way keeps the unreadable rows between its rows, so that the
        // outcomes come out in file order.
        let mut pending: Vec<Input<T>> = Vec::new();
        let mut readable = 0;
        let mut rows = rows.peekable();
        while let Some(input) = rows.next() {
            readable += usize::from(input.is_ok());
            pending.push(input);
            if readable < BATCH && pending.len() < 2 * BATCH && rows.peek().is_some() {
                continue;
            }
            let sendable: Vec<T> = pending
                .iter()
                .filter_map(|i| i.as_ref().ok())
                .cloned()
                .collect();
            let mut answer = None;
            if !sendable.is_empty() {
                if let Some(spool) = spool.as_deref_mut() {
                    spool.push(&sendable)?;
                }
                let result = self.send_batch(token, sendable, options).map_err(|e| {
                    if options.dry_run {
                        e
                    } else {
                        interrupted(e, &summary)
                    }
                })?;
                answer = Some((result.summary, result.outcomes.into_iter()));
            }
            for input in pending.drain(..) {
                let outcome = match (input, answer.as_mut()) {
                    (Err(unread), _) => *unread,
                    (Ok(_), Some((batch, outcomes))) => match outcomes.next() {
                        Some(o) => settle(o, batch),
                        None => return Err(self.short_answer()),
                    },
                    (Ok(_), None) => return Err(self.short_answer()),
                };
                summary.count(outcome.action);
                out(outcome)?;
            }
            readable = 0;
        }
        Ok(summary)
    }

    fn short_answer(&self) -> Error {
        Error::other(msg::bad_server_answer(
            self.url().as_str(),
            &"fewer outcomes than rows",
        ))
    }

    fn send_batch<T: Batched>(
        &self,
        token: &Secret,
        rows: Vec<T>,
        options: &ImportOptions,
    ) -> Result<ImportBatchResult> {
        let body = T::batch(options.clone(), rows);
        self.with_body(Method::POST, T::PATH, Some(token), false, Some(&body))
    }
}

/// A run cut short between batches (the server went away): the batches already sent are
/// written, each whole, and the same file run again finishes the work, since rows that
/// already hold are skipped.
fn interrupted(e: Error, so_far: &ImportSummary) -> Error {
    let written = so_far.created + so_far.moved;
    Error {
        message: format!("{}\n{}", e.message, msg::import_interrupted(written)),
        hint: Some(msg::hint_import_rerun()),
        ..e
    }
}

/// A batch the server ran dry or refused wrote nothing: its rows say so.
fn settle(o: RowOutcome, batch: &ImportSummary) -> RowOutcome {
    if batch.written { o } else { o.unwritten() }
}
