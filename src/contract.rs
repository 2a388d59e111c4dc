//! The HTTP contract of `urssaf-admin serve`, in one place: its paths, the bodies and
//! queries of its requests, its caps, and what each status means. The server
//! (`crate::server`) answers by it and the remote space (`crate::space::remote`) asks by
//! it; neither writes the wire format on its own.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::Setting;
use crate::domain::import::{
    ClientBatch, ClientRow, ImportOptions, SubscriberBatch, SubscriberRow,
};
use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;

/// The most clients one page holds: one request cannot ask for the whole space.
pub const MAX_PAGE: u64 = 1000;
/// Clients on a page that does not say how many.
pub const DEFAULT_PAGE: u64 = 100;
/// Audit entries and notifications listed when no `limit` is given.
pub const DEFAULT_LIST: u64 = 50;
/// Rows one import request may carry.
pub const MAX_BATCH: usize = 5000;
/// Rows per request the client sends: a run of 10,000 takes a handful of round trips,
/// and a batch stays quick to commit and far under `MAX_BATCH` and `BODY_LIMIT`.
pub const BATCH: usize = 1000;
const _: () = assert!(BATCH <= MAX_BATCH);
/// Largest request body accepted (bulk batches included).
pub const BODY_LIMIT: usize = 4 * 1024 * 1024;
/// Largest body of a request made before signing in: a login, a password, a code.
pub const SIGN_IN_BODY_LIMIT: usize = 16 * 1024;
/// A request that takes longer is answered 503; the change may still have been made.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The routes. The templates are what the server serves and documents; the functions
/// fill them for the client, each parameter percent-encoded.
pub mod paths {
    pub const HEALTHZ: &str = "/healthz";
    pub const OPENAPI: &str = "/openapi.json";
    pub const SESSIONS: &str = "/v1/sessions";
    pub const SESSION_CURRENT: &str = "/v1/sessions/current";
    pub const SESSION: &str = "/v1/sessions/{id}";
    pub const USER_SESSIONS: &str = "/v1/users/{login}/sessions";
    pub const ACTIVATIONS: &str = "/v1/activations";
    pub const ME: &str = "/v1/me";
    pub const PORTFOLIOS: &str = "/v1/portfolios";
    pub const PORTFOLIO: &str = "/v1/portfolios/{number}";
    /// The portal's establishments file, and a file's content applied.
    pub const PORTFOLIO_ESTABLISHMENTS: &str = "/v1/portfolios/{number}/establishments";
    pub const PORTFOLIO_SYNC: &str = "/v1/portfolios/{number}/sync";
    pub const PORTFOLIO_SUBSCRIBERS: &str = "/v1/portfolios/{number}/subscribers";
    pub const PORTFOLIO_SUBSCRIBER: &str = "/v1/portfolios/{number}/subscribers/{login}";
    pub const SUBSCRIBERS: &str = "/v1/subscribers";
    pub const ADMINS: &str = "/v1/admins";
    pub const ADMIN: &str = "/v1/admins/{login}";
    pub const USER_ACTIVATION_CODE: &str = "/v1/users/{login}/activation-code";
    pub const HANDOVERS: &str = "/v1/handovers";
    pub const ACCESS_CLIENT: &str = "/v1/access/clients/{id}";
    pub const ACCESS_USER: &str = "/v1/access/users/{login}";
    pub const ACCESS_REVIEW: &str = "/v1/access/review";
    pub const USER_DISABLE: &str = "/v1/users/{login}/disable";
    pub const USER_ENABLE: &str = "/v1/users/{login}/enable";
    /// Everything the space holds about one person (RGPD, article 15).
    pub const USER_PERSONAL_DATA: &str = "/v1/users/{login}/personal-data";
    pub const USER_ERASE: &str = "/v1/users/{login}/erase";
    pub const CLIENTS: &str = "/v1/clients";
    pub const CLIENT: &str = "/v1/clients/{id}";
    pub const CLIENT_MANDATE: &str = "/v1/clients/{id}/mandate";
    pub const MANDATES: &str = "/v1/mandates";
    pub const IMPORT_CLIENTS: &str = "/v1/imports/clients";
    pub const IMPORT_SUBSCRIBERS: &str = "/v1/imports/subscribers";
    pub const SETTINGS: &str = "/v1/settings";
    pub const AUDIT: &str = "/v1/audit";
    /// The retention applied: older audit entries and message bodies removed.
    pub const AUDIT_PURGE: &str = "/v1/audit/purge";
    pub const NOTIFICATIONS: &str = "/v1/notifications";
    /// The clients with the company register's last answers; one company's answer; the
    /// register's names taken for the renamed ones.
    pub const REGISTER: &str = "/v1/register";
    pub const REGISTER_COMPANY: &str = "/v1/register/{id}";
    pub const REGISTER_RENAMES: &str = "/v1/register-renames";

