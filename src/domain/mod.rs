//! The firm's space as the Urssaf sheet describes it: the records, the identifiers and
//! the rules that do not need storage. No clap, no terminal, no SQL here.

pub mod audit;
pub mod ident;
pub mod import;
pub mod mandate;
pub mod notice;
pub mod personal;
pub mod portal;
pub mod register;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Next, Result};
use crate::messages as msg;

pub use ident::CompanyId;

/// Shortest password accepted (R1).
pub const MIN_PASSWORD_CHARS: usize = 12;

/// How long a session opened by `login` lasts.
pub const SESSION_HOURS: i64 = 12;

/// Wrong passwords in a row that lock a login, and for how long.
pub const LOCKOUT_FAILURES: u32 = 5;
pub const LOCKOUT_MINUTES: i64 = 15;

/// Wrong passwords from one source, whatever the logins, that lock that source out.
pub const SOURCE_FAILURES: u32 = 30;

/// What the throttle keeps at most: rows past this go, oldest first, so that failed
/// sign-ins cannot fill the disk.
pub const THROTTLE_ROWS: i64 = 10_000;

/// Longest password accepted: hashing a megabyte is work an attacker would choose.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// How long an activation code works (R6).
pub const ACTIVATION_DAYS: i64 = 7;

/// Changes one merged message lists; the rest are counted (R10).
pub const MESSAGE_ITEMS: usize = 20;

/// The longest digest interval a space can set: one day.
pub const MAX_DIGEST_MINUTES: u32 = 24 * 60;
/// The company register's answers are kept at most a year.
pub const MAX_REGISTER_AGE_DAYS: u32 = 365;
pub const DEFAULT_REGISTER_AGE_DAYS: u32 = 7;

fn default_register_age() -> u32 {
    DEFAULT_REGISTER_AGE_DAYS
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct SpaceInfo {
    pub siren: String,
    pub name: String,
    pub vat_number: String,
    pub third_party_registration: bool,
    pub created_at: String,
    /// Where notifications are sent from (`smtp://user@host:587`); never a password.
    pub smtp: Option<String>,
    /// The sender, `Name <address>`; the firm's name when only an address is set.
    pub smtp_from: Option<String>,
    /// The language notifications are written in: `fr` or `en` (a server older than
    /// this field speaks English).
    #[schema(value_type = String)]
    #[serde(default)]
    pub language: crate::i18n::Lang,
    /// Minutes a notification waits for more changes to the same person before it is
    /// sent; 0 sends at once.
    #[serde(default)]
    pub digest_minutes: u32,
    /// Days the company register's answers are kept before `clients verify` asks again.
    #[serde(default = "default_register_age")]
    pub register_max_age_days: u32,
    /// Months the audit is kept (`audit purge`, and `serve` daily, remove older entries).
    #[serde(default = "personal::default_audit_retention")]
    pub audit_retention_months: u32,
    /// Days after which the body of a sent notification is removed.
    #[serde(default = "personal::default_notification_retention")]
    pub notification_retention_days: u32,
    /// `clients add` and `clients import` refuse a client without a signed mandate.
    #[serde(default)]
    pub require_mandate: bool,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UserStatus {
    /// Account created by an administrator, waiting for `activate`.
    Pending,
    Active,
    /// Signed out and kept from signing in (`user disable`); nothing is deleted.
    Disabled,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct User {
    pub login: String,
    pub name: Option<String>,
    pub email: String,
    pub admin: bool,
    pub status: UserStatus,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Portfolio {
    pub number: i64,
    pub tiers_declarant: String,
    pub created_at: String,
    pub clients: u64,
    /// Only administrators see how many people share a portfolio (R7).
    pub subscribers: Option<u64>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    /// The collaborator has not activated their account yet.
    Pending,
    Active,
    /// Withheld by an administrator without withdrawing it.
    Suspended,
}

impl SubscriptionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SubscriptionStatus::Pending => "pending",
            SubscriptionStatus::Active => "active",
            SubscriptionStatus::Suspended => "suspended",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Subscriber {
    pub login: String,
    pub name: Option<String>,
    pub email: String,
    pub portfolio: i64,
    pub status: SubscriptionStatus,
    pub since: String,
}

/// `subscriber transfer` and `copy`: one collaborator's subscriptions (all, or the
/// portfolios named) given to another; `keep` leaves the first one subscribed too.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Handover {
    pub from: String,
    pub to: String,
    /// Empty: every portfolio of `from`.
    #[serde(default)]
    pub portfolios: Vec<i64>,
    #[serde(default)]
    pub keep: bool,
}

/// Why someone may see a client or a portfolio.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Sees every portfolio (R2, R7).
    Administrator,
    /// Sees the portfolios subscribed to and not suspended (R7).
    Subscriber,
}

/// `access client`: one person who can see the client, or could if their access were
/// in force (a suspended subscription, a disabled or pending account), and why.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct ClientAccess {
    pub login: String,
    pub name: Option<String>,
    pub role: Role,
    /// The portfolio that gives the access; none for an administrator.
    pub portfolio: Option<i64>,
    pub account: UserStatus,
    /// The subscription's state, for a subscriber.
    pub subscription: Option<SubscriptionStatus>,
    /// Whether the person sees the client today.
    pub sees: bool,
}

/// `access user`: one portfolio a person can see, with its client count.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct UserAccess {
    pub login: String,
    pub role: Role,
    pub account: UserStatus,
    /// The last successful sign-in; none for one not recorded (before this version).
    pub last_sign_in_at: Option<String>,
    pub portfolio: i64,
    pub clients: u64,
    pub subscription: Option<SubscriptionStatus>,
    pub sees: bool,
}

