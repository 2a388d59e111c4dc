//! The space behind `urssaf-admin serve`: every call is one HTTP request; the rules are
//! the server's (the same local implementation). What is read is also kept in the
//! profile's offline cache.

use std::cell::{Cell, OnceCell};
use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::Method;
use reqwest::blocking::{Client as Http, RequestBuilder};
use serde::Serialize;
use serde::de::DeserializeOwned;

mod import;

use super::cache::Cache;
use super::{Outcomes, Rows, Space};
use crate::contract::{
    self, ActivationRequest, ClientPatch, ClientsParams, Limit, LoginRequest, NewClient,
    NewSubscriberBody, SettingsPatch, SubscriberPatch, SubscribersParams, paths,
};
use crate::domain::Ended;
use crate::domain::import::{
    ClientFile, ClientRow, ImportOptions, ImportSummary, SubscriberFile, SubscriberRow, checked,
};
use crate::domain::mandate::{Mandate, MandateQuery, MandateTerms};
use crate::domain::personal::{Erased, PersonalData, Purged};
use crate::domain::portal::{PortalFile, SyncPlan, SyncRequest};
use crate::domain::{
    AuditEntry, Client, ClientMoved, ClientPage, ClientQuery, CompanyId, NewSubscriber,
    Notification, Portfolio, Reinvited, Session, SessionEnd, SessionInfo, Setting, SpaceInfo,
    Subscriber, SubscriberAdded, SubscriberChange, User,
};
use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;
use crate::secret::{ExposeSecret, Secret};

const RETRIES: u32 = 2;
/// A server that takes the connection and never answers costs a command this long, once
/// (a request is not sent twice for want of an answer: it may have been carried out).
pub const ANSWER_SECS: u64 = 20;
const CONNECT_SECS: u64 = 3;

pub struct RemoteSpace {
    base: url::Url,
    http: Http,
    /// Opened on first use: most commands never touch it.
    cache_path: Option<PathBuf>,
    cache: OnceCell<Option<Cache>>,
    /// The cache generation of the whole listing of clients under way, if any.
    listing: Cell<Option<i64>>,
    /// Whom the server said the last dry run would notify.
    would_notify: std::cell::RefCell<Vec<String>>,
}

impl RemoteSpace {
    pub fn new(
        base: &str,
        ca_cert: Option<&Path>,
        cache_path: Option<PathBuf>,
    ) -> Result<RemoteSpace> {
        crate::tls::install_crypto();
        let base = parse_url(base)?;
        let mut builder = Http::builder()
            .connect_timeout(Duration::from_secs(CONNECT_SECS))
            .timeout(Duration::from_secs(ANSWER_SECS))
            .user_agent(concat!("urssaf-admin/", env!("CARGO_PKG_VERSION")));
        if base.scheme() == "http" {
            // No TLS to set up: skip loading the system's certificate store.
            builder = builder.tls_certs_only([]);
        } else if let Some(path) = ca_cert {
            let pem = std::fs::read(path)
                .map_err(|e| Error::invalid(msg::ca_cert_unreadable(path, &msg::reason(&e))))?;
            let cert = reqwest::Certificate::from_pem(&pem)
                .map_err(|e| Error::invalid(msg::ca_cert_unreadable(path, &msg::reason(&e))))?;
            builder = builder.tls_certs_merge([cert]);
        }
        let http = builder
            .build()
            .map_err(|e| Error::other(msg::http_client_failed(&e)))?;
        Ok(RemoteSpace {
            base,
            http,
            cache_path,
            cache: OnceCell::new(),
            listing: Cell::new(None),
            would_notify: Default::default(),
        })
    }

    pub fn url(&self) -> &url::Url {
        &self.base
    }

    fn request(&self, method: Method, path: &str, token: Option<&Secret>) -> RequestBuilder {
        let url = format!("{}{}", self.base.as_str().trim_end_matches('/'), path);
        let mut req = self.http.request(method, url).header(
            reqwest::header::ACCEPT_LANGUAGE,
            crate::i18n::current().code(),
        );
        if let Some(t) = token {
            req = req.bearer_auth(t.expose_secret());
        }
        req
    }