    pub fn session(id: i64) -> String {
        fill(SESSION, &[&id.to_string()])
    }

    pub fn user_sessions(login: &str) -> String {
        fill(USER_SESSIONS, &[login])
    }

    pub fn portfolio(number: i64) -> String {
        fill(PORTFOLIO, &[&number.to_string()])
    }

    pub fn portfolio_establishments(number: i64) -> String {
        fill(PORTFOLIO_ESTABLISHMENTS, &[&number.to_string()])
    }

    pub fn portfolio_sync(number: i64) -> String {
        fill(PORTFOLIO_SYNC, &[&number.to_string()])
    }

    pub fn portfolio_subscribers(number: i64) -> String {
        fill(PORTFOLIO_SUBSCRIBERS, &[&number.to_string()])
    }

    pub fn portfolio_subscriber(number: i64, login: &str) -> String {
        fill(PORTFOLIO_SUBSCRIBER, &[&number.to_string(), login])
    }

    pub fn admin(login: &str) -> String {
        fill(ADMIN, &[login])
    }

    pub fn access_client(id: &str) -> String {
        fill(ACCESS_CLIENT, &[id])
    }

    pub fn access_user(login: &str) -> String {
        fill(ACCESS_USER, &[login])
    }

    pub fn user_disable(login: &str) -> String {
        fill(USER_DISABLE, &[login])
    }

    pub fn user_enable(login: &str) -> String {
        fill(USER_ENABLE, &[login])
    }

    pub fn user_personal_data(login: &str) -> String {
        fill(USER_PERSONAL_DATA, &[login])
    }

    pub fn user_erase(login: &str) -> String {
        fill(USER_ERASE, &[login])
    }

    pub fn user_activation_code(login: &str) -> String {
        fill(USER_ACTIVATION_CODE, &[login])
    }

    /// `id`: the digits of a SIREN or SIRET.
    pub fn client(id: &str) -> String {
        fill(CLIENT, &[id])
    }

    pub fn client_mandate(id: &str) -> String {
        fill(CLIENT_MANDATE, &[id])
    }

    pub fn register_company(id: &str) -> String {
        fill(REGISTER_COMPANY, &[id])
    }

