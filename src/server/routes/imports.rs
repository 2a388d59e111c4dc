//! Bulk imports: one batch of rows per request, one transaction each.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use crate::contract::{MAX_BATCH, paths};
use crate::domain::import::{ClientBatch, ImportBatchResult, RowOutcome, SubscriberBatch};
use crate::error::Error;
use crate::messages as msg;
use crate::server::{App, Bearer, call};
use crate::space::Space;

#[utoipa::path(post, path = paths::IMPORT_CLIENTS, security(("bearer" = [])),
    request_body = ClientBatch,
    responses((status = 200, body = ImportBatchResult, description = "One outcome per row, in order; the batch is one transaction. \
        Nothing is written when `dry_run` is set, or when a row fails without `skip_invalid`: \
        the rows then say `would-create` or `would-move`, and `summary.written` is false"),
        (status = 403, body = Error), (status = 409, body = Error)))]
pub(super) async fn import_clients(
    State(app): State<App>,
    Bearer(token): Bearer,
    Json(body): Json<ClientBatch>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        batch(body.rows, |rows, out| {
            s.client_import(&token, rows, &body.options, out)
        })
    })
    .await
}

#[utoipa::path(post, path = paths::IMPORT_SUBSCRIBERS, security(("bearer" = [])),
    request_body = SubscriberBatch,
    responses((status = 200, body = ImportBatchResult, description = "One outcome per row, in order; the batch is one transaction. \
        Nothing is written when `dry_run` is set, or when a row fails without `skip_invalid`: \
        the rows then say `would-create`, carry no activation code, and `summary.written` is false"),
        (status = 403, body = Error), (status = 409, body = Error)))]
pub(super) async fn import_subscribers(
    State(app): State<App>,
    Bearer(token): Bearer,
    Json(body): Json<SubscriberBatch>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        batch(body.rows, |rows, out| {
            s.subscriber_import(&token, rows, &body.options, out)
        })
    })
    .await
}

/// One batch: capped, run as one transaction, its outcomes collected in row order.
fn batch<T>(
    rows: Vec<T>,
    import: impl FnOnce(
        crate::space::Rows<T>,
        crate::space::Outcomes,
    ) -> crate::error::Result<crate::domain::import::ImportSummary>,
) -> crate::error::Result<ImportBatchResult> {
    if rows.len() > MAX_BATCH {
        return Err(Error::invalid(msg::batch_too_large(MAX_BATCH)));
    }
    let mut outcomes = Vec::with_capacity(rows.len());
    let summary = import(&mut rows.into_iter().map(Ok), &mut |o| {
        outcomes.push(o);
        Ok(())
    })?;
    // A batch that wrote nothing says so row by row, as the command line's report does.
    if !summary.written {
        outcomes = outcomes.into_iter().map(RowOutcome::unwritten).collect();
    }
    Ok(ImportBatchResult { outcomes, summary })
}