    /// Sends the request; a GET that could not reach the server is tried again.
    fn send<T: DeserializeOwned>(&self, method: Method, req: RequestBuilder) -> Result<T> {
        let idempotent = method == Method::GET;
        let mut attempt = 0;
        let response = loop {
            let this = req
                .try_clone()
                .ok_or_else(|| Error::other(msg::internal_error()))?;
            match this.send() {
                Ok(r) => break r,
                Err(e) if idempotent && attempt < RETRIES && e.is_connect() && !e.is_timeout() => {
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(150 * u64::from(attempt)));
                }
                Err(e) => return Err(self.unreachable(&e)),
            }
        };
        let status = response.status();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if let Some(who) = response
            .headers()
            .get(contract::WOULD_NOTIFY)
            .and_then(|v| v.to_str().ok())
        {
            *self.would_notify.borrow_mut() = contract::logins_from_header(who);
        }
        let bytes = response.bytes().map_err(|e| self.unreachable(&e))?;
        if status.is_success() {
            return serde_json::from_slice(&bytes)
                .map_err(|e| Error::other(msg::bad_server_answer(self.base.as_str(), &e)));
        }
        let mut error = serde_json::from_slice::<Error>(&bytes).unwrap_or_else(|_| {
            // Not our server's answer: a proxy in front, or another program.
            let e = Error::new(
                contract::kind_of(status.as_u16()),
                msg::server_status(self.base.as_str(), status.as_u16()),
            );
            if status.is_server_error() {
                e.hint(msg::hint_server_down())
            } else {
                e
            }
        });
        if error.kind == ErrorKind::Auth && error.hint.is_none() && error.next.is_none() {
            error.next = Some(crate::error::Next::SignIn);
        }
        if let Some(s) = retry_after {
            error.retry_after = Some(s);
        }
        Err(error)
    }

    fn unreachable(&self, e: &reqwest::Error) -> Error {
        let message = if e.is_timeout() && !e.is_connect() {
            msg::server_no_answer(self.base.as_str(), ANSWER_SECS)
        } else {
            msg::server_unreachable(self.base.as_str(), &root_cause(e))
        };
        Error::new(ErrorKind::Unreachable, message).hint(msg::hint_server_down())
    }

    fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        token: &Secret,
        query: &impl Serialize,
    ) -> Result<T> {
        let req = self.request(Method::GET, path, Some(token)).query(query);
        self.send(Method::GET, req)
    }

    fn with_body<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        token: Option<&Secret>,
        dry_run: bool,
        body: Option<&impl Serialize>,
    ) -> Result<T> {
        let mut req = self.request(method.clone(), path, token);
        if dry_run {
            req = req.query(&contract::DryRun { dry_run });
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        self.send(method, req)
    }

    fn cache_note<T>(&self, token: &Secret, f: impl FnOnce(&Cache) -> Result<T>) {
        // The cache is a convenience: failing to write it never fails the command.
        let cache = self.cache.get_or_init(|| {
            self.cache_path
                .as_deref()
                .and_then(|p| Cache::open_for(p, token).ok())
        });
        if let Some(cache) = cache {
            let _ = f(cache);
        }
    }
}

pub(crate) fn parse_url(base: &str) -> Result<url::Url> {
    let url = match url::Url::parse(base) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => u,
        _ => return Err(Error::invalid(msg::api_url_invalid(base)).hint(msg::hint_api_url())),
    };
    // Passwords and tokens cross the network in clear over http: this machine only.
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost",
        None => false,
    };
    if url.scheme() == "http" && !loopback {
        return Err(Error::invalid(msg::plain_http_to_remote(base)).hint(msg::hint_use_https()));
    }
    Ok(url)
}

/// The innermost cause says what went wrong ("Connection refused").
fn root_cause(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        return msg::timed_out();
    }
    msg::system_reason(e).unwrap_or_else(|| {
        let mut cause: &(dyn std::error::Error + 'static) = e;
        while let Some(next) = cause.source() {
            cause = next;
        }
        cause.to_string()
    })
}

impl Space for RemoteSpace {
    fn would_notify(&self) -> Vec<String> {
        std::mem::take(&mut *self.would_notify.borrow_mut())
    }

    fn login(&self, login: &str, password: &Secret) -> Result<Session> {
        let body = LoginRequest {
            login: login.to_string(),
            password: password.expose_secret().to_string(),
        };
        self.with_body(Method::POST, paths::SESSIONS, None, false, Some(&body))
    }

