//! `urssaf-admin serve`: the space over HTTP. A thin layer: it reads the bearer token,
//! calls the local space (where the rules are) on a blocking thread, and turns the
//! outcome into JSON and a status code.

mod answers;
mod routes;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::messages as msg;
use crate::secret::{Secret, secret};

use crate::space::Space;
use crate::space::local::LocalSpace;

use crate::contract::{self, BODY_LIMIT, REQUEST_TIMEOUT};
pub use crate::tls::install_crypto;

/// A client that sends its headers slower than this is disconnected.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Requests in flight get this long to finish after SIGINT/SIGTERM.
const GRACE: Duration = Duration::from_secs(10);

pub struct ServeOptions {
    pub db: PathBuf,
    pub listen: SocketAddr,
    pub tls: Option<(PathBuf, PathBuf)>,
    pub insecure_plain_http: bool,
    pub smtp_password: Option<crate::secret::Secret>,
    /// Proxies whose `X-Forwarded-For` names the client; anyone else's is ignored.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// The state every handler gets: cloned for each request, so one reference count.
#[derive(Clone)]
pub struct App(Arc<Shared>);

pub struct Shared {
    pub space: Arc<LocalSpace>,
    pub trusted_proxies: Vec<std::net::IpAddr>,
    pub recent: Recent,
    pub answers: answers::Answers,
}

impl std::ops::Deref for App {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// Sessions found valid in the last `RECENT_FOR`, by the hash of their token, with
/// their login: the extractor's early check (401 before the path, query or body is read)
/// then costs no transaction of its own. It decides nothing else: every call still
/// authenticates in its own transaction (R1), so an ended or disabled session is
/// refused on its very next call all the same.
#[derive(Default)]
pub struct Recent(std::sync::Mutex<std::collections::HashMap<[u8; 32], (String, Instant)>>);

const RECENT_FOR: Duration = Duration::from_secs(2);
const RECENT_MAX: usize = 4096;

impl Recent {
    fn key(token: &Secret) -> [u8; 32] {
        use secrecy::ExposeSecret;
        use sha2::Digest;
        sha2::Sha256::digest(token.expose_secret().as_bytes()).into()
    }

    fn login(&self, token: &Secret) -> Option<String> {
        let seen = self.0.lock().unwrap_or_else(|p| p.into_inner());
        seen.get(&Self::key(token))
            .filter(|(_, at)| at.elapsed() < RECENT_FOR)
            .map(|(login, _)| login.clone())
    }

    fn remember(&self, token: &Secret, login: &str) {
        let mut seen = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if seen.len() >= RECENT_MAX {
            seen.retain(|_, (_, at)| at.elapsed() < RECENT_FOR);
            if seen.len() >= RECENT_MAX {
                seen.clear();
            }
        }
        seen.insert(Self::key(token), (login.to_string(), Instant::now()));
    }
}

/// The router and the OpenAPI document, from the same annotated handlers.
pub fn router(app: App) -> (Router, utoipa::openapi::OpenApi) {
    let (router, mut api) = routes::api().split_for_parts();
    utoipa::Modify::modify(&routes::CommonResponses, &mut api);
    let api_json = Arc::new(api.to_pretty_json().unwrap_or_default());
    let router = router
        .route(
            contract::paths::OPENAPI,
            axum::routing::get(move || {
                let doc = api_json.clone();
                async move {
                    (
                        [(header::CONTENT_TYPE, "application/json")],
                        doc.to_string(),
                    )
                }
            }),
        )
        .fallback(|| async { ApiError(Error::not_found(msg::no_such_route())) })
        .layer(middleware::from_fn(log_request))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn(json_errors))
        .layer(middleware::from_fn(language))
        .with_state(app);
    (router, api)
}

/// How often the worker looks for notifications to email.
const MAIL_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// The outbox goes out continuously (R10), whatever the requests do; a failure is
/// logged, and the messages are tried again with their backoff.
fn deliver_in_background(space: Arc<LocalSpace>, password: Option<crate::secret::Secret>) {
    std::thread::spawn(move || {
        let mut last_error = String::new();
        loop {
            let found = || Ok(password.clone());
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                crate::space::mail::deliver(&space, &found)
            }))
            .unwrap_or_else(|_| Err(crate::error::Error::other(msg::internal_error())))
            {
                Ok(Some(done)) if done.sent + done.failed > 0 => {
                    eprintln!("{}", msg::mail_log(done.sent, done.failed));
                    last_error.clear();
                }
                Ok(_) => last_error.clear(),
                // Said once, not every second.
                Err(e) if e.message != last_error => {
                    eprintln!("{}", msg::mail_log_error(&e.message));
                    last_error = e.message;
                }
                Err(_) => {}
            }
            std::thread::sleep(MAIL_EVERY);
        }
    });
}

