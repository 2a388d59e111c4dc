//! The space's settings, its audit log and its notifications.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::contract::{AuditParams, DryRun, Limit, SettingsPatch, paths};
use crate::domain::personal::Purged;
use crate::domain::{AuditEntry, Notification, SpaceInfo};
use crate::error::Error;
use crate::server::{App, Bearer, call};
use crate::space::Space;

#[utoipa::path(get, path = paths::SETTINGS, security(("bearer" = [])),
    responses((status = 200, body = SpaceInfo, description = "The space and its settings"), (status = 403, body = Error)))]
pub(super) async fn settings_show(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.settings_show(&token)).await
}

#[utoipa::path(patch, path = paths::SETTINGS, security(("bearer" = [])), params(DryRun),
    request_body(content = SettingsPatch, description = "Exactly one setting"),
    responses((status = 200, body = SpaceInfo, description = "The settings as changed (with `dry_run`, as they would be)"),
        (status = 403, body = Error)))]
pub(super) async fn settings_set(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<DryRun>,
    Json(body): Json<SettingsPatch>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.settings_set(&token, body.setting()?, q.dry_run)
    })
    .await
}

#[utoipa::path(get, path = paths::AUDIT, security(("bearer" = [])), params(AuditParams),
    responses((status = 200, body = [AuditEntry], description = "The latest audit entries, filtered"), (status = 403, body = Error)))]
pub(super) async fn audit_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<AuditParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.audit_list(&token, &q.query()?)
    })
    .await
}

#[utoipa::path(post, path = paths::AUDIT_PURGE, security(("bearer" = [])), params(DryRun),
    responses((status = 200, body = Purged, description = "The space's retention applied: older audit entries and message bodies removed (with `dry_run`, counted)"),
        (status = 403, body = Error)))]
pub(super) async fn audit_purge(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.audit_purge(&token, q.dry_run)
    })
    .await
}

#[utoipa::path(get, path = paths::NOTIFICATIONS, security(("bearer" = [])), params(Limit),
    responses((status = 200, body = [Notification], description = "The latest notifications the caller may see")))]
pub(super) async fn notification_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<Limit>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.notification_list(&token, q.get()?)
    })
    .await
}