    fn session_list(&self, token: &Secret) -> Result<Vec<SessionInfo>> {
        self.get(paths::SESSIONS, token, &())
    }

    fn session_end(&self, token: &Secret, which: &SessionEnd) -> Result<u64> {
        let path = match which {
            SessionEnd::Current => paths::SESSION_CURRENT.to_string(),
            SessionEnd::All => paths::SESSIONS.to_string(),
            SessionEnd::One(id) => paths::session(*id),
            SessionEnd::User(login) => paths::user_sessions(login),
        };
        let ended: Ended =
            self.with_body(Method::DELETE, &path, Some(token), false, None::<&()>)?;
        if matches!(which, SessionEnd::Current | SessionEnd::All) {
            self.cache_note(token, Cache::clear);
        }
        Ok(ended.ended)
    }

    fn activate(&self, login: &str, code: &Secret, password: &Secret) -> Result<User> {
        let body = ActivationRequest {
            login: login.to_string(),
            code: code.expose_secret().to_string(),
            password: password.expose_secret().to_string(),
        };
        self.with_body(Method::POST, paths::ACTIVATIONS, None, false, Some(&body))
    }

    fn me(&self, token: &Secret) -> Result<User> {
        self.get(paths::ME, token, &())
    }

    fn portfolio_create(&self, token: &Secret, dry_run: bool) -> Result<Portfolio> {
        self.with_body(
            Method::POST,
            paths::PORTFOLIOS,
            Some(token),
            dry_run,
            None::<&()>,
        )
    }

    fn portfolio_list(&self, token: &Secret) -> Result<Vec<Portfolio>> {
        let list: Vec<Portfolio> = self.get(paths::PORTFOLIOS, token, &())?;
        self.cache_note(token, |c| c.store_portfolios(&list));
        Ok(list)
    }

    fn portfolio_show(&self, token: &Secret, number: i64) -> Result<Portfolio> {
        self.get(&paths::portfolio(number), token, &())
    }

    fn subscriber_add(
        &self,
        token: &Secret,
        new: &NewSubscriber,
        dry_run: bool,
    ) -> Result<SubscriberAdded> {
        let body = NewSubscriberBody {
            login: new.login.clone(),
            email: new.email.clone(),
            name: new.name.clone(),
        };
        let path = paths::portfolio_subscribers(new.portfolio);
        self.with_body(Method::POST, &path, Some(token), dry_run, Some(&body))
    }

    fn subscriber_list(&self, token: &Secret, portfolio: Option<i64>) -> Result<Vec<Subscriber>> {
        let query = SubscribersParams {
            portfolio: portfolio.map(Into::into),
        };
        self.get(paths::SUBSCRIBERS, token, &query)
    }

    fn subscriber_modify(
        &self,
        token: &Secret,
        change: &SubscriberChange,
        dry_run: bool,
    ) -> Result<Subscriber> {
        let body = SubscriberPatch {
            name: change.name.clone(),
            email: change.email.clone(),
            suspended: change.suspended,
        };
        let path = paths::portfolio_subscriber(change.portfolio, &change.login);
        self.with_body(Method::PATCH, &path, Some(token), dry_run, Some(&body))
    }

    fn subscriber_remove(
        &self,
        token: &Secret,
        portfolio: i64,
        login: &str,
        dry_run: bool,
    ) -> Result<Subscriber> {
        let path = paths::portfolio_subscriber(portfolio, login);
        self.with_body(Method::DELETE, &path, Some(token), dry_run, None::<&()>)
    }

    fn subscriber_hand_over(
        &self,
        token: &Secret,
        h: &crate::domain::Handover,
        dry_run: bool,
    ) -> Result<Vec<crate::domain::Handed>> {
        self.with_body(
            Method::POST,
            paths::HANDOVERS,
            Some(token),
            dry_run,
            Some(h),
        )
    }

    fn access_client(
        &self,
        token: &Secret,
        id: &CompanyId,
    ) -> Result<Vec<crate::domain::ClientAccess>> {
        self.get(&paths::access_client(id.digits()), token, &())
    }

    fn access_user(&self, token: &Secret, login: &str) -> Result<Vec<crate::domain::UserAccess>> {
        self.get(&paths::access_user(login), token, &())
    }

