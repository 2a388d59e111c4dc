//! The `/v1` routes. Each handler is annotated for the OpenAPI document, which is built
//! from the same list the router is: they cannot disagree.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{App, Bearer, Source, call};
use crate::domain::import::{ClientBatch, ImportBatchResult, SubscriberBatch};
use crate::domain::{
    AuditEntry, ClientMoved, ClientPage, ClientQuery, CompanyId, Ended, NewSubscriber,
    Notification, Portfolio, Session, SessionEnd, SessionInfo, Setting, SpaceInfo, Subscriber,
    SubscriberAdded, SubscriberChange, User,
};
use crate::error::Error;
use crate::messages as msg;
use crate::secret::secret;
use crate::space::Space;

/// Pages of clients are capped so that one request cannot ask for the whole space.
pub const MAX_PAGE: u64 = 1000;
pub const DEFAULT_PAGE: u64 = 100;
/// Rows one import request may carry (the client sends `remote::BATCH`).
pub const MAX_BATCH: usize = 5000;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "urssaf-admin",
        description = "An accounting firm's Urssaf space: portfolios, subscribers, clients. \
            Errors are JSON objects {kind, message, hint}."
    ),
    components(schemas(Error)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = api.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub fn api() -> OpenApiRouter<App> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(healthz))
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(session_list, logout_all))
        .routes(routes!(session_end))
        .routes(routes!(user_sessions_end))
        .routes(routes!(me))
        .routes(routes!(activate))
        .routes(routes!(portfolio_list, portfolio_create))
        .routes(routes!(portfolio_show))
        .routes(routes!(portfolio_subscribers, subscriber_add))
        .routes(routes!(subscriber_modify, subscriber_remove))
        .routes(routes!(subscriber_list))
        .routes(routes!(admin_list))
        .routes(routes!(admin_add, admin_remove))
        .routes(routes!(client_list, client_add))
        .routes(routes!(client_move, client_remove))
        .routes(routes!(import_clients))
        .routes(routes!(import_subscribers))
        .routes(routes!(settings_show, settings_set))
        .routes(routes!(audit_list))
        .routes(routes!(notification_list))
}

#[derive(Debug, Default, Deserialize, IntoParams)]
pub struct DryRun {
    /// Check and show the change without making it.
    #[serde(default)]
    dry_run: bool,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct Limit {
    limit: Option<u64>,
}

impl Limit {
    fn get(&self) -> u64 {
        self.limit.unwrap_or(50).clamp(1, MAX_PAGE)
    }
}

#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    login: String,
    password: String,
}

#[derive(Deserialize, ToSchema)]
pub struct ActivationRequest {
    login: String,
    code: String,
    password: String,
}