/// How often `serve` applies the space's retention (RGPD): at start, then daily.
const RETENTION_EVERY: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// Old audit entries and message bodies go without anyone having to run `audit purge`.
fn retention_in_background(space: Arc<LocalSpace>) {
    std::thread::spawn(move || {
        loop {
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| space.apply_retention()))
                .unwrap_or_else(|_| Err(crate::error::Error::other(msg::internal_error())))
            {
                Ok(p) if p.audit_entries + p.message_bodies > 0 => {
                    eprintln!("{}", msg::purge_log(p.audit_entries, p.message_bodies))
                }
                Ok(_) => {}
                Err(e) => eprintln!("{}", msg::purge_log_error(&e.message)),
            }
            std::thread::sleep(RETENTION_EVERY);
        }
    });
}

pub fn serve(mut opts: ServeOptions) -> Result<()> {
    install_crypto();
    if opts.tls.is_none() && !opts.listen.ip().is_loopback() && !opts.insecure_plain_http {
        return Err(Error::usage(msg::plain_http_refused(&opts.listen)).hint(msg::hint_tls()));
    }
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    // As many blocking threads as connections: a request never waits for both.
    let connections = workers * 2;
    let space = LocalSpace::open_with(&opts.db, u32::try_from(connections).unwrap_or(4))?;
    let app = App(Arc::new(Shared {
        space: Arc::new(space),
        trusted_proxies: std::mem::take(&mut opts.trusted_proxies),
        recent: Recent::default(),
        answers: answers::Answers::default(),
    }));
    deliver_in_background(app.space.clone(), opts.smtp_password.take());
    retention_in_background(app.space.clone());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .max_blocking_threads(connections)
        .enable_all()
        .build()
        .map_err(|e| Error::other(e.to_string()))?;
    runtime.block_on(run(app, opts))
}

async fn run(app: App, opts: ServeOptions) -> Result<()> {
    let (router, _) = router(app);
    let listener = std::net::TcpListener::bind(opts.listen)
        .map_err(|e| Error::other(msg::cannot_listen(&opts.listen, &e)))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let handle = axum_server::Handle::new();
    tokio::spawn(shutdown_on_signal(handle.clone()));
    let scheme = if opts.tls.is_some() { "https" } else { "http" };
    if opts.tls.is_none() && !addr.ip().is_loopback() {
        eprintln!("{}", msg::plain_http_warning(&addr));
    }
    // The address goes to stdout, alone on its line: scripts and tests read it there.
    println!("{scheme}://{addr}");
    eprintln!("{}", msg::serving(&opts.db, &format!("{scheme}://{addr}")));
    let service = router.into_make_service_with_connect_info::<SocketAddr>();
    let served = match opts.tls {
        Some((cert, key)) => {
            let config = axum_server::tls_rustls::RustlsConfig::from_pem_file(&cert, &key)
                .await
                .map_err(|e| Error::invalid(msg::tls_files_invalid(&cert, &key, &e)))?;
            let mut server = axum_server::from_tcp_rustls(listener, config)?.handle(handle);
            server
                .http_builder()
                .http1()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT);
            server.serve(service).await
        }
        None => {
            let mut server = axum_server::from_tcp(listener)?.handle(handle);
            server
                .http_builder()
                .http1()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT);
            server.serve(service).await
        }
    };
    served.map_err(|e| Error::other(e.to_string()))?;
    eprintln!("{}", msg::server_stopped());
    Ok(())
}

async fn shutdown_on_signal(handle: axum_server::Handle<SocketAddr>) {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        let term = async {
            match term.as_mut() {
                Some(t) => {
                    t.recv().await;
                }
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
    handle.graceful_shutdown(Some(GRACE));
}

/// One line per request: method, path, status, duration, login. Never a token, never
/// a query string (it could hold a search on a client's name) or a body.
async fn log_request(mut req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let path = msg::shown_at_most(req.uri().path(), 200);
    let caller = Caller::default();
    req.extensions_mut().insert(caller.clone());
    let response = next.run(req).await;
    let login = caller.0.get().map_or("-", String::as_str);
    let tenths = start.elapsed().as_micros() / 100;
    let line = format!(
        "{method} {path} {} {}.{}ms {login}\n",
        response.status().as_u16(),
        tenths / 10,
        tenths % 10
    );
    // One write: stderr is unbuffered, and `eprintln!` writes each piece on its own.
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), line.as_bytes());
    response
}

/// Where a request comes from, for throttling sign-ins and listing sessions: the peer's
/// address, or, from a declared proxy only, the client that `X-Forwarded-For` names (its
/// last entry that is not itself a trusted proxy). Anyone can write that header, so it
/// is never read from an untrusted peer.
pub struct Source(pub String);

impl axum::extract::FromRequestParts<App> for Source {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &App,
    ) -> std::result::Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(Source(match peer {
            Some(ip) => client_address(ip, &parts.headers, &app.trusted_proxies).to_string(),
            None => "unknown".to_string(),
        }))
    }
}