/// `access review`: one person, for the yearly access review.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct ReviewRow {
    pub login: String,
    pub name: Option<String>,
    pub email: String,
    pub role: Role,
    pub account: UserStatus,
    /// The portfolios in force, space-separated (every one, for an administrator).
    pub portfolios: String,
    /// Subscriptions held but suspended, space-separated.
    pub suspended: String,
    pub last_sign_in_at: Option<String>,
    /// Space-separated, from: `never-signed-in`, `idle`, `invitation-expired`,
    /// `disabled-but-subscribed`, `administrator`.
    pub findings: String,
}

/// `audit list` filters: newest first, at most `limit`, from `since` (included) to
/// `until` (excluded), both RFC 3339; `target` as the audit writes it (`client
/// 356000000`, `portfolio 2`, `user bob`), a person's also matching the subscription
/// changes that name them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct AuditQuery {
    pub limit: u64,
    pub since: Option<String>,
    pub until: Option<String>,
    pub actor: Option<String>,
    pub target: Option<String>,
}

pub const DEFAULT_IDLE_DAYS: u32 = 90;
pub const MAX_IDLE_DAYS: u32 = 3650;

/// One portfolio of a hand-over.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Handed {
    pub portfolio: i64,
    pub from: String,
    pub to: String,
    /// False when `to` was subscribed already.
    pub given: bool,
    /// False when `from` kept the subscription (`keep`, copy).
    pub withdrawn: bool,
}

/// What `subscriber add` did; the code is shown once, to the administrator.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct SubscriberAdded {
    #[serde(flatten)]
    pub subscriber: Subscriber,
    pub account_created: bool,
    pub activation_code: Option<String>,
    pub activation_expires_at: Option<String>,
}

