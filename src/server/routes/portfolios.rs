//! Portfolios and their subscribers.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use super::created_unless;
use crate::contract::{
    DryRun, EstablishmentsParams, NewSubscriberBody, PortfolioNumber, SubscriberPatch,
    SubscribersParams, paths,
};
use crate::domain::portal::{PortalFile, SyncPlan, SyncRequest};
use crate::domain::{NewSubscriber, Portfolio, Subscriber, SubscriberAdded, SubscriberChange};
use crate::error::Error;
use crate::server::{App, Bearer, answers, call};
use crate::space::Space;

#[utoipa::path(get, path = paths::PORTFOLIOS, security(("bearer" = [])),
    responses((status = 200, body = [Portfolio], description = "The portfolios the caller may see")))]
pub(super) async fn portfolio_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    uri: Uri,
) -> Response {
    let asked = token.clone();
    answers::read(&app, &token, &uri, move |s| s.portfolio_list(&asked)).await
}

#[utoipa::path(post, path = paths::PORTFOLIOS, params(DryRun), security(("bearer" = [])),
    responses((status = 201, body = Portfolio, description = "Created"),
        (status = 200, body = Portfolio, description = "Dry run: the portfolio it would create"),
        (status = 403, body = Error)))]
pub(super) async fn portfolio_create(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<DryRun>,
) -> Response {
    let status = created_unless(q.dry_run);
    call(&app, status, move |s| s.portfolio_create(&token, q.dry_run)).await
}

#[utoipa::path(get, path = paths::PORTFOLIO, security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1)),
    responses((status = 200, body = Portfolio, description = "The portfolio"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn portfolio_show(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<PortfolioNumber>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.portfolio_show(&token, number.get()?)
    })
    .await
}

#[utoipa::path(get, path = paths::PORTFOLIO_SUBSCRIBERS, security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1)),
    responses((status = 200, body = [Subscriber], description = "The portfolio's subscribers"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn portfolio_subscribers(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<PortfolioNumber>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.subscriber_list(&token, Some(number.get()?))
    })
    .await
}

#[utoipa::path(post, path = paths::PORTFOLIO_SUBSCRIBERS, security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1), DryRun), request_body = NewSubscriberBody,
    responses((status = 201, body = SubscriberAdded, description = "Subscribed; a new account comes with its activation code"),
        (status = 200, body = SubscriberAdded, description = "Dry run: what it would do"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
pub(super) async fn subscriber_add(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<PortfolioNumber>,
    Query(q): Query<DryRun>,
    Json(body): Json<NewSubscriberBody>,
) -> Response {
    call(&app, created_unless(q.dry_run), move |s| {
        let new = NewSubscriber {
            portfolio: number.get()?,
            login: body.login,
            email: body.email,
            name: body.name,
        };
        s.subscriber_add(&token, &new, q.dry_run)
    })
    .await
}

#[utoipa::path(patch, path = paths::PORTFOLIO_SUBSCRIBER, security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1), ("login" = String, Path), DryRun), request_body = SubscriberPatch,
    responses((status = 200, body = Subscriber, description = "The subscriber as changed (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn subscriber_modify(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path((number, login)): Path<(PortfolioNumber, String)>,
    Query(q): Query<DryRun>,
    Json(body): Json<SubscriberPatch>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let change = SubscriberChange {
            portfolio: number.get()?,
            login,
            name: body.name,
            email: body.email,
            suspended: body.suspended,
        };
        s.subscriber_modify(&token, &change, q.dry_run)
    })
    .await
}

#[utoipa::path(delete, path = paths::PORTFOLIO_SUBSCRIBER, security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1), ("login" = String, Path), DryRun),
    responses((status = 200, body = Subscriber, description = "The subscription removed (with `dry_run`, that would be)"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn subscriber_remove(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path((number, login)): Path<(PortfolioNumber, String)>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.subscriber_remove(&token, number.get()?, &login, q.dry_run)
    })
    .await
}

#[utoipa::path(get, path = paths::SUBSCRIBERS, security(("bearer" = [])), params(SubscribersParams),
    responses((status = 200, body = [Subscriber], description = "The subscribers the caller may see"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn subscriber_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<SubscribersParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let portfolio = q.portfolio.as_ref().map(PortfolioNumber::get).transpose()?;
        s.subscriber_list(&token, portfolio)
    })
    .await
}

#[utoipa::path(get, path = paths::PORTFOLIO_ESTABLISHMENTS, security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1), EstablishmentsParams),
    responses((status = 200, body = PortalFile, description = "The establishments file for the portal, and the clients that cannot be in it"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 422, body = Error)))]
pub(super) async fn portfolio_export(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<PortfolioNumber>,
    Query(q): Query<EstablishmentsParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.portfolio_export(&token, number.get()?, q.removed_since.as_deref())
    })
    .await
}

#[utoipa::path(post, path = paths::PORTFOLIO_SYNC, security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1), DryRun), request_body = SyncRequest,
    responses((status = 200, body = SyncPlan, description = "The plan; applied (`applied`) unless `dry_run` or a row is bad (`problems`)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 422, body = Error)))]
pub(super) async fn portfolio_sync(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<PortfolioNumber>,
    Query(q): Query<DryRun>,
    Json(body): Json<SyncRequest>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.portfolio_sync(&token, number.get()?, &body, q.dry_run)
    })
    .await
}
