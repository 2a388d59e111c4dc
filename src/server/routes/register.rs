//! The company register, asked by the server for the whole firm: one pace and one
//! cache of answers for every user.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::contract::{AskParams, PortfolioNumber, RenamesParams, SubscribersParams, paths};
use crate::domain::CompanyId;
use crate::domain::register::{ClientRegister, RegisterEntry, Renamed};
use crate::error::Error;
use crate::server::{App, Bearer, call};
use crate::space::Space;

#[utoipa::path(get, path = paths::REGISTER_COMPANY, security(("bearer" = [])),
    params(("id" = String, Path, description = "SIREN or SIRET"), AskParams),
    responses((status = 200, body = RegisterEntry, description = "What the company register says, with when it was asked"),
        (status = 502, body = Error, description = "The company register did not answer")))]
pub(super) async fn register_lookup(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<String>,
    Query(q): Query<AskParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let id = CompanyId::parse(&id)?;
        s.register_lookup(&token, &id, q.ask)
    })
    .await
}

#[utoipa::path(get, path = paths::REGISTER, security(("bearer" = [])), params(SubscribersParams),
    responses((status = 200, body = Vec<ClientRegister>, description = "The clients the caller may see, with the register's last answer about each"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn register_clients(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<SubscribersParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let portfolio = q.portfolio.as_ref().map(PortfolioNumber::get).transpose()?;
        s.register_clients(&token, portfolio)
    })
    .await
}

#[utoipa::path(post, path = paths::REGISTER_RENAMES, security(("bearer" = [])), params(RenamesParams),
    responses((status = 200, body = Vec<Renamed>, description = "The clients given the register's name (with `dry_run`, that would be)"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn register_renames(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<RenamesParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let portfolio = q.portfolio.as_ref().map(PortfolioNumber::get).transpose()?;
        s.register_renames(&token, portfolio, q.dry_run)
    })
    .await
}
