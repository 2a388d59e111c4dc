//! The administrators.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::contract::{DryRun, PortfolioNumber, ReviewParams, paths};
use crate::domain::personal::{Erased, PersonalData};
use crate::domain::{
    ClientAccess, CompanyId, Handed, Handover, Reinvited, ReviewRow, User, UserAccess,
};
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

#[utoipa::path(post, path = paths::USER_DISABLE, security(("bearer" = [])),
    params(("login" = String, Path), DryRun),
    responses((status = 200, body = User, description = "Disabled: signed out at once, no more sign-in, subscriptions suspended (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error, description = "Disabled already, or the last administrator (R3)")))]
pub(super) async fn user_disable(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.user_disable(&token, &login, q.dry_run)
    })
    .await
}

#[utoipa::path(get, path = paths::USER_PERSONAL_DATA, security(("bearer" = [])),
    params(("login" = String, Path)),
    responses((status = 200, body = PersonalData, description = "Everything the space holds about the person (RGPD, article 15); audited"),
        (status = 403, body = Error, description = "Another person's, asked by a non-administrator"), (status = 404, body = Error)))]
pub(super) async fn user_export(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
) -> Response {
    call(&app, StatusCode::OK, move |s| s.user_export(&token, &login)).await
}

#[utoipa::path(post, path = paths::USER_ERASE, security(("bearer" = [])),
    params(("login" = String, Path), DryRun),
    responses((status = 200, body = Erased, description = "Erased for good: the login is a pseudonym everywhere, the name and email are gone (with `dry_run`, what it would change)"),
        (status = 403, body = Error), (status = 404, body = Error),
        (status = 409, body = Error, description = "Not disabled, erased already, or the last administrator (R3)")))]
pub(super) async fn user_erase(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.user_erase(&token, &login, q.dry_run)
    })
    .await
}

#[utoipa::path(post, path = paths::USER_ENABLE, security(("bearer" = [])),
    params(("login" = String, Path), DryRun),
    responses((status = 200, body = User, description = "Enabled again; the subscriptions the disabling suspended are resumed"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error, description = "Not disabled")))]
pub(super) async fn user_enable(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.user_enable(&token, &login, q.dry_run)
    })
    .await
}

#[utoipa::path(post, path = paths::HANDOVERS, security(("bearer" = [])), params(DryRun),
    request_body = Handover,
    responses((status = 200, body = Vec<Handed>, description = "The subscriptions given, in one transaction (with `dry_run`, that would be)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
pub(super) async fn subscriber_hand_over(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<DryRun>,
    Json(body): Json<Handover>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.subscriber_hand_over(&token, &body, q.dry_run)
    })
    .await
}

#[utoipa::path(get, path = paths::ACCESS_CLIENT, security(("bearer" = [])),
    params(("id" = String, Path, description = "SIREN or SIRET")),
    responses((status = 200, body = Vec<ClientAccess>, description = "Who can see the client, and why"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn access_client(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<String>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let id = CompanyId::parse(&id)?;
        s.access_client(&token, &id)
    })
    .await
}

#[utoipa::path(get, path = paths::ACCESS_USER, security(("bearer" = [])),
    params(("login" = String, Path)),
    responses((status = 200, body = Vec<UserAccess>, description = "The portfolios the person can see, with client counts, role and last sign-in"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn access_user(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
) -> Response {
    call(&app, StatusCode::OK, move |s| s.access_user(&token, &login)).await
}

#[utoipa::path(get, path = paths::ACCESS_REVIEW, security(("bearer" = [])), params(ReviewParams),
    responses((status = 200, body = Vec<ReviewRow>, description = "Every person: role, portfolios, last sign-in and findings"),
        (status = 403, body = Error)))]
pub(super) async fn access_review(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<ReviewParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let idle = match q.idle.as_ref().map(PortfolioNumber::get).transpose()? {
            Some(n) => u32::try_from(n).unwrap_or(u32::MAX),
            None => crate::domain::DEFAULT_IDLE_DAYS,
        };
        s.access_review(&token, idle)
    })
    .await
}
