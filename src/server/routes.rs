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
use crate::domain::import::{ClientBatch, ImportBatchResult, RowOutcome, SubscriberBatch};
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
/// Largest body of a request made before signing in: a login, a password, a code.
pub const SIGN_IN_BODY_LIMIT: usize = 16 * 1024;
/// Rows one import request may carry (the client sends `remote::BATCH`).
pub const MAX_BATCH: usize = 5000;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "urssaf-admin",
        description = "An accounting firm's Urssaf space: portfolios, subscribers, clients. \
            Errors are JSON objects {kind, message, hint}, in the language of Accept-Language. \
            Every route but /healthz, POST /v1/sessions and POST /v1/activations needs \
            `Authorization: Bearer TOKEN`; without a valid session it answers 401 before \
            anything else of the request is read. A request axum cannot read (a malformed \
            path, query or JSON body) is 400; a readable one that a rule refuses is 422. \
            Numbers in paths and queries are plain digits (no sign, no leading zero): \
            anything else is 422."
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

/// What every operation may answer besides its own responses: the refusals of axum's
/// extractors, of the body limit and of the timeout layer, and of the bearer check. Run
/// on the document built from the router's own list, after every route is in it.
pub struct CommonResponses;

impl utoipa::Modify for CommonResponses {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        for item in api.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for op in operations.into_iter().flatten() {
                let secured = op.security.as_ref().is_some_and(|s| !s.is_empty());
                let body = op.request_body.is_some();
                let params = op.parameters.as_ref().is_some_and(|p| !p.is_empty());
                let mut common = vec![413, 500, 503];
                if secured {
                    common.push(401);
                }
                if body || params {
                    common.extend([400, 422]);
                }
                if body {
                    common.push(415);
                }
                for status in common {
                    op.responses
                        .responses
                        .entry(status.to_string())
                        .or_insert_with(|| error_response(status).into());
                }
                for (status, response) in op.responses.responses.iter_mut() {
                    if let utoipa::openapi::RefOr::T(r) = response
                        && r.description.is_empty()
                    {
                        r.description = describe(status.parse().unwrap_or_default()).into();
                    }
                }
            }
        }
    }
}

fn error_response(status: u16) -> utoipa::openapi::Response {
    use utoipa::openapi::{Content, Ref, ResponseBuilder};
    let mut response = ResponseBuilder::new()
        .description(describe(status))
        .content(
            "application/json",
            Content::new(Some(Ref::from_schema_name("Error"))),
        );
    if status == 429 {
        response = response.header("Retry-After", retry_after());
    }
    response.build()
}

fn retry_after() -> utoipa::openapi::Header {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    utoipa::openapi::HeaderBuilder::new()
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(0)),
        ))
        .description(Some("Seconds to wait before trying again"))
        .build()
}

/// What a status means on this API, for the responses the annotations leave undescribed.
fn describe(status: u16) -> &'static str {
    match status {
        200 => "Done",
        201 => "Created",
        400 => "Malformed request: the path, the query or the JSON body cannot be read",
        401 => {
            "Not signed in: no valid `Authorization: Bearer` header, an unknown or expired \
                session, or wrong credentials"
        }
        403 => {
            "Not allowed: administrators only (R2), or a portfolio that is not the caller's (R7)"
        }
        404 => "Not found",
        409 => {
            "Conflict: a duplicate, a run of another administrator, or the last administrator (R3)"
        }
        413 => "The body is larger than 4 MiB",
        415 => "The body is not `application/json`",
        422 => {
            "Refused by a rule: a SIREN checksum, an email, a number that is not in plain \
                digits from 1, `limit=0`, a batch of more than 5000 rows, ..."
        }
        429 => "Too many wrong passwords: the login is locked for `Retry-After` seconds",
        500 => "Internal error",
        503 => "Not finished within 30 s; a change may still have been made",
        _ => "See the error's `kind` and `message`",
    }
}