    /// Each `{name}` of the template, in order, replaced by its argument.
    fn fill(template: &str, args: &[&str]) -> String {
        let mut out = String::with_capacity(template.len() + 16);
        let mut rest = template;
        let mut args = args.iter();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
            let arg = args.next().copied().unwrap_or_default();
            out.extend(url::form_urlencoded::byte_serialize(arg.as_bytes()));
            rest = &rest[close..];
        }
        out.push_str(rest);
        out
    }

    #[cfg(test)]
    mod tests {
        /// Each function fills its own template: the same path with the parameters in.
        #[test]
        fn the_client_paths_are_the_served_templates_filled() {
            let cases = [
                (super::session(7), super::SESSION, vec!["7"]),
                (
                    super::user_sessions("a b/c"),
                    super::USER_SESSIONS,
                    vec!["a+b%2Fc"],
                ),
                (super::portfolio(3), super::PORTFOLIO, vec!["3"]),
                (
                    super::portfolio_subscribers(3),
                    super::PORTFOLIO_SUBSCRIBERS,
                    vec!["3"],
                ),
                (
                    super::portfolio_subscriber(3, "é"),
                    super::PORTFOLIO_SUBSCRIBER,
                    vec!["3", "%C3%A9"],
                ),
                (super::admin("bob"), super::ADMIN, vec!["bob"]),
                (
                    super::user_activation_code("bob"),
                    super::USER_ACTIVATION_CODE,
                    vec!["bob"],
                ),
                (super::client("732829320"), super::CLIENT, vec!["732829320"]),
            ];
            for (path, template, args) in cases {
                let mut expected = template.to_string();
                for arg in args {
                    let open = expected.find('{').unwrap();
                    let close = open + expected[open..].find('}').unwrap();
                    expected.replace_range(open..=close, arg);
                }
                assert!(!expected.contains('{'), "{template}: a parameter left");
                assert_eq!(path, expected);
            }
        }
    }
}

/// The status a refusal of that kind is answered with.
pub fn status_of(kind: ErrorKind) -> u16 {
    match kind {
        // 400 is kept for what axum refuses before us (malformed path, query or body):
        // a well-formed request that our rules refuse is 422, whatever its kind.
        ErrorKind::Cancelled => 400,
        ErrorKind::Usage => 422,
        ErrorKind::Auth => 401,
        ErrorKind::Permission => 403,
        ErrorKind::NotFound => 404,
        ErrorKind::Conflict => 409,
        ErrorKind::Invalid => 422,
        ErrorKind::Locked => 429,
        ErrorKind::Partial | ErrorKind::Findings => 207,
        ErrorKind::Unreachable => 502,
        ErrorKind::Other | ErrorKind::Damaged => 500,
    }
}