/// A new activation code for an account still waiting to be activated (R6): shown once,
/// to the administrator; every earlier code of the account is void.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Reinvited {
    pub login: String,
    pub email: String,
    pub activation_code: Option<String>,
    pub activation_expires_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Client {
    pub siren: String,
    pub siret: Option<String>,
    pub name: String,
    pub portfolio: i64,
    pub vat_number: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct ClientMoved {
    #[serde(flatten)]
    pub client: Client,
    pub from: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    #[schema(value_type = String)]
    pub target: audit::Target,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Notification {
    pub id: i64,
    pub created_at: String,
    pub recipient: String,
    pub email: String,
    pub subject: String,
    /// Only the recipient sees the body (it may hold their activation code).
    pub body: Option<String>,
    /// pending, sending, sent, or failed (given up after too many attempts).
    pub status: String,
    pub attempts: u64,
    /// Why the last attempt failed, while it is not sent.
    pub last_error: Option<String>,
    /// The subjects of the changes the message tells of: several while changes to the
    /// same person wait together (the first `MESSAGE_ITEMS`; the others are counted).
    #[serde(default)]
    pub changes: Vec<String>,
}

/// What `login` hands back: the bearer token and when it stops working.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Session {
    pub token: String,
    pub login: String,
    pub expires_at: String,
}

/// One of a person's sessions, as `auth status` lists them. Never the token.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct SessionInfo {
    pub id: i64,
    pub created_at: String,
    pub last_used_at: String,
    pub expires_at: String,
    /// Where it was opened from: `local` for a command on the database's machine, else
    /// the client's address as the server saw it.
    pub source: String,
    /// The session of the request itself.
    pub current: bool,
}

/// How many sessions a `logout` ended.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Ended {
    pub ended: u64,
}

/// Which sessions `logout` ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionEnd {
    Current,
    /// Every session of the caller.
    All,
    /// One of the caller's sessions, by its id.
    One(i64),
    /// Every session of another person (administrators, R2).
    User(String),
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ClientQuery {
    pub portfolio: Option<i64>,
    pub search: Option<String>,
    pub limit: Option<u64>,
    /// Where the previous page stopped (`next_cursor` of that page).
    pub cursor: Option<String>,
}

/// A page of clients, in (portfolio, name, SIREN) order.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ClientPage {
    pub items: Vec<Client>,
    /// Present when more clients follow: pass it as `cursor` for the next page.
    pub next_cursor: Option<String>,
}

/// Opaque to callers: the sort key of the last client of a page.
pub fn encode_cursor(c: &Client) -> String {
    let key = serde_json::json!([c.portfolio, c.name, c.siren]).to_string();
    data_encoding::BASE64URL_NOPAD.encode(key.as_bytes())
}