#[derive(Deserialize, ToSchema)]
pub struct NewSubscriberBody {
    login: String,
    email: Option<String>,
    name: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct SubscriberPatch {
    name: Option<String>,
    email: Option<String>,
    suspended: Option<bool>,
}

#[derive(Deserialize, ToSchema)]
pub struct NewClient {
    /// SIREN or SIRET; spaces allowed.
    id: String,
    name: String,
    portfolio: i64,
}

#[derive(Deserialize, ToSchema)]
pub struct ClientPatch {
    /// The portfolio to move the client to.
    portfolio: i64,
}

#[derive(Deserialize, ToSchema)]
pub struct SettingsPatch {
    third_party_registration: Option<bool>,
    /// An SMTP URL; empty stops delivery.
    smtp: Option<String>,
    /// The sender; empty for the default.
    smtp_from: Option<String>,
    /// `fr` or `en`: the language of notifications.
    #[schema(value_type = Option<String>)]
    language: Option<crate::i18n::Lang>,
    /// Minutes a notification waits for more changes (0: at once).
    digest_minutes: Option<u32>,
}

impl SettingsPatch {
    fn setting(self) -> crate::error::Result<Setting> {
        let some = |s: String| Some(s).filter(|s| !s.is_empty());
        match (
            self.third_party_registration,
            self.smtp,
            self.smtp_from,
            self.language,
            self.digest_minutes,
        ) {
            (Some(on), None, None, None, None) => Ok(Setting::ThirdPartyRegistration(on)),
            (None, Some(url), None, None, None) => Ok(Setting::Smtp(some(url))),
            (None, None, Some(from), None, None) => Ok(Setting::SmtpFrom(some(from))),
            (None, None, None, Some(lang), None) => Ok(Setting::Language(lang)),
            (None, None, None, None, Some(m)) => Ok(Setting::DigestMinutes(m)),
            _ => Err(Error::invalid(msg::one_setting_at_a_time())),
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ClientsParams {
    portfolio: Option<i64>,
    search: Option<String>,
    /// At most this many (default 100, at most 1000).
    limit: Option<u64>,
    /// `next_cursor` of the previous page.
    cursor: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct SubscribersParams {
    portfolio: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct Health {
    status: &'static str,
}

#[utoipa::path(get, path = "/healthz", responses((status = 200, body = Health)))]
async fn healthz() -> Json<Health> {
    Json(Health { status: "ok" })
}

#[utoipa::path(post, path = "/v1/sessions", request_body = LoginRequest,
    responses((status = 201, body = Session), (status = 401, body = Error), (status = 429, body = Error)))]
async fn login(
    State(app): State<App>,
    Source(source): Source,
    Json(body): Json<LoginRequest>,
) -> Response {
    call(&app, StatusCode::CREATED, move |s| {
        s.login_from(&body.login, &secret(body.password), &source)
    })
    .await
}

#[utoipa::path(delete, path = "/v1/sessions/current", security(("bearer" = [])),
    responses((status = 200, body = Ended), (status = 401, body = Error)))]
async fn logout(State(app): State<App>, Bearer(token): Bearer) -> Response {
    end(app, token, SessionEnd::Current).await
}

#[utoipa::path(get, path = "/v1/sessions", security(("bearer" = [])),
    responses((status = 200, body = [SessionInfo]), (status = 401, body = Error)))]
async fn session_list(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.session_list(&token)).await
}

#[utoipa::path(delete, path = "/v1/sessions", security(("bearer" = [])),
    responses((status = 200, body = Ended), (status = 401, body = Error)))]
async fn logout_all(State(app): State<App>, Bearer(token): Bearer) -> Response {
    end(app, token, SessionEnd::All).await
}

#[utoipa::path(delete, path = "/v1/sessions/{id}", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 200, body = Ended), (status = 401, body = Error), (status = 404, body = Error)))]
async fn session_end(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<i64>,
) -> Response {
    end(app, token, SessionEnd::One(id)).await
}

#[utoipa::path(delete, path = "/v1/users/{login}/sessions", security(("bearer" = [])),
    params(("login" = String, Path)),
    responses((status = 200, body = Ended), (status = 401, body = Error), (status = 403, body = Error),
        (status = 404, body = Error)))]
async fn user_sessions_end(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(login): Path<String>,
) -> Response {
    end(app, token, SessionEnd::User(login)).await
}

async fn end(app: App, token: crate::secret::Secret, which: SessionEnd) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.session_end(&token, &which).map(|ended| Ended { ended })
    })
    .await
}

#[utoipa::path(get, path = "/v1/me", security(("bearer" = [])),
    responses((status = 200, body = User), (status = 401, body = Error)))]
async fn me(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.me(&token)).await
}

#[utoipa::path(post, path = "/v1/activations", request_body = ActivationRequest,
    responses((status = 200, body = User), (status = 401, body = Error), (status = 422, body = Error),
        (status = 429, body = Error)))]
async fn activate(
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

#[utoipa::path(get, path = "/v1/portfolios", security(("bearer" = [])),
    responses((status = 200, body = [Portfolio]), (status = 401, body = Error)))]