pub fn api() -> OpenApiRouter<App> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(healthz))
        .routes(routes!(logout))
        .routes(routes!(session_list, logout_all))
        .routes(routes!(session_end))
        .routes(routes!(user_sessions_end))
        .routes(routes!(me))
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
        // Sign-in and activation are open to anyone: their bodies are small.
        .merge(
            OpenApiRouter::new()
                .routes(routes!(login))
                .routes(routes!(activate))
                .layer(tower_http::limit::RequestBodyLimitLayer::new(
                    SIGN_IN_BODY_LIMIT,
                )),
        )
}

#[derive(Debug, Default, Deserialize, IntoParams)]
pub struct DryRun {
    /// Check and show the change without making it.
    #[serde(default)]
    dry_run: bool,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct Limit {
    /// At most this many, the newest first (default 50). Plain digits from 1; a larger
    /// number than 1000 is read as 1000.
    #[param(value_type = Option<i64>, minimum = 1)]
    limit: Option<String>,
}

impl Limit {
    fn get(&self) -> crate::error::Result<u64> {
        page_limit(self.limit.as_deref(), 50)
    }
}

/// `limit`: refused below 1 as the command line refuses it, capped at `MAX_PAGE`.
fn page_limit(raw: Option<&str>, default: u64) -> crate::error::Result<u64> {
    match raw.map(plain_number) {
        None => Ok(default),
        Some(Some(n)) if n >= 1 => Ok(n.unsigned_abs().min(MAX_PAGE)),
        Some(_) => Err(Error::invalid(msg::limit_invalid(raw.unwrap_or_default()))),
    }
}

/// A portfolio number in a path or a query, as the API writes it: plain digits from 1.
/// `+1`, `01` or `1.0` are refused (422), not read as 1: one portfolio, one address.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct PortfolioNumber(String);

impl PortfolioNumber {
    fn get(&self) -> crate::error::Result<i64> {
        plain_number(&self.0)
            .filter(|n| *n >= 1)
            .ok_or_else(|| Error::invalid(msg::number_not_plain(&self.0)))
    }
}

/// Digits only, no leading zero, within `i64`.
fn plain_number(s: &str) -> Option<i64> {
    let plain =
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    if plain { s.parse().ok() } else { None }
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
    #[param(value_type = Option<i64>, minimum = 1)]
    portfolio: Option<PortfolioNumber>,
    search: Option<String>,
    /// At most this many (default 100). Plain digits from 1; a larger number than 1000
    /// is read as 1000.
    #[param(value_type = Option<i64>, minimum = 1)]
    limit: Option<String>,
    /// `next_cursor` of the previous page.
    cursor: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct SubscribersParams {
    #[param(value_type = Option<i64>, minimum = 1)]
    portfolio: Option<PortfolioNumber>,
}

#[derive(Serialize, ToSchema)]
pub struct Health {
    status: &'static str,
}

#[utoipa::path(get, path = "/healthz", responses((status = 200, body = Health, description = "The server is up")))]
async fn healthz() -> Json<Health> {
    Json(Health { status: "ok" })
}

#[utoipa::path(post, path = "/v1/sessions", request_body = LoginRequest,
    responses((status = 201, body = Session, description = "Signed in: the session's bearer token"),
        (status = 401, body = Error), (status = 429, body = Error)))]
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
    responses((status = 200, body = Ended, description = "Signed out: the token no longer works")))]
async fn logout(State(app): State<App>, Bearer(token): Bearer) -> Response {
    end(app, token, SessionEnd::Current).await
}

#[utoipa::path(get, path = "/v1/sessions", security(("bearer" = [])),
    responses((status = 200, body = [SessionInfo], description = "The caller's open sessions")))]
async fn session_list(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.session_list(&token)).await
}

#[utoipa::path(delete, path = "/v1/sessions", security(("bearer" = [])),
    responses((status = 200, body = Ended, description = "Every session of the caller ended")))]
async fn logout_all(State(app): State<App>, Bearer(token): Bearer) -> Response {
    end(app, token, SessionEnd::All).await
}

#[utoipa::path(delete, path = "/v1/sessions/{id}", security(("bearer" = [])),
    params(("id" = i64, Path, minimum = 1)),
    responses((status = 200, body = Ended, description = "That session ended"),
        (status = 404, body = Error)))]