pub fn decode_cursor(cursor: &str) -> Result<(i64, String, String)> {
    data_encoding::BASE64URL_NOPAD
        .decode(cursor.as_bytes())
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| Error::invalid(msg::cursor_invalid()).next(Next::StartOver))
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewSubscriber {
    pub portfolio: i64,
    pub login: String,
    pub email: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SubscriberChange {
    pub portfolio: i64,
    pub login: String,
    pub name: Option<String>,
    pub email: Option<String>,
    /// `Some(true)` suspends, `Some(false)` resumes.
    pub suspended: Option<bool>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Setting {
    ThirdPartyRegistration(bool),
    /// `None` stops delivery.
    Smtp(Option<String>),
    SmtpFrom(Option<String>),
    /// The language of notifications.
    #[schema(value_type = String)]
    Language(crate::i18n::Lang),
    /// Minutes a message waits for more changes before it is sent (0: at once).
    DigestMinutes(u32),
    /// Days the company register's answers are kept (0: always ask).
    RegisterMaxAge(u32),
    /// Months the audit is kept.
    AuditRetention(u32),
    /// Days the body of a sent notification is kept.
    NotificationRetention(u32),
    /// A client needs a signed lettre de mission to be added.
    RequireMandate(bool),
}

/// The SMTP server: `smtp://` (STARTTLS required), `smtps://` (TLS from the start), or
/// `smtp+plain://` without TLS, for this machine only. A password never goes in it.
pub fn validate_smtp_url(input: &str) -> Result<String> {
    // What is shown of the input never includes a password typed into it.
    let shown = match (input.find("://"), input.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://…{}", &input[..s], &input[at..]),
        _ => input.to_string(),
    };
    let bad = |reason: String| {
        Error::invalid(msg::smtp_url_invalid(&shown, &reason)).hint(msg::hint_smtp_url())
    };
    let url = url::Url::parse(input).map_err(|e| bad(e.to_string()))?;
    let host = url
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| bad(msg::smtp_reason_host()))?;
    if url.password().is_some() {
        return Err(bad(msg::smtp_reason_password()));
    }
    let loopback = matches!(host, "127.0.0.1" | "[::1]");
    match url.scheme() {
        "smtp" | "smtps" => {}
        "smtp+plain" if loopback => {}
        "smtp+plain" => return Err(bad(msg::smtp_reason_plain())),
        other => return Err(bad(msg::smtp_reason_scheme(other))),
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// A space is registered under the firm's SIREN, never a SIRET.
pub fn validate_space_siren(input: &str) -> Result<String> {
    match CompanyId::parse(input)? {
        CompanyId::Siren(s) => Ok(s),
        CompanyId::Siret(_) => {
            Err(Error::invalid(msg::space_needs_siren()).hint(msg::hint_space_siren()))
        }
    }
}

/// The first administrator and the firm, as `init` registers them.
#[derive(Debug, Clone)]
pub struct NewSpace {
    pub siren: String,
    pub name: String,
    pub admin_login: String,
    pub admin_email: String,
    pub admin_name: Option<String>,
}

/// Who is acting, as established from their session (R1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: i64,
    pub login: String,
    pub admin: bool,
}

/// A login: what people type to sign in. Lower-case letters, digits, `.`, `_`, `-`.
pub fn validate_login(login: &str) -> Result<()> {
    let ok_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c);
    let first_ok = login
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if !login.is_empty() && login.len() <= 64 && first_ok && login.chars().all(ok_char) {
        Ok(())
    } else {
        Err(Error::invalid(msg::login_invalid(login)).hint(msg::hint_login_format()))
    }
}

pub fn validate_email(email: &str) -> Result<()> {
    // Require a dotted domain: a firm's collaborators have routable addresses.
    let parsed = email_address::EmailAddress::parse_with_options(
        email,
        email_address::Options::default().with_required_tld(),
    );
    match parsed {
        Ok(_) if !email.contains(char::is_whitespace) => Ok(()),
        _ => Err(Error::invalid(msg::email_invalid(email)).hint(msg::hint_email_format())),
    }
}

/// A raison sociale or a person's name: trimmed, not empty, no control characters.
pub fn validate_name(what: &str, name: &str) -> Result<String> {
    // Named by position and code point: such a name reads differently from what it is
    // (U+202E turns the text around). The terminal shows the name itself made visible.
    if let Some((at, c)) = name.chars().enumerate().find(|(_, c)| hidden(*c)) {
        return Err(Error::invalid(msg::name_hidden_char(
            &format!("U+{:04X}", u32::from(c)),
            name,
            at + 1,
            what,
        ))
        .hint(msg::hint_name()));
    }
    let trimmed = name.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 200 {
        return Err(Error::invalid(msg::name_invalid(what, name)).hint(msg::hint_name()));
    }
    Ok(trimmed.to_string())
}

/// A character that does not show as itself: controls (newline, tab), and format
/// characters (Unicode category Cf: bidi controls, zero-width spaces and joiners, BOM).
fn hidden(c: char) -> bool {
    use icu_properties::{CodePointMapData, props::GeneralCategory};
    c.is_control() || CodePointMapData::<GeneralCategory>::new().get(c) == GeneralCategory::Format
}

/// A name as search and sorting compare it: decomposed (NFKD), without its marks, in
/// lower case, with the ligatures that do not decompose spelled out. `Établissement`,
/// `ETABLISSEMENT` and `etablissement` have the same key, and É sorts with E.
pub fn name_key(name: &str) -> String {
    // ASCII has no marks and decomposes to itself: most names, and every row of a
    // large import, take this way.
    if name.is_ascii() {
        return name.to_ascii_lowercase();
    }
    folded_key(name)
}

fn folded_key(name: &str) -> String {
    use icu_properties::{
        CodePointMapData,
        props::{GeneralCategory, GeneralCategoryGroup},
    };
    let category = CodePointMapData::<GeneralCategory>::new();
    let decomposed = icu_normalizer::DecomposingNormalizerBorrowed::new_nfkd().normalize(name);
    let mut key = String::with_capacity(decomposed.len());
    for c in decomposed
        .chars()
        .filter(|c| !GeneralCategoryGroup::Mark.contains(category.get(*c)))
        .flat_map(char::to_lowercase)
    {
        match c {
            'œ' => key.push_str("oe"),
            'æ' => key.push_str("ae"),
            'ß' => key.push_str("ss"),
            c => key.push(c),
        }
    }
    key
}

pub fn validate_password(password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(
            Error::invalid(msg::password_too_short(MIN_PASSWORD_CHARS)).hint(msg::hint_password())
        );
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(
            Error::invalid(msg::password_too_long(MAX_PASSWORD_BYTES)).hint(msg::hint_password())
        );
    }
    Ok(())
}