/// The kind of an answer that is not our JSON error: a refusal of axum's or of a layer
/// before our handlers, or of a proxy in front.
pub fn kind_of(status: u16) -> ErrorKind {
    match status {
        400 => ErrorKind::Usage,
        401 => ErrorKind::Auth,
        403 => ErrorKind::Permission,
        404 => ErrorKind::NotFound,
        409 => ErrorKind::Conflict,
        422 => ErrorKind::Invalid,
        429 => ErrorKind::Locked,
        // 503 may be our own timeout, after which the change may still have been made.
        502 | 504 => ErrorKind::Unreachable,
        _ => ErrorKind::Other,
    }
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct Health {
    pub status: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct LoginRequest {
    pub login: String,
    pub password: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ActivationRequest {
    pub login: String,
    pub code: String,
    pub password: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct NewSubscriberBody {
    pub login: String,
    pub email: Option<String>,
    pub name: Option<String>,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct SubscriberPatch {
    pub name: Option<String>,
    pub email: Option<String>,
    pub suspended: Option<bool>,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct NewClient {
    /// SIREN or SIRET; spaces allowed.
    pub id: String,
    pub name: String,
    pub portfolio: i64,
    /// Its lettre de mission, recorded with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandate: Option<crate::domain::mandate::MandateTerms>,
}

/// `GET /v1/portfolios/{number}/establishments`: also the clients that left since then
/// (RFC 3339), as removals.
#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct EstablishmentsParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed_since: Option<String>,
}

/// `GET /v1/mandates`: the portfolio, only the clients without one, or only those that
/// end or renew within `expiring` days (or have ended).
#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct MandateParams {
    #[param(value_type = Option<i64>, minimum = 1)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portfolio: Option<PortfolioNumber>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub missing: bool,
    /// Days, plain digits (1 to 3650).
    #[param(value_type = Option<i64>, minimum = 1, maximum = 3650)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiring: Option<String>,
}

impl MandateParams {
    pub fn of(q: &crate::domain::mandate::MandateQuery) -> MandateParams {
        MandateParams {
            portfolio: q.portfolio.map(PortfolioNumber::from),
            missing: q.missing,
            expiring: q.expiring.map(|d| d.to_string()),
        }
    }

    pub fn query(&self) -> Result<crate::domain::mandate::MandateQuery> {
        let expiring = self
            .expiring
            .as_deref()
            .map(|d| {
                plain_number(d)
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| Error::invalid(msg::number_not_plain(d)))
            })
            .transpose()?;
        Ok(crate::domain::mandate::MandateQuery {
            portfolio: self
                .portfolio
                .as_ref()
                .map(PortfolioNumber::get)
                .transpose()?,
            missing: self.missing,
            expiring,
        })
    }
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ClientPatch {
    /// The portfolio to move the client to.
    pub portfolio: i64,
}

// Exactly one setting; the client sends that one alone. (Not a doc comment: it would
// become the schema's description in the OpenAPI document.)
#[derive(Default, Serialize, Deserialize, ToSchema)]
pub struct SettingsPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub third_party_registration: Option<bool>,
    /// An SMTP URL; empty stops delivery.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp: Option<String>,
    /// The sender; empty for the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_from: Option<String>,
    /// `fr` or `en`: the language of notifications.
    #[schema(value_type = Option<String>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
    /// Minutes a notification waits for more changes (0: at once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest_minutes: Option<u32>,
    /// Days the company register's answers are kept (0: always ask).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub register_max_age_days: Option<u32>,
    /// Months the audit is kept (1 to 120).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit_retention_months: Option<u32>,
    /// Days the body of a sent notification is kept (1 to 3650).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_retention_days: Option<u32>,
    /// Whether a client needs a signed lettre de mission to be added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub require_mandate: Option<bool>,
}

impl From<Setting> for SettingsPatch {
    fn from(setting: Setting) -> Self {
        let none = SettingsPatch::default();
        match setting {
            Setting::ThirdPartyRegistration(on) => SettingsPatch {
                third_party_registration: Some(on),
                ..none
            },
            Setting::Smtp(url) => SettingsPatch {
                smtp: Some(url.unwrap_or_default()),
                ..none
            },
            Setting::SmtpFrom(from) => SettingsPatch {
                smtp_from: Some(from.unwrap_or_default()),
                ..none
            },
            Setting::Language(lang) => SettingsPatch {
                language: Some(lang),
                ..none
            },
            Setting::DigestMinutes(m) => SettingsPatch {
                digest_minutes: Some(m),
                ..none
            },
            Setting::RegisterMaxAge(d) => SettingsPatch {
                register_max_age_days: Some(d),
                ..none
            },
            Setting::AuditRetention(m) => SettingsPatch {
                audit_retention_months: Some(m),
                ..none
            },
            Setting::NotificationRetention(d) => SettingsPatch {
                notification_retention_days: Some(d),
                ..none
            },
            Setting::RequireMandate(on) => SettingsPatch {
                require_mandate: Some(on),
                ..none
            },
        }
    }
}

impl SettingsPatch {
    pub fn setting(self) -> Result<Setting> {
        let some = |s: String| Some(s).filter(|s| !s.is_empty());
        let SettingsPatch {
            third_party_registration,
            smtp,
            smtp_from,
            language,
            digest_minutes,
            register_max_age_days,
            audit_retention_months,
            notification_retention_days,
            require_mandate,
        } = self;
        let given = [
            third_party_registration.map(Setting::ThirdPartyRegistration),
            smtp.map(|url| Setting::Smtp(some(url))),
            smtp_from.map(|from| Setting::SmtpFrom(some(from))),
            language.map(Setting::Language),
            digest_minutes.map(Setting::DigestMinutes),
            register_max_age_days.map(Setting::RegisterMaxAge),
            audit_retention_months.map(Setting::AuditRetention),
            notification_retention_days.map(Setting::NotificationRetention),
            require_mandate.map(Setting::RequireMandate),
        ];
        let mut given = given.into_iter().flatten();
        match (given.next(), given.next()) {
            (Some(setting), None) => Ok(setting),
            _ => Err(Error::invalid(msg::one_setting_at_a_time())),
        }
    }
}

/// A kind of import row: where its batches go, and the body that carries them.
pub trait Batched: Sized {
    const PATH: &'static str;
    type Batch: Serialize;
    fn batch(options: ImportOptions, rows: Vec<Self>) -> Self::Batch;
}

impl Batched for ClientRow {
    const PATH: &'static str = paths::IMPORT_CLIENTS;
    type Batch = ClientBatch;
    fn batch(options: ImportOptions, rows: Vec<Self>) -> ClientBatch {
        ClientBatch { options, rows }
    }
}

impl Batched for SubscriberRow {
    const PATH: &'static str = paths::IMPORT_SUBSCRIBERS;
    type Batch = SubscriberBatch;
    fn batch(options: ImportOptions, rows: Vec<Self>) -> SubscriberBatch {
        SubscriberBatch { options, rows }
    }
}

#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct DryRun {
    /// Check and show the change without making it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
}

#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct Limit {
    /// At most this many, the newest first (default 50). Plain digits from 1; a larger
    /// number than 1000 is read as 1000.
    #[param(value_type = Option<i64>, minimum = 1)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

impl Limit {
    pub fn of(n: u64) -> Limit {
        Limit {
            limit: Some(n.to_string()),
        }
    }

    pub fn get(&self) -> Result<u64> {
        page_limit(self.limit.as_deref(), DEFAULT_LIST)
    }
}

#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct ClientsParams {
    #[param(value_type = Option<i64>, minimum = 1)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portfolio: Option<PortfolioNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// At most this many (default 100). Plain digits from 1; a larger number than 1000
    /// is read as 1000.
    #[param(value_type = Option<i64>, minimum = 1)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// `next_cursor` of the previous page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

impl ClientsParams {
    pub fn limit(&self) -> Result<u64> {
        page_limit(self.limit.as_deref(), DEFAULT_PAGE)
    }
}

#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct AskParams {
    /// `recent` (default): the space's answer if recent, else the register's;
    /// `refresh`: the register's now; `quick`: any answer the space has, else one short try.
    #[param(value_type = Option<String>)]
    #[serde(default)]
    pub ask: crate::domain::register::Ask,
}

#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct AuditParams {
    /// At most this many, the newest first (default 50). Plain digits from 1; a larger
    /// number than 1000 is read as 1000.
    #[param(value_type = Option<i64>, minimum = 1)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// From this time on (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// Before this time (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Only what this login did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Only entries about this target: `client 356000000`, `portfolio 2`, `user bob`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

impl AuditParams {
    pub fn of(q: &crate::domain::AuditQuery) -> AuditParams {
        AuditParams {
            limit: Some(q.limit.to_string()),
            since: q.since.clone(),
            until: q.until.clone(),
            actor: q.actor.clone(),
            target: q.target.clone(),
        }
    }

    pub fn query(self) -> Result<crate::domain::AuditQuery> {
        Ok(crate::domain::AuditQuery {
            limit: page_limit(self.limit.as_deref(), DEFAULT_LIST)?,
            since: self.since,
            until: self.until,
            actor: self.actor,
            target: self.target,
        })
    }
}

#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct ReviewParams {
    /// Idle after this many days without a sign-in (default 90; 1 to 3650).
    #[param(value_type = Option<i64>, minimum = 1)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idle: Option<PortfolioNumber>,
}

