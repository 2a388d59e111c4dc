//! The administrators.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::contract::{DryRun, paths};
use crate::domain::{Reinvited, User};
use crate::error::Error;
use crate::server::{App, Bearer, call};
use crate::space::Space;

#[utoipa::path(get, path = paths::ADMINS, security(("bearer" = [])),
    responses((status = 200, body = [User], description = "The administrators"), (status = 403, body = Error)))]
pub(super) async fn admin_list(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.admin_list(&token)).await
}

#[utoipa::path(put, path = paths::ADMIN, security(("bearer" = [])),
    params(("login" = String, Path), DryRun),
    responses((status = 200, body = User, description = "The new administrator (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
pub(super) async fn admin_add(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.admin_add(&token, &login, q.dry_run)
    })
    .await
}

#[utoipa::path(delete, path = paths::ADMIN, security(("bearer" = [])),
    params(("login" = String, Path), DryRun),
    responses((status = 200, body = User, description = "The former administrator (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
pub(super) async fn admin_remove(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.admin_remove(&token, &login, q.dry_run)
    })
    .await
}

#[utoipa::path(post, path = paths::USER_ACTIVATION_CODE, security(("bearer" = [])),
    params(("login" = String, Path), DryRun),
    responses((status = 200, body = Reinvited, description = "A new activation code, shown once; the earlier ones are void (with `dry_run`, none is made)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
pub(super) async fn subscriber_reinvite(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.subscriber_reinvite(&token, &login, q.dry_run)
    })
    .await
}