async fn portfolio_list(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.portfolio_list(&token)).await
}

#[utoipa::path(post, path = "/v1/portfolios", params(DryRun), security(("bearer" = [])),
    responses((status = 201, body = Portfolio), (status = 403, body = Error)))]
async fn portfolio_create(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<DryRun>,
) -> Response {
    let status = created_unless(q.dry_run);
    call(&app, status, move |s| s.portfolio_create(&token, q.dry_run)).await
}

#[utoipa::path(get, path = "/v1/portfolios/{number}", security(("bearer" = [])),
    params(("number" = i64, Path)),
    responses((status = 200, body = Portfolio), (status = 403, body = Error), (status = 404, body = Error)))]
async fn portfolio_show(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<i64>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.portfolio_show(&token, number)
    })
    .await
}

#[utoipa::path(get, path = "/v1/portfolios/{number}/subscribers", security(("bearer" = [])),
    params(("number" = i64, Path)),
    responses((status = 200, body = [Subscriber]), (status = 403, body = Error)))]
async fn portfolio_subscribers(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<i64>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.subscriber_list(&token, Some(number))
    })
    .await
}

#[utoipa::path(post, path = "/v1/portfolios/{number}/subscribers", security(("bearer" = [])),
    params(("number" = i64, Path), DryRun), request_body = NewSubscriberBody,
    responses((status = 201, body = SubscriberAdded), (status = 403, body = Error),
        (status = 409, body = Error), (status = 422, body = Error)))]
async fn subscriber_add(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<i64>,
    Query(q): Query<DryRun>,
    Json(body): Json<NewSubscriberBody>,
) -> Response {
    let new = NewSubscriber {
        portfolio: number,
        login: body.login,
        email: body.email,
        name: body.name,
    };
    call(&app, created_unless(q.dry_run), move |s| {
        s.subscriber_add(&token, &new, q.dry_run)
    })
    .await
}

#[utoipa::path(patch, path = "/v1/portfolios/{number}/subscribers/{login}", security(("bearer" = [])),
    params(("number" = i64, Path), ("login" = String, Path), DryRun), request_body = SubscriberPatch,
    responses((status = 200, body = Subscriber), (status = 403, body = Error), (status = 404, body = Error)))]
async fn subscriber_modify(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path((number, login)): Path<(i64, String)>,
    Query(q): Query<DryRun>,
    Json(body): Json<SubscriberPatch>,
) -> Response {
    let change = SubscriberChange {
        portfolio: number,
        login,
        name: body.name,
        email: body.email,
        suspended: body.suspended,
    };
    call(&app, StatusCode::OK, move |s| {
        s.subscriber_modify(&token, &change, q.dry_run)
    })
    .await
}

#[utoipa::path(delete, path = "/v1/portfolios/{number}/subscribers/{login}", security(("bearer" = [])),
    params(("number" = i64, Path), ("login" = String, Path), DryRun),
    responses((status = 200, body = Subscriber), (status = 403, body = Error), (status = 404, body = Error)))]
async fn subscriber_remove(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path((number, login)): Path<(i64, String)>,
    Query(q): Query<DryRun>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.subscriber_remove(&token, number, &login, q.dry_run)
    })
    .await
}

#[utoipa::path(get, path = "/v1/subscribers", security(("bearer" = [])), params(SubscribersParams),
    responses((status = 200, body = [Subscriber]), (status = 401, body = Error)))]
async fn subscriber_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<SubscribersParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.subscriber_list(&token, q.portfolio)
    })
    .await
}

#[utoipa::path(get, path = "/v1/admins", security(("bearer" = [])),
    responses((status = 200, body = [User]), (status = 403, body = Error)))]
async fn admin_list(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.admin_list(&token)).await
}

#[utoipa::path(put, path = "/v1/admins/{login}", security(("bearer" = [])),
    params(("login" = String, Path), DryRun),
    responses((status = 200, body = User), (status = 403, body = Error), (status = 409, body = Error)))]