async fn session_end(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(id): Path<PortfolioNumber>,
) -> Response {
    match id.get() {
        Ok(id) => end(app, token, SessionEnd::One(id)).await,
        Err(e) => axum::response::IntoResponse::into_response(super::ApiError(e)),
    }
}

#[utoipa::path(delete, path = "/v1/users/{login}/sessions", security(("bearer" = [])),
    params(("login" = String, Path)),
    responses((status = 200, body = Ended, description = "Every session of that person ended"),
        (status = 403, body = Error), (status = 404, body = Error)))]
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
    responses((status = 200, body = User, description = "The signed-in user")))]
async fn me(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.me(&token)).await
}

#[utoipa::path(post, path = "/v1/activations", request_body = ActivationRequest,
    responses((status = 200, body = User, description = "Activated: the account may sign in"),
        (status = 401, body = Error), (status = 429, body = Error)))]
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
    responses((status = 200, body = [Portfolio], description = "The portfolios the caller may see")))]
async fn portfolio_list(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.portfolio_list(&token)).await
}

#[utoipa::path(post, path = "/v1/portfolios", params(DryRun), security(("bearer" = [])),
    responses((status = 201, body = Portfolio, description = "Created"),
        (status = 200, body = Portfolio, description = "Dry run: the portfolio it would create"),
        (status = 403, body = Error)))]
async fn portfolio_create(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<DryRun>,
) -> Response {
    let status = created_unless(q.dry_run);
    call(&app, status, move |s| s.portfolio_create(&token, q.dry_run)).await
}

#[utoipa::path(get, path = "/v1/portfolios/{number}", security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1)),
    responses((status = 200, body = Portfolio, description = "The portfolio"),
        (status = 403, body = Error), (status = 404, body = Error)))]
async fn portfolio_show(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<PortfolioNumber>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.portfolio_show(&token, number.get()?)
    })
    .await
}

#[utoipa::path(get, path = "/v1/portfolios/{number}/subscribers", security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1)),
    responses((status = 200, body = [Subscriber], description = "The portfolio's subscribers"),
        (status = 403, body = Error), (status = 404, body = Error)))]
async fn portfolio_subscribers(
    State(app): State<App>,
    Bearer(token): Bearer,
    Path(number): Path<PortfolioNumber>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.subscriber_list(&token, Some(number.get()?))
    })
    .await
}

#[utoipa::path(post, path = "/v1/portfolios/{number}/subscribers", security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1), DryRun), request_body = NewSubscriberBody,
    responses((status = 201, body = SubscriberAdded, description = "Subscribed; a new account comes with its activation code"),
        (status = 200, body = SubscriberAdded, description = "Dry run: what it would do"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
async fn subscriber_add(
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

#[utoipa::path(patch, path = "/v1/portfolios/{number}/subscribers/{login}", security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1), ("login" = String, Path), DryRun), request_body = SubscriberPatch,
    responses((status = 200, body = Subscriber, description = "The subscriber as changed (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error)))]
async fn subscriber_modify(
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

#[utoipa::path(delete, path = "/v1/portfolios/{number}/subscribers/{login}", security(("bearer" = [])),
    params(("number" = i64, Path, minimum = 1), ("login" = String, Path), DryRun),
    responses((status = 200, body = Subscriber, description = "The subscription removed (with `dry_run`, that would be)"),
        (status = 403, body = Error), (status = 404, body = Error)))]
async fn subscriber_remove(
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

#[utoipa::path(get, path = "/v1/subscribers", security(("bearer" = [])), params(SubscribersParams),
    responses((status = 200, body = [Subscriber], description = "The subscribers the caller may see"),
        (status = 403, body = Error), (status = 404, body = Error)))]
async fn subscriber_list(
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

#[utoipa::path(get, path = "/v1/admins", security(("bearer" = [])),
    responses((status = 200, body = [User], description = "The administrators"), (status = 403, body = Error)))]
async fn admin_list(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.admin_list(&token)).await
}

#[utoipa::path(put, path = "/v1/admins/{login}", security(("bearer" = [])),
    params(("login" = String, Path), DryRun),
    responses((status = 200, body = User, description = "The new administrator (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
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
    responses((status = 200, body = User, description = "The former administrator (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
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
    responses((status = 200, body = ClientPage, description = "A page of clients; `next_cursor` asks for the next one"),
        (status = 403, body = Error), (status = 404, body = Error)))]
async fn client_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<ClientsParams>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        let query = ClientQuery {
            portfolio: q.portfolio.as_ref().map(PortfolioNumber::get).transpose()?,
            search: q.search,
            limit: Some(page_limit(q.limit.as_deref(), DEFAULT_PAGE)?),
            cursor: q.cursor,
        };
        s.client_list(&token, &query)
    })
    .await
}

