//! Signing in and out, sessions, activation, and who the caller is.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::contract::{ActivationRequest, Health, LoginRequest, PortfolioNumber, paths};
use crate::domain::{Ended, Session, SessionEnd, SessionInfo, User};
use crate::error::Error;
use crate::secret::{Secret, secret};
use crate::server::{ApiError, App, Bearer, Source, call};
use crate::space::Space;

#[utoipa::path(get, path = paths::HEALTHZ, responses((status = 200, body = Health, description = "The server is up")))]
pub(super) async fn healthz() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
    })
}

#[utoipa::path(post, path = paths::SESSIONS, request_body = LoginRequest,
    responses((status = 201, body = Session, description = "Signed in: the session's bearer token"),
        (status = 401, body = Error), (status = 429, body = Error)))]
pub(super) async fn login(
    State(app): State<App>,
    Source(source): Source,
    Json(body): Json<LoginRequest>,
) -> Response {
    call(&app, StatusCode::CREATED, move |s| {
        s.login_from(&body.login, &secret(body.password), &source)
    })
    .await
}

#[utoipa::path(delete, path = paths::SESSION_CURRENT, security(("bearer" = [])),
    responses((status = 200, body = Ended, description = "Signed out: the token no longer works")))]
pub(super) async fn logout(State(app): State<App>, Bearer(token): Bearer) -> Response {
    end(app, token, SessionEnd::Current).await
}

#[utoipa::path(get, path = paths::SESSIONS, security(("bearer" = [])),
    responses((status = 200, body = [SessionInfo], description = "The caller's open sessions")))]
pub(super) async fn session_list(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.session_list(&token)).await
}

#[utoipa::path(delete, path = paths::SESSIONS, security(("bearer" = [])),
    responses((status = 200, body = Ended, description = "Every session of the caller ended")))]
pub(super) async fn logout_all(State(app): State<App>, Bearer(token): Bearer) -> Response {
    end(app, token, SessionEnd::All).await
}

#[utoipa::path(delete, path = paths::SESSION, security(("bearer" = [])),
    params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Ended, description = "That session ended"),
        (status = 404, body = Error)))]
pub(super) async fn session_end(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<PortfolioNumber>,
) -> Response {
    match id.get() {
        Ok(id) => end(app, token, SessionEnd::One(id)).await,
        Err(e) => ApiError(e).into_response(),
    }
}

#[utoipa::path(delete, path = paths::USER_SESSIONS, security(("bearer" = [])),
    params(("login" = String, Path)),
    responses((status = 200, body = Ended, description = "Every session of that person ended"),
        (status = 403, body = Error), (status = 404, body = Error)))]
pub(super) async fn user_sessions_end(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
) -> Response {
    end(app, token, SessionEnd::User(login)).await
}

pub(super) async fn end(app: App, token: Secret, which: SessionEnd) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.session_end(&token, &which).map(|ended| Ended { ended })
    })
    .await
}

#[utoipa::path(get, path = paths::ME, security(("bearer" = [])),
    responses((status = 200, body = User, description = "The signed-in user")))]
pub(super) async fn me(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.me(&token)).await
}

#[utoipa::path(post, path = paths::ACTIVATIONS, request_body = ActivationRequest,
    responses((status = 200, body = User, description = "Activated: the account may sign in"),
        (status = 401, body = Error), (status = 429, body = Error)))]
pub(super) async fn activate(
    State(app): State<App>,
    Source(source): Source,
    Json(body): Json<ActivationRequest>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.activate_from(
            &body.login,
            &secret(body.code),
            &secret(body.password),
            &source,
        )
    })
    .await
}