#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct RenamesParams {
    #[param(value_type = Option<i64>, minimum = 1)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portfolio: Option<PortfolioNumber>,
    /// Check and show the change without making it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
}

#[derive(Debug, Default, Serialize, Deserialize, IntoParams)]
pub struct SubscribersParams {
    #[param(value_type = Option<i64>, minimum = 1)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portfolio: Option<PortfolioNumber>,
}

/// `limit`: refused below 1 as the command line refuses it, capped at `MAX_PAGE`.
fn page_limit(raw: Option<&str>, default: u64) -> Result<u64> {
    match raw.map(plain_number) {
        None => Ok(default),
        Some(Some(n)) if n >= 1 => Ok(n.unsigned_abs().min(MAX_PAGE)),
        Some(_) => Err(Error::invalid(msg::limit_invalid(raw.unwrap_or_default()))),
    }
}

/// A portfolio number in a path or a query, as the API writes it: plain digits from 1.
/// `+1`, `01` or `1.0` are refused (422), not read as 1: one portfolio, one address.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PortfolioNumber(String);

impl PortfolioNumber {
    pub fn get(&self) -> Result<i64> {
        plain_number(&self.0)
            .filter(|n| *n >= 1)
            .ok_or_else(|| Error::invalid(msg::number_not_plain(&self.0)))
    }
}