    fn access_review(
        &self,
        token: &Secret,
        idle_days: u32,
    ) -> Result<Vec<crate::domain::ReviewRow>> {
        let query = contract::ReviewParams {
            idle: Some(i64::from(idle_days).into()),
        };
        self.get(paths::ACCESS_REVIEW, token, &query)
    }

    fn user_disable(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        let path = paths::user_disable(login);
        self.with_body(Method::POST, &path, Some(token), dry_run, None::<&()>)
    }

    fn user_enable(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        let path = paths::user_enable(login);
        self.with_body(Method::POST, &path, Some(token), dry_run, None::<&()>)
    }

    fn user_export(&self, token: &Secret, login: &str) -> Result<PersonalData> {
        self.get(&paths::user_personal_data(login), token, &())
    }

    fn user_erase(&self, token: &Secret, login: &str, dry_run: bool) -> Result<Erased> {
        let path = paths::user_erase(login);
        self.with_body(Method::POST, &path, Some(token), dry_run, None::<&()>)
    }

    fn audit_purge(&self, token: &Secret, dry_run: bool) -> Result<Purged> {
        self.with_body(
            Method::POST,
            paths::AUDIT_PURGE,
            Some(token),
            dry_run,
            None::<&()>,
        )
    }

    fn portfolio_export(
        &self,
        token: &Secret,
        number: i64,
        removed_since: Option<&str>,
    ) -> Result<PortalFile> {
        let query = contract::EstablishmentsParams {
            removed_since: removed_since.map(str::to_string),
        };
        self.get(&paths::portfolio_establishments(number), token, &query)
    }

    fn portfolio_sync(
        &self,
        token: &Secret,
        number: i64,
        request: &SyncRequest,
        dry_run: bool,
    ) -> Result<SyncPlan> {
        let path = paths::portfolio_sync(number);
        self.with_body(Method::POST, &path, Some(token), dry_run, Some(request))
    }

    fn mandate_set(
        &self,
        token: &Secret,
        id: &CompanyId,
        terms: &MandateTerms,
        dry_run: bool,
    ) -> Result<Mandate> {
        let path = paths::client_mandate(id.digits());
        self.with_body(Method::PUT, &path, Some(token), dry_run, Some(terms))
    }

    fn mandate_clear(&self, token: &Secret, id: &CompanyId, dry_run: bool) -> Result<Mandate> {
        let path = paths::client_mandate(id.digits());
        self.with_body(Method::DELETE, &path, Some(token), dry_run, None::<&()>)
    }

    fn mandate_show(&self, token: &Secret, id: &CompanyId) -> Result<Mandate> {
        self.get(&paths::client_mandate(id.digits()), token, &())
    }

    fn mandate_list(&self, token: &Secret, query: &MandateQuery) -> Result<Vec<Mandate>> {
        self.get(paths::MANDATES, token, &contract::MandateParams::of(query))
    }

    fn admin_list(&self, token: &Secret) -> Result<Vec<User>> {
        self.get(paths::ADMINS, token, &())
    }

    fn subscriber_reinvite(&self, token: &Secret, login: &str, dry_run: bool) -> Result<Reinvited> {
        let path = paths::user_activation_code(login);
        self.with_body(Method::POST, &path, Some(token), dry_run, None::<&()>)
    }

    fn admin_add(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        let path = paths::admin(login);
        self.with_body(Method::PUT, &path, Some(token), dry_run, None::<&()>)
    }

    fn admin_remove(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        let path = paths::admin(login);
        self.with_body(Method::DELETE, &path, Some(token), dry_run, None::<&()>)
    }

    fn client_list(&self, token: &Secret, query: &ClientQuery) -> Result<ClientPage> {
        let limit = query.limit.unwrap_or(contract::MAX_PAGE);
        let params = ClientsParams {
            portfolio: query.portfolio.map(Into::into),
            search: query.search.clone(),
            limit: Some(limit.min(contract::MAX_PAGE).to_string()),
            cursor: query.cursor.clone(),
        };
        let full_listing = query.search.is_none() && query.limit.is_none();
        let page: ClientPage = match self.get(paths::CLIENTS, token, &params) {
            Ok(page) => page,
            Err(e) => {
                // No longer ours (R7): not even the cache keeps it.
                if e.kind == ErrorKind::Permission
                    && let Some(p) = query.portfolio
                {
                    self.cache_note(token, |c| c.forget_portfolio(p));
                }
                return Err(e);
            }
        };
        self.cache_note(token, |c| {
            if full_listing && query.cursor.is_none() {
                self.listing.set(Some(c.begin_listing()?));
            }
            let generation = if full_listing {
                self.listing.get()
            } else {
                None
            };
            c.store_clients(&page.items, generation.unwrap_or(0))?;
            // The last page of a whole listing: what the server no longer has goes.
            if let Some(g) = generation
                && page.next_cursor.is_none()
            {
                self.listing.set(None);
                c.end_listing(query.portfolio, g)?;
            }
            Ok(())
        });
        Ok(page)
    }