pub fn client_address(
    peer: std::net::IpAddr,
    headers: &HeaderMap,
    trusted: &[std::net::IpAddr],
) -> std::net::IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<std::net::IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|hop| hop.trim().parse())
        .collect::<std::result::Result<_, _>>()
        // A list we cannot read is no proof of anything: the proxy itself is the source.
        .unwrap_or_default();
    hops.into_iter()
        .rev()
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(peer)
}

/// The caller's token, from `Authorization: Bearer ...`, checked against the sessions
/// before the rest of the request is read: it is the first extractor of every secured
/// handler, so a request without a valid session is answered 401 before its path, query
/// or body can be refused for their own faults. The login it finds names the caller on
/// the log line.
pub struct Bearer(pub Secret);

impl axum::extract::FromRequestParts<App> for Bearer {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &App,
    ) -> std::result::Result<Self, Self::Rejection> {
        let Some(token) = bearer(&parts.headers) else {
            return Err(ApiError(
                Error::auth(msg::not_signed_in()).hint(msg::hint_login()),
            ));
        };
        let told = |login: String| {
            if let Some(caller) = parts.extensions.get::<Caller>() {
                let _ = caller.0.set(login);
            }
        };
        if let Some(login) = app.recent.login(&token) {
            told(login);
            return Ok(Bearer(token));
        }
        let space = app.space.clone();
        let lang = crate::i18n::current();
        let checked = token.clone();
        let outcome =
            tokio::task::spawn_blocking(move || crate::i18n::with(lang, || space.me(&checked)))
                .await;
        match outcome {
            Ok(Ok(user)) => {
                app.recent.remember(&token, &user.login);
                told(user.login);
                Ok(Bearer(token))
            }
            Ok(Err(e)) => Err(ApiError(e)),
            Err(_) => Err(ApiError(Error::other(msg::internal_error()))),
        }
    }
}

/// `Bearer TOKEN` (the scheme in any case, RFC 9110), or nothing: a missing, empty or
/// otherwise malformed header is no token at all.
fn bearer(headers: &HeaderMap) -> Option<Secret> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim_start();
    let token68 = |c: char| c.is_ascii_alphanumeric() || "-._~+/=".contains(c);
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && token.chars().all(token68))
        .then(|| secret(token))
}

pub struct ApiError(pub Error);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        // Bounded and escaped here too: a client prints what it gets.
        let error = Error {
            message: msg::terminal_safe(&self.0.message),
            hint: self.0.hint.as_deref().map(msg::terminal_safe),
            ..self.0
        };
        let status = StatusCode::from_u16(contract::status_of(error.kind))
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, axum::Json(&error)).into_response();
        if let Some(seconds) = error.retry_after
            && let Ok(v) = HeaderValue::from_str(&seconds.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        response
    }
}

/// Answers (errors included) in the language the client asks for with Accept-Language.
async fn language(req: axum::extract::Request, next: Next) -> Response {
    let lang = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::i18n::from_accept_language)
        .unwrap_or_else(crate::i18n::current);
    crate::i18n::REQUEST.scope(lang, next.run(req)).await
}

/// Every refusal is our JSON error, in the client's language: axum's own rejections (a
/// malformed path, query or body) and the limit and timeout layers answer in plain
/// English text otherwise.
async fn json_errors(req: axum::extract::Request, next: Next) -> Response {
    let response = next.run(req).await;
    let status = response.status();
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let error = Error::new(
        contract::kind_of(status.as_u16()),
        msg::request_refused(status.as_u16()),
    );
    let mut answer = (status, axum::Json(&error)).into_response();
    // Allow (405), Retry-After (503) and the like stay; only the body changes.
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            answer.headers_mut().append(name, value.clone());
        }
    }
    answer
}

/// Who made a request, for the log line: the bearer check fills it in.
#[derive(Clone, Default)]
struct Caller(Arc<std::sync::OnceLock<String>>);

/// Runs a call to the space on a blocking thread and answers with its outcome.
pub async fn call<T, F>(app: &App, status: StatusCode, f: F) -> Response
where
    T: Serialize + Send + 'static,
    F: FnOnce(&LocalSpace) -> Result<T> + Send + 'static,
{
    let space = app.space.clone();
    let lang = crate::i18n::current();
    let outcome = tokio::task::spawn_blocking(move || {
        let value = crate::i18n::with(lang, || f(&space));
        (value, space.take_would_notify())
    })
    .await
    .map(|(value, told)| value.map(|v| (v, told)));
    match outcome {
        Ok(Ok((value, told))) => {
            let mut response = (status, axum::Json(value)).into_response();
            if !told.is_empty()
                && let Ok(v) = HeaderValue::from_str(&crate::contract::logins_header(&told))
            {
                response
                    .headers_mut()
                    .insert(crate::contract::WOULD_NOTIFY, v);
            }
            response
        }
        Ok(Err(e)) => ApiError(e).into_response(),
        Err(_) => ApiError(Error::other(msg::internal_error())).into_response(),
    }
}