async fn admin_add(
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

#[utoipa::path(delete, path = "/v1/admins/{login}", security(("bearer" = [])),
    params(("login" = String, Path), DryRun),
    responses((status = 200, body = User), (status = 403, body = Error), (status = 409, body = Error)))]
async fn admin_remove(
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

#[utoipa::path(get, path = "/v1/clients", security(("bearer" = [])), params(ClientsParams),
    responses((status = 200, body = ClientPage), (status = 403, body = Error)))]
async fn client_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<ClientsParams>,
) -> Response {
    let query = ClientQuery {
        portfolio: q.portfolio,
        search: q.search,
        limit: Some(q.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE)),
        cursor: q.cursor,
    };
    call(&app, StatusCode::OK, move |s| s.client_list(&token, &query)).await
}

#[utoipa::path(post, path = "/v1/clients", security(("bearer" = [])), params(DryRun),
    request_body = NewClient,
    responses((status = 201, body = crate::domain::Client), (status = 409, body = Error), (status = 422, body = Error)))]
async fn client_add(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<DryRun>,
    Json(body): Json<NewClient>,
) -> Response {
    call(&app, created_unless(q.dry_run), move |s| {
        let id = CompanyId::parse(&body.id)?;
        s.client_add(&token, &id, &body.name, body.portfolio, q.dry_run)
    })
    .await
}

#[utoipa::path(patch, path = "/v1/clients/{id}", security(("bearer" = [])),
    params(("id" = String, Path, description = "SIREN or SIRET"), DryRun), request_body = ClientPatch,
    responses((status = 200, body = ClientMoved), (status = 404, body = Error), (status = 409, body = Error)))]
async fn client_move(
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

#[utoipa::path(delete, path = "/v1/clients/{id}", security(("bearer" = [])),
    params(("id" = String, Path, description = "SIREN or SIRET"), DryRun),
    responses((status = 200, body = crate::domain::Client), (status = 404, body = Error)))]
async fn client_remove(
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

#[utoipa::path(get, path = "/v1/settings", security(("bearer" = [])),
    responses((status = 200, body = SpaceInfo), (status = 403, body = Error)))]
async fn settings_show(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.settings_show(&token)).await
}

#[utoipa::path(patch, path = "/v1/settings", security(("bearer" = [])), params(DryRun),
    request_body = SettingsPatch,
    responses((status = 200, body = SpaceInfo), (status = 403, body = Error)))]
async fn settings_set(
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

#[utoipa::path(get, path = "/v1/audit", security(("bearer" = [])), params(Limit),
    responses((status = 200, body = [AuditEntry]), (status = 403, body = Error)))]
async fn audit_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<Limit>,
) -> Response {
    call(&app, StatusCode::OK, move |s| s.audit_list(&token, q.get())).await
}

#[utoipa::path(get, path = "/v1/notifications", security(("bearer" = [])), params(Limit),
    responses((status = 200, body = [Notification]), (status = 401, body = Error)))]
async fn notification_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<Limit>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.notification_list(&token, q.get())
    })
    .await
}

#[utoipa::path(post, path = "/v1/imports/clients", security(("bearer" = [])),
    request_body = ClientBatch,
    responses((status = 200, body = ImportBatchResult, description = "One outcome per row, in order; the batch is one transaction"),
        (status = 403, body = Error), (status = 422, body = Error)))]
async fn import_clients(
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

#[utoipa::path(post, path = "/v1/imports/subscribers", security(("bearer" = [])),
    request_body = SubscriberBatch,
    responses((status = 200, body = ImportBatchResult, description = "One outcome per row, in order; the batch is one transaction"),
        (status = 403, body = Error), (status = 422, body = Error)))]
async fn import_subscribers(
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
    Ok(ImportBatchResult { outcomes, summary })
}

fn created_unless(dry_run: bool) -> StatusCode {
    if dry_run {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    }
}