#[utoipa::path(post, path = "/v1/clients", security(("bearer" = [])), params(DryRun),
    request_body = NewClient,
    responses((status = 201, body = crate::domain::Client, description = "Added"),
        (status = 200, body = crate::domain::Client, description = "Dry run: the client it would add"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
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
    responses((status = 200, body = ClientMoved, description = "Moved (with `dry_run`, as it would be)"),
        (status = 403, body = Error), (status = 404, body = Error), (status = 409, body = Error)))]
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
    responses((status = 200, body = crate::domain::Client, description = "Removed (with `dry_run`, that would be)"),
        (status = 403, body = Error), (status = 404, body = Error)))]
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
    responses((status = 200, body = SpaceInfo, description = "The space and its settings"), (status = 403, body = Error)))]
async fn settings_show(State(app): State<App>, Bearer(token): Bearer) -> Response {
    call(&app, StatusCode::OK, move |s| s.settings_show(&token)).await
}

#[utoipa::path(patch, path = "/v1/settings", security(("bearer" = [])), params(DryRun),
    request_body(content = SettingsPatch, description = "Exactly one setting"),
    responses((status = 200, body = SpaceInfo, description = "The settings as changed (with `dry_run`, as they would be)"),
        (status = 403, body = Error)))]
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
    responses((status = 200, body = [AuditEntry], description = "The latest audit entries"), (status = 403, body = Error)))]
async fn audit_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<Limit>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.audit_list(&token, q.get()?)
    })
    .await
}

#[utoipa::path(get, path = "/v1/notifications", security(("bearer" = [])), params(Limit),
    responses((status = 200, body = [Notification], description = "The latest notifications the caller may see")))]
async fn notification_list(
    State(app): State<App>,
    Bearer(token): Bearer,
    Query(q): Query<Limit>,
) -> Response {
    call(&app, StatusCode::OK, move |s| {
        s.notification_list(&token, q.get()?)
    })
    .await
}

#[utoipa::path(post, path = "/v1/imports/clients", security(("bearer" = [])),
    request_body = ClientBatch,
    responses((status = 200, body = ImportBatchResult, description = "One outcome per row, in order; the batch is one transaction. \
        Nothing is written when `dry_run` is set, or when a row fails without `skip_invalid`: \
        the rows then say `would-create` or `would-move`, and `summary.written` is false"),
        (status = 403, body = Error), (status = 409, body = Error)))]
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
    responses((status = 200, body = ImportBatchResult, description = "One outcome per row, in order; the batch is one transaction. \
        Nothing is written when `dry_run` is set, or when a row fails without `skip_invalid`: \
        the rows then say `would-create`, carry no activation code, and `summary.written` is false"),
        (status = 403, body = Error), (status = 409, body = Error)))]
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
    // A batch that wrote nothing says so row by row, as the command line's report does.
    if !summary.written {
        outcomes = outcomes.into_iter().map(RowOutcome::unwritten).collect();
    }
    Ok(ImportBatchResult { outcomes, summary })
}

fn created_unless(dry_run: bool) -> StatusCode {
    if dry_run {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// One number, one way to write it: what is accepted writes back the same.
        #[test]
        fn a_path_number_is_its_plain_digits(s in "[-+0-9 .a-z]{0,22}", n in 0i64..) {
            if let Some(v) = super::plain_number(&s) {
                prop_assert_eq!(v.to_string(), s);
            }
            prop_assert_eq!(super::plain_number(&n.to_string()), Some(n));
        }
    }
}