impl From<i64> for PortfolioNumber {
    fn from(n: i64) -> Self {
        PortfolioNumber(n.to_string())
    }
}

/// Digits only, no leading zero, within `i64`.
fn plain_number(s: &str) -> Option<i64> {
    let plain =
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    if plain { s.parse().ok() } else { None }
}

/// On the answer to a dry run: the logins it would have notified, comma-separated
/// (logins hold no comma, and are plain ASCII).
pub const WOULD_NOTIFY: &str = "x-would-notify";

pub fn logins_header(logins: &[String]) -> String {
    logins.join(",")
}

pub fn logins_from_header(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// A proxy's bare status means what our own error of that kind would.
    #[test]
    fn a_bare_status_reads_back_as_the_kind_it_answers() {
        for kind in [
            ErrorKind::Auth,
            ErrorKind::Permission,
            ErrorKind::NotFound,
            ErrorKind::Conflict,
            ErrorKind::Invalid,
            ErrorKind::Locked,
            ErrorKind::Unreachable,
            ErrorKind::Other,
        ] {
            assert_eq!(kind_of(status_of(kind)), kind, "{kind:?}");
        }
    }

    /// One setting in, the same setting out, and that key alone on the wire.
    #[test]
    fn a_setting_crosses_the_wire_as_itself() {
        for setting in [
            Setting::ThirdPartyRegistration(true),
            Setting::Smtp(Some("smtp://mail.example".into())),
            Setting::Smtp(None),
            Setting::SmtpFrom(None),
            Setting::Language(crate::i18n::Lang::Fr),
            Setting::DigestMinutes(0),
            Setting::RegisterMaxAge(30),
        ] {
            let json = serde_json::to_value(SettingsPatch::from(setting.clone())).unwrap();
            assert_eq!(json.as_object().unwrap().len(), 1, "{json}");
            let back: SettingsPatch = serde_json::from_value(json).unwrap();
            assert_eq!(back.setting().unwrap(), setting);
        }
    }

    /// What the document says of `limit` is what is applied.
    #[test]
    fn the_documented_limits_are_the_applied_ones() {
        let described = |params: Vec<utoipa::openapi::path::Parameter>| {
            let limit = params.into_iter().find(|p| p.name == "limit").unwrap();
            let text = limit.description.unwrap_or_default();
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        let cases = [
            (
                described(Limit::into_params(|| None)),
                Limit::default().get(),
            ),
            (
                described(ClientsParams::into_params(|| None)),
                ClientsParams::default().limit(),
            ),
        ];
        for (doc, default) in cases {
            let default = default.unwrap();
            assert!(doc.contains(&format!("(default {default})")), "{doc}");
            let cap = format!("larger number than {MAX_PAGE} is read as {MAX_PAGE}");
            assert!(doc.contains(&cap), "{doc}");
        }
        assert_eq!(Limit::of(MAX_PAGE + 1).get().unwrap(), MAX_PAGE);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// One number, one way to write it: what is accepted writes back the same.
        #[test]
        fn a_path_number_is_its_plain_digits(s in "[-+0-9 .a-z]{0,22}", n in 0i64..) {
            if let Some(v) = plain_number(&s) {
                prop_assert_eq!(v.to_string(), s);
            }
            prop_assert_eq!(plain_number(&n.to_string()), Some(n));
        }
    }
}