pub fn validate_digest_minutes(minutes: u32) -> Result<u32> {
    if minutes <= MAX_DIGEST_MINUTES {
        Ok(minutes)
    } else {
        Err(Error::invalid(msg::digest_too_long(MAX_DIGEST_MINUTES)).hint(msg::hint_digest()))
    }
}

pub fn validate_idle_days(days: u32) -> Result<u32> {
    if (1..=MAX_IDLE_DAYS).contains(&days) {
        Ok(days)
    } else {
        Err(Error::invalid(crate::t!("value-idle-days")))
    }
}

pub fn validate_register_max_age(days: u32) -> Result<u32> {
    if days <= MAX_REGISTER_AGE_DAYS {
        Ok(days)
    } else {
        Err(Error::invalid(crate::t!("value-register-max-age")))
    }
}

pub fn validate_portfolio_number(n: i64) -> Result<i64> {
    if n >= 1 {
        Ok(n)
    } else {
        Err(
            Error::invalid(msg::portfolio_number_invalid(&n.to_string()))
                .next(Next::ListPortfolios),
        )
    }
}

/// R10: the people to notify are the ones concerned, never the one who acted.
pub fn recipients(actor: &Actor, concerned: impl IntoIterator<Item = i64>) -> Vec<i64> {
    let mut ids: Vec<i64> = concerned.into_iter().filter(|id| *id != actor.id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_keys_fold_accents_case_and_ligatures() {
        for (name, key) in [
            ("Établissement Lyon", "etablissement lyon"),
            ("ÉTABLISSEMENT", "etablissement"),
            ("Œuvres Cœur", "oeuvres coeur"),
            ("Æther", "aether"),
            ("Straße", "strasse"),
            ("ﬁnance Ça", "finance ca"),
            ("Noël Ĳssel", "noel ijssel"),
        ] {
            assert_eq!(name_key(name), key, "{name}");
        }
    }

    #[test]
    fn ascii_names_take_the_short_way_to_the_same_key() {
        let every: String = (0..128u8).map(char::from).collect();
        for name in [
            every.as_str(),
            "Client 012345 SARL",
            "L'ETOILE & Fils, S.A.",
        ] {
            assert_eq!(name_key(name), folded_key(name), "{name:?}");
        }
        for c in (0..128u8).map(char::from) {
            assert_eq!(
                name_key(&c.to_string()),
                folded_key(&c.to_string()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn names_with_hidden_characters_are_refused() {
        for bad in [
            "a\u{202E}b",
            "a\u{200B}b",
            "a\u{200D}b",
            "a\u{2069}b",
            "a\u{AD}b",
            "a\nb",
        ] {
            assert!(validate_name("name", bad).is_err(), "{bad:?}");
        }
        for good in ["L'Étoile", "Dupont\u{A0}& Fils", "Ève-Marie Ødegård"] {
            validate_name("name", good).unwrap();
        }
    }

    #[test]
    fn logins() {
        for ok in ["alice", "a.martin", "j-dupont_2", "42"] {
            validate_login(ok).unwrap();
        }
        for bad in ["", "Alice", ".alice", "a b", "a@b", &"x".repeat(65)] {
            assert!(validate_login(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails() {
        validate_email("alice@cabinet.fr").unwrap();
        for bad in [
            "alice",
            "alice@",
            "@cabinet.fr",
            "alice@cabinet",
            "a b@c.fr",
        ] {
            assert!(validate_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn r10_recipients_exclude_the_actor() {
        let actor = Actor {
            id: 1,
            login: "boss".into(),
            admin: true,
        };
        assert_eq!(recipients(&actor, [3, 1, 2, 2]), vec![2, 3]);
    }
}
