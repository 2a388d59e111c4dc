//! Clients: listed by page, added, moved, removed.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use super::created_unless;
use crate::contract::{
    ClientPatch, ClientsParams, DryRun, MandateParams, NewClient, PortfolioNumber, paths,
};
use crate::domain::mandate::{Mandate, MandateTerms};
use crate::domain::{ClientMoved, ClientPage, ClientQuery, CompanyId};
use crate::error::Error;
use crate::server::{App, Bearer, answers, call};
use crate::space::Space;

#[utoipa::path(get, path = paths::CLIENTS, security(("bearer" = [])), params(ClientsParams),
    responses((status = 200, body = ClientPage, description = "A page of clients; `next_cursor` asks for the next one"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn client_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    uri: Uri,
    Query(q): Query<ClientsParams>,
) -> Response {
    let asked = token.clone();
    answers::read(&app, &asked, &uri, move |s| {
        let limit = q.limit()?;
        let query = ClientQuery {
            portfolio: q.portfolio.as_ref().map(PortfolioNumber::get).transpose()?,
            search: q.search,
            limit: Some(limit),
            cursor: q.cursor,
        };
        s.client_list(&token, &query)
    })
    .await
}

#[utoipa::path(post, path = paths::CLIENTS, security(("bearer" = [])), params(DryRun),
    request_body = NewClient,
    responses((status = 201, body = crate::domain::Client, description = "Added"),
        (status = 200, body = crate::domain::Client, description = "Dry run: the client it would add"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
pub(super) async fn client_add(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<DryRun>,
    Json(body): Json<NewClient>,
) -> Response {
    call(&app, created_unless(q.dry_run), move |s| {
        let id = CompanyId::parse(&body.id)?;
        s.client_add(
            &token,
            &id,
            &body.name,
            body.portfolio,
            body.mandate.as_ref(),
            q.dry_run,
        )
    })
    .await
}

#[utoipa::path(patch, path = paths::CLIENT, security(("bearer" = [])),
    params(("id" = String, Path, description = "SIREN or SIRET"), DryRun), request_body = ClientPatch,
    responses((status = 200, body = ClientMoved, description = "Moved (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
pub(super) async fn client_move(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<String>,
    Query(q): Query<DryRun>,
    Json(body): Json<ClientPatch>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let id = CompanyId::parse(&id)?;
        s.client_move(&token, &id, body.portfolio, q.dry_run)
    })
    .await
}

#[utoipa::path(delete, path = paths::CLIENT, security(("bearer" = [])),
    params(("id" = String, Path, description = "SIREN or SIRET"), DryRun),
    responses((status = 200, body = crate::domain::Client, description = "Removed (with `dry_run`, that would be)"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn client_remove(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<String>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let id = CompanyId::parse(&id)?;
        s.client_remove(&token, &id, q.dry_run)
    })
    .await
}

#[utoipa::path(get, path = paths::CLIENT_MANDATE, security(("bearer" = [])),
    params(("id" = String, Path, description = "SIREN or SIRET")),
    responses((status = 200, body = Mandate, description = "The client's lettre de mission and its state today (`missing` when none)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 422, body = Error)))]
pub(super) async fn mandate_show(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<String>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.mandate_show(&token, &CompanyId::parse(&id)?)
    })
    .await
}

#[utoipa::path(put, path = paths::CLIENT_MANDATE, security(("bearer" = [])),
    params(("id" = String, Path, description = "SIREN or SIRET"), DryRun), request_body = MandateTerms,
    responses((status = 200, body = Mandate, description = "Recorded (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 422, body = Error)))]
pub(super) async fn mandate_set(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<String>,
    Query(q): Query<DryRun>,
    Json(terms): Json<MandateTerms>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.mandate_set(&token, &CompanyId::parse(&id)?, &terms, q.dry_run)
    })
    .await
}

#[utoipa::path(delete, path = paths::CLIENT_MANDATE, security(("bearer" = [])),
    params(("id" = String, Path, description = "SIREN or SIRET"), DryRun),
    responses((status = 200, body = Mandate, description = "Cleared: the client as it is now, `missing`"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 422, body = Error)))]
pub(super) async fn mandate_clear(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<String>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.mandate_clear(&token, &CompanyId::parse(&id)?, q.dry_run)
    })
    .await
}

#[utoipa::path(get, path = paths::MANDATES, security(("bearer" = [])), params(MandateParams),
    responses((status = 200, body = [Mandate], description = "The mandates of the clients the caller sees"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 422, body = Error)))]
pub(super) async fn mandate_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<MandateParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.mandate_list(&token, &q.query()?)
    })
    .await
}