    fn client_add(
        &self,
        token: &Secret,
        id: &CompanyId,
        name: &str,
        portfolio: i64,
        mandate: Option<&MandateTerms>,
        dry_run: bool,
    ) -> Result<Client> {
        let body = NewClient {
            id: id.digits().to_string(),
            name: name.to_string(),
            portfolio,
            mandate: mandate.cloned(),
        };
        self.with_body(
            Method::POST,
            paths::CLIENTS,
            Some(token),
            dry_run,
            Some(&body),
        )
    }

    fn client_import(
        &self,
        token: &Secret,
        rows: Rows<ClientRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary> {
        // The file's own checks run here, over the whole file: the server sees it in
        // batches, each checked on its own.
        let rows = &mut checked(rows, ClientFile::default());
        self.import(token, rows, options, out)
    }

    fn subscriber_import(
        &self,
        token: &Secret,
        rows: Rows<SubscriberRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary> {
        let rows = &mut checked(rows, SubscriberFile::default());
        self.import(token, rows, options, out)
    }

    fn client_move(
        &self,
        token: &Secret,
        id: &CompanyId,
        to: i64,
        dry_run: bool,
    ) -> Result<ClientMoved> {
        let body = ClientPatch { portfolio: to };
        let path = paths::client(id.digits());
        self.with_body(Method::PATCH, &path, Some(token), dry_run, Some(&body))
    }

    fn client_remove(&self, token: &Secret, id: &CompanyId, dry_run: bool) -> Result<Client> {
        let path = paths::client(id.digits());
        self.with_body(Method::DELETE, &path, Some(token), dry_run, None::<&()>)
    }

    fn settings_show(&self, token: &Secret) -> Result<SpaceInfo> {
        self.get(paths::SETTINGS, token, &())
    }

    fn settings_set(&self, token: &Secret, setting: Setting, dry_run: bool) -> Result<SpaceInfo> {
        let body = SettingsPatch::from(setting);
        self.with_body(
            Method::PATCH,
            paths::SETTINGS,
            Some(token),
            dry_run,
            Some(&body),
        )
    }

    fn register_lookup(
        &self,
        token: &Secret,
        id: &CompanyId,
        ask: crate::domain::register::Ask,
    ) -> Result<crate::domain::register::RegisterEntry> {
        let path = paths::register_company(id.digits());
        self.get(&path, token, &contract::AskParams { ask })
    }

    fn register_clients(
        &self,
        token: &Secret,
        portfolio: Option<i64>,
    ) -> Result<Vec<crate::domain::register::ClientRegister>> {
        let query = SubscribersParams {
            portfolio: portfolio.map(Into::into),
        };
        self.get(paths::REGISTER, token, &query)
    }

    fn register_renames(
        &self,
        token: &Secret,
        portfolio: Option<i64>,
        dry_run: bool,
    ) -> Result<Vec<crate::domain::register::Renamed>> {
        let query = contract::RenamesParams {
            portfolio: portfolio.map(Into::into),
            dry_run,
        };
        let req = self
            .request(Method::POST, paths::REGISTER_RENAMES, Some(token))
            .query(&query);
        self.send(Method::POST, req)
    }

    fn audit_list(
        &self,
        token: &Secret,
        query: &crate::domain::AuditQuery,
    ) -> Result<Vec<AuditEntry>> {
        self.get(paths::AUDIT, token, &contract::AuditParams::of(query))
    }

    fn notification_list(&self, token: &Secret, limit: u64) -> Result<Vec<Notification>> {
        self.get(paths::NOTIFICATIONS, token, &Limit::of(limit))
    }
}
