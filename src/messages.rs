//! Every sentence the tool says to a person. The words are in the Fluent catalogues
//! (`locales/en`, `locales/fr`); these functions name each message and its arguments.
//! Field names of JSON and CSV output are an interface and do not live here.

use std::fmt::Display;
use std::path::Path;

use crate::domain::ident::group;
use crate::domain::{Client, Subscriber, User};
use crate::i18n::{self, Lang};
use crate::t;

fn path(p: &Path) -> String {
    shown_at_most(&p.display().to_string(), LONG_VALUE)
}

/// Characters of an outside value shown in a message; the rest is cut.
pub const VALUE_CHARS: usize = 64;
/// For names that passed validation (200 characters at most).
const NAME_CHARS: usize = 200;
/// For paths, URLs and libraries' reasons, which run longer.
const LONG_VALUE: usize = 400;

/// A value from outside (typed, read from a file, sent to the server) as a message shows
/// it: control and format characters made visible instead of acted on by the terminal
/// (ESC as ␛, a right-to-left override as <U+202E>), and cut to `VALUE_CHARS` characters.
pub fn shown(value: &str) -> String {
    shown_at_most(value, VALUE_CHARS)
}

pub fn shown_at_most(value: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in value.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        match c {
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7f}' => out.push('\u{2421}'),
            c if hidden(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Characters a terminal acts on or does not draw: C1 controls, and the format
/// characters that reorder or hide text (bidi controls, zero-width ones, BOM, ...).
fn hidden(c: char) -> bool {
    matches!(c as u32,
        0x80..=0x9f | 0xad | 0x61c | 0x180e | 0x200b..=0x200f | 0x2028..=0x202e
        | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xe0000..=0xe007f)
}

/// The last guard before a terminal or an HTTP body: whatever a message holds, no
/// control character but the line break goes out, and a message has a length.
pub fn terminal_safe(text: &str) -> String {
    const MAX: usize = 4000;
    text.split('\n')
        .map(|line| shown_at_most(line, MAX))
        .collect::<Vec<_>>()
        .join("\n")
}

fn text(e: &dyn Display) -> String {
    e.to_string()
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// A SIREN or SIRET as people write it: grouped by three.
pub fn id(digits: &str) -> String {
    group(digits)
}

/// `2026-11-26T14:05:00Z` in the machine's time zone: `2026-11-26 15:05` in English,
/// `26/11/2026 15:05` in French.
pub fn date_time(rfc3339: &str) -> String {
    local(
        rfc3339,
        match i18n::current() {
            Lang::En => "%Y-%m-%d %H:%M",
            Lang::Fr => "%d/%m/%Y %H:%M",
        },
    )
}

fn local(rfc3339: &str, format: &str) -> String {
    rfc3339
        .parse::<jiff::Timestamp>()
        .map(|t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::system())
                .strftime(format)
                .to_string()
        })
        .unwrap_or_else(|_| rfc3339.to_string())
}

/// Why something failed, in the language when the system said it (a file not found, a
/// connection refused), else in the words of the library that failed.
pub fn reason(e: &(dyn std::error::Error + 'static)) -> String {
    system_reason(e).unwrap_or_else(|| e.to_string())
}

/// The system's reason anywhere in the chain of causes, in the language.
pub fn system_reason(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut cause = Some(e);
    while let Some(c) = cause {
        if let Some(io) = c.downcast_ref::<std::io::Error>()
            && let Some(said) = io_reason(io.kind())
        {
            return Some(said);
        }
        cause = c.source();
    }
    None
}

fn io_reason(kind: std::io::ErrorKind) -> Option<String> {
    use std::io::ErrorKind as K;
    Some(match kind {
        K::NotFound => t!("io-not-found"),
        K::PermissionDenied => t!("io-permission-denied"),
        K::AlreadyExists => t!("io-already-exists"),
        K::IsADirectory => t!("io-is-a-directory"),
        K::NotADirectory => t!("io-not-a-directory"),
        K::ReadOnlyFilesystem => t!("io-read-only"),
        K::StorageFull => t!("io-storage-full"),
        K::ConnectionRefused => t!("io-connection-refused"),
        K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => t!("io-connection-reset"),
        K::TimedOut => t!("timed-out"),
        K::HostUnreachable | K::NetworkUnreachable => t!("io-unreachable"),
        _ => return None,
    })
}

pub fn timed_out() -> String {
    t!("timed-out")
}

/// A label and its text: `error: …` in English, `erreur : …` in French.
pub fn labelled(label: &str, body: &str) -> String {
    t!("labelled", label = label, text = body)
}

// ---- storage -------------------------------------------------------------------------

pub fn db_busy() -> String {
    t!("db-busy")
}
pub fn hint_retry() -> String {
    t!("hint-retry")
}
pub fn db_read_only() -> String {
    t!("db-read-only")
}
pub fn hint_db_read_only() -> String {
    t!("hint-db-read-only")
}
pub fn db_malformed() -> String {
    t!("db-malformed")
}
pub fn hint_check() -> String {
    t!("hint-check")
}
pub fn db_damaged(p: &Path) -> String {
    t!("db-damaged", path = path(p))
}
pub fn hint_damaged(p: &Path) -> String {
    t!("hint-damaged", path = path(p))
}
pub fn db_disk_full() -> String {
    t!("db-disk-full")
}
pub fn hint_disk_full() -> String {
    t!("hint-disk-full")
}
pub fn db_cannot_open() -> String {
    t!("db-cannot-open")
}
pub fn db_folder_read_only(dir: &Path, p: &Path) -> String {
    t!("db-folder-read-only", dir = path(dir), path = path(p))
}
pub fn hint_folder_writable(dir: &Path) -> String {
    t!("hint-folder-writable", dir = path(dir))
}
pub fn side_file_read_only(p: &Path) -> String {
    t!("side-file-read-only", path = path(p))
}
pub fn backup_exists(p: &Path) -> String {
    t!("backup-exists", path = path(p))
}
pub fn hint_backup_other_file() -> String {
    t!("hint-backup-other-file")
}
pub fn backup_damaged(p: &Path) -> String {
    t!("backup-damaged", path = path(p))
}
pub fn backup_written(p: &Path, size: &str) -> String {
    t!("backup-written", path = path(p), size = size)
}
pub fn maintenance_is_local() -> String {
    t!("maintenance-is-local")
}
pub fn hint_maintenance_on_server() -> String {
    t!("hint-maintenance-on-server")
}
/// A file's size, rounded: `840 KiB`, `12 MiB`.
pub fn bytes(n: u64) -> String {
    t!("bytes", mib = n / (1024 * 1024), kib = n.div_ceil(1024))
}
pub fn check_ok(p: &Path) -> String {
    t!("check-ok", path = path(p))
}
pub fn check_damaged(p: &Path) -> String {
    t!("check-damaged", path = path(p))
}
pub fn db_not_a_database() -> String {
    t!("db-not-a-database")
}
pub fn hint_check_db_path() -> String {
    t!("hint-check-db-path")
}
pub fn db_error(e: &str) -> String {
    t!("db-error", e = shown_at_most(e, LONG_VALUE))
}
pub fn no_space_at(p: &Path) -> String {
    t!("no-space-at", path = path(p))
}
pub fn hint_init() -> String {
    t!("hint-init")
}
pub fn space_needs_siren() -> String {
    t!("space-needs-siren")
}
pub fn space_exists(p: &Path) -> String {
    t!("space-exists", path = path(p))
}
pub fn hint_use_other_db() -> String {
    t!("hint-use-other-db")
}
pub fn db_too_new(found: usize, known: usize) -> String {
    t!("db-too-new", found = found, known = known)
}
pub fn hint_upgrade() -> String {
    t!("hint-upgrade")
}
pub fn cannot_create(p: &Path, e: &dyn Display) -> String {
    t!(
        "cannot-create",
        path = path(p),
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}

// ---- identifiers and input -----------------------------------------------------------

pub fn id_invalid(input: &str, reason: &str) -> String {
    t!(
        "id-invalid",
        input = shown(input),
        reason = shown_at_most(reason, LONG_VALUE)
    )
}
pub fn id_reason_length(n: usize) -> String {
    t!("id-reason-length", n = n)
}
pub fn id_reason_char(c: char) -> String {
    t!("id-reason-char", c = shown(&c.to_string()))
}
pub fn id_reason_zero() -> String {
    t!("id-reason-zero")
}
pub fn id_reason_checksum(kind: &str) -> String {
    t!("id-reason-checksum", kind = kind)
}
pub fn id_reason_siret_siren(siren: &str) -> String {
    t!("id-reason-siret-siren", siren = group(siren))
}
pub fn hint_id_format() -> String {
    t!("hint-id-format")
}
pub fn login_invalid(login: &str) -> String {
    t!("login-invalid", login = shown(login))
}
pub fn hint_login_format() -> String {
    t!("hint-login-format")
}
pub fn email_invalid(email: &str) -> String {
    t!("email-invalid", email = shown(email))
}
pub fn hint_email_format() -> String {
    t!("hint-email-format")
}
/// `what`: "firm" for a company's raison sociale, "name" for a person's name.
pub fn name_invalid(what: &str, name: &str) -> String {
    t!("name-invalid", what = what, name = shown(name))
}
pub fn hint_name() -> String {
    t!("hint-name")
}
pub fn hint_password() -> String {
    t!("hint-password")
}
pub fn password_too_short(min: usize) -> String {
    t!("password-too-short", min = min)
}
pub fn portfolio_number_invalid(n: &str) -> String {
    t!("portfolio-number-invalid", n = shown(n))
}
pub fn number_not_plain(n: &str) -> String {
    t!("number-not-plain", n = n)
}
pub fn portfolio_numbered_from_1() -> String {
    t!("portfolio-numbered-from-1")
}
pub fn passwords_differ() -> String {
    t!("passwords-differ")
}
pub fn password_stdin_empty() -> String {
    t!("password-stdin-empty")
}

// ---- sign-in ---------------------------------------------------------------------------

pub fn not_signed_in() -> String {
    t!("not-signed-in")
}
pub fn hint_login() -> String {
    t!("hint-login")
}
pub fn session_expired() -> String {
    t!("session-expired")
}
pub fn login_locked(seconds: u64) -> String {
    t!("login-locked", minutes = seconds.div_ceil(60))
}
pub fn hint_locked() -> String {
    t!("hint-locked")
}
pub fn wrong_credentials() -> String {
    t!("wrong-credentials")
}
pub fn hint_wrong_credentials() -> String {
    t!("hint-wrong-credentials")
}
pub fn password_too_long(max: usize) -> String {
    t!("password-too-long", max = max)
}
pub fn session_not_found(id: i64) -> String {
    t!("session-not-found", id = id)
}
pub fn hint_session_list() -> String {
    t!("hint-session-list")
}
pub fn digest_too_long(max: u32) -> String {
    t!("digest-too-long", max = max)
}
pub fn digest_set(minutes: u32) -> String {
    t!("digest-set", minutes = minutes)
}
pub fn activation_code_wrong() -> String {
    t!("activation-code-wrong")
}
pub fn hint_activation_code() -> String {
    t!("hint-activation-code")
}
pub fn login_needed() -> String {
    t!("login-needed")
}
pub fn hint_user_flag() -> String {
    t!("hint-user-flag")
}
pub fn signed_in(login: &str, profile: &str, expires: &str) -> String {
    t!(
        "signed-in",
        login = shown(login),
        profile = shown(profile),
        expires = date_time(expires)
    )
}
pub fn signed_out(login: &str) -> String {
    t!("signed-out", login = shown(login))
}
pub fn sessions_ended(login: &str, count: u64) -> String {
    t!("sessions-ended", login = shown(login), count = count)
}
pub fn space_created(siren: &str, name: &str, p: &Path) -> String {
    t!(
        "space-created",
        name = shown_at_most(name, NAME_CHARS),
        siren = group(siren),
        path = path(p)
    )
}
pub fn next_login(login: &str) -> String {
    t!("next-login", login = shown(login))
}
pub fn activated(login: &str) -> String {
    t!("activated", login = shown(login))
}

// ---- credentials -----------------------------------------------------------------------

pub fn keyring_failed(e: &dyn Display) -> String {
    t!("keyring-failed", e = shown_at_most(&text(e), LONG_VALUE))
}
pub fn keyring_timeout(secs: u64) -> String {
    t!("keyring-timeout", secs = secs)
}
pub fn hint_keyring() -> String {
    t!("hint-keyring")
}
pub fn insecure_storage_warning(p: &Path) -> String {
    t!("insecure-storage-warning", path = path(p))
}
pub fn credential_file_unreadable(p: &Path, e: &dyn Display) -> String {
    t!(
        "credential-file-unreadable",
        path = path(p),
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}
pub fn config_unreadable(p: &Path, e: &dyn Display) -> String {
    t!(
        "config-unreadable",
        path = path(p),
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}
pub fn hint_fix_config(p: &Path) -> String {
    t!("hint-fix-config", path = path(p))
}
pub fn profile_invalid(name: &str) -> String {
    t!("profile-invalid", name = shown(name))
}
pub fn hint_profile_format() -> String {
    t!("hint-profile-format")
}

// ---- prompts ---------------------------------------------------------------------------

pub fn prompt_password() -> String {
    t!("prompt-password")
}
pub fn prompt_new_password() -> String {
    t!("prompt-new-password")
}
pub fn prompt_repeat_password() -> String {
    t!("prompt-repeat-password")
}
pub fn prompt_login() -> String {
    t!("prompt-login")
}
pub fn prompt_activation_code() -> String {
    t!("prompt-activation-code")
}
pub fn prompt_yes_no() -> String {
    t!("prompt-yes-no")
}
pub fn prompt_answer_yes_or_no() -> String {
    t!("prompt-answer-yes-or-no")
}
pub fn code_needed() -> String {
    t!("code-needed")
}
pub fn hint_code_flag() -> String {
    t!("hint-code-flag")
}
pub fn needs_terminal_for_password() -> String {
    t!("needs-terminal-for-password")
}
pub fn hint_password_stdin() -> String {
    t!("hint-password-stdin")
}
pub fn needs_yes(question: &str) -> String {
    t!("needs-yes", question = question)
}
pub fn hint_yes() -> String {
    t!("hint-yes")
}
pub fn cancelled() -> String {
    t!("cancelled")
}
pub fn prompt_failed(e: &dyn Display) -> String {
    t!("prompt-failed", e = shown_at_most(&text(e), LONG_VALUE))
}

// ---- permissions -----------------------------------------------------------------------

pub fn admin_only(login: &str) -> String {
    t!("admin-only", login = shown(login))
}
pub fn hint_ask_admin() -> String {
    t!("hint-ask-admin")
}

// ---- portfolios ------------------------------------------------------------------------

pub fn confirm_portfolio_create(firm: &str) -> String {
    t!(
        "confirm-portfolio-create",
        firm = shown_at_most(firm, NAME_CHARS)
    )
}
pub fn portfolio_created(number: i64, firm: &str) -> String {
    t!(
        "portfolio-created",
        number = number,
        firm = shown_at_most(firm, NAME_CHARS)
    )
}
pub fn portfolio_would_create(number: i64, firm: &str) -> String {
    t!(
        "portfolio-would-create",
        number = number,
        firm = shown_at_most(firm, NAME_CHARS)
    )
}
pub fn portfolio_not_found(n: i64) -> String {
    t!("portfolio-not-found", n = n)
}
pub fn hint_portfolio_list() -> String {
    t!("hint-portfolio-list")
}
pub fn portfolio_not_yours(n: i64) -> String {
    t!("portfolio-not-yours", n = n)
}

// ---- subscribers -----------------------------------------------------------------------

pub fn email_needed_for_new(login: &str) -> String {
    t!("email-needed-for-new", login = shown(login))
}
pub fn hint_email_flag() -> String {
    t!("hint-email-flag")
}
pub fn already_subscribed(login: &str, n: i64) -> String {
    t!("already-subscribed", login = login, n = n)
}
pub fn hint_subscriber_list(n: i64) -> String {
    t!("hint-subscriber-list", n = n)
}
pub fn subscription_not_found(login: &str, n: i64) -> String {
    t!("subscription-not-found", login = login, n = n)
}
pub fn user_not_found(login: &str) -> String {
    t!("user-not-found", login = shown(login))
}
pub fn hint_add_subscriber_first() -> String {
    t!("hint-add-subscriber-first")
}
pub fn nothing_to_modify() -> String {
    t!("nothing-to-modify")
}
pub fn hint_modify_flags() -> String {
    t!("hint-modify-flags")
}
pub fn subscriber_added(login: &str, n: i64) -> String {
    t!("subscriber-added", login = login, n = n)
}
pub fn subscriber_would_add(login: &str, n: i64, creates: bool) -> String {
    t!(
        "subscriber-would-add",
        login = shown(login),
        n = n,
        creates = yes_no(creates)
    )
}
pub fn account_created_code(login: &str, code: &str, expires: &str) -> String {
    format!(
        "{}\n{}",
        t!(
            "account-created-code",
            login = shown(login),
            code = code,
            expires = date_time(expires)
        ),
        t!("account-code-sent", login = shown(login))
    )
}
pub fn subscriber_modified(login: &str, n: i64) -> String {
    t!("subscriber-modified", login = login, n = n)
}
pub fn confirm_subscriber_remove(login: &str, n: i64) -> String {
    t!("confirm-subscriber-remove", login = login, n = n)
}
pub fn subscriber_removed(login: &str, n: i64) -> String {
    t!("subscriber-removed", login = login, n = n)
}
pub fn dry_run_nothing_changed() -> String {
    t!("dry-run-nothing-changed")
}

// ---- administrators --------------------------------------------------------------------

pub fn already_admin(login: &str) -> String {
    t!("already-admin", login = shown(login))
}
pub fn not_an_admin(login: &str) -> String {
    t!("not-an-admin", login = shown(login))
}
pub fn last_admin(login: &str) -> String {
    t!("last-admin", login = shown(login))
}
pub fn hint_add_admin_first() -> String {
    t!("hint-add-admin-first")
}
pub fn admin_added(login: &str) -> String {
    t!("admin-added", login = shown(login))
}
pub fn confirm_admin_remove(login: &str) -> String {
    t!("confirm-admin-remove", login = shown(login))
}
pub fn admin_removed(login: &str) -> String {
    t!("admin-removed", login = shown(login))
}

// ---- clients ---------------------------------------------------------------------------

pub fn client_not_found(id: &str) -> String {
    t!("client-not-found", id = shown(id))
}
pub fn hint_clients_list() -> String {
    t!("hint-clients-list")
}
pub fn client_not_yours(id: &str) -> String {
    t!("client-not-yours", id = shown(id))
}
pub fn client_exists(id: &str, portfolio: i64) -> String {
    t!("client-exists", id = shown(id), portfolio = portfolio)
}
pub fn hint_client_move(id: &str) -> String {
    t!("hint-client-move", id = shown(id))
}
pub fn client_already_in(id: &str, portfolio: i64) -> String {
    t!("client-already-in", id = shown(id), portfolio = portfolio)
}
pub fn client_added(id: &str, name: &str, portfolio: i64) -> String {
    t!(
        "client-added",
        id = shown(id),
        name = shown_at_most(name, NAME_CHARS),
        portfolio = portfolio
    )
}
pub fn client_moved(id: &str, from: i64, to: i64) -> String {
    t!("client-moved", id = shown(id), from = from, to = to)
}
pub fn confirm_client_remove(id: &str, name: &str, portfolio: i64) -> String {
    t!(
        "confirm-client-remove",
        id = shown(id),
        name = shown_at_most(name, NAME_CHARS),
        portfolio = portfolio
    )
}
pub fn client_removed(id: &str, portfolio: i64) -> String {
    t!("client-removed", id = shown(id), portfolio = portfolio)
}
pub fn cursor_invalid() -> String {
    t!("cursor-invalid")
}
pub fn limit_invalid(v: &str) -> String {
    t!("limit-invalid", v = shown(v))
}

// ---- email delivery (R10) ---------------------------------------------------------------

pub fn smtp_url_invalid(input: &str, reason: &str) -> String {
    t!(
        "smtp-url-invalid",
        input = shown(input),
        reason = shown_at_most(reason, LONG_VALUE)
    )
}
pub fn hint_smtp_url() -> String {
    t!("hint-smtp-url")
}
pub fn smtp_reason_host() -> String {
    t!("smtp-reason-host")
}
pub fn smtp_reason_password() -> String {
    t!("smtp-reason-password")
}
pub fn smtp_reason_plain() -> String {
    t!("smtp-reason-plain")
}
pub fn smtp_reason_scheme(scheme: &str) -> String {
    t!("smtp-reason-scheme", scheme = scheme)
}
pub fn sender_invalid(input: &str) -> String {
    t!("sender-invalid", input = shown(input))
}
pub fn hint_sender() -> String {
    t!("hint-sender")
}
pub fn smtp_failed(e: &dyn Display) -> String {
    t!("smtp-failed", e = shown_at_most(&text(e), LONG_VALUE))
}
pub fn smtp_no_password() -> String {
    t!("smtp-no-password")
}
pub fn hint_smtp_password() -> String {
    t!("hint-smtp-password")
}
pub fn smtp_no_sender() -> String {
    t!("smtp-no-sender")
}
pub fn hint_smtp_sender() -> String {
    t!("hint-smtp-sender")
}
pub fn smtp_not_set() -> String {
    t!("smtp-not-set")
}
pub fn delivered(sent: u64, failed: u64) -> String {
    t!("delivered", sent = sent, failed = failed)
}
pub fn delivery_failed_after_change(e: &str) -> String {
    t!(
        "delivery-failed-after-change",
        e = shown_at_most(e, LONG_VALUE)
    )
}
pub fn hint_notifications_send() -> String {
    t!("hint-notifications-send")
}
pub fn delivery_is_the_servers() -> String {
    t!("delivery-is-the-servers")
}
pub fn hint_server_smtp() -> String {
    t!("hint-server-smtp")
}
pub fn smtp_set(url: Option<&str>) -> String {
    match url {
        Some(u) => t!("smtp-set", url = u),
        None => t!("smtp-unset"),
    }
}
pub fn smtp_from_set(from: Option<&str>) -> String {
    match from {
        Some(f) => t!("smtp-from-set", from = f),
        None => t!("smtp-from-unset"),
    }
}
pub fn cannot_read_file(p: &Path, e: &dyn Display) -> String {
    t!(
        "cannot-read-file",
        path = path(p),
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}
pub fn password_file_open(p: &Path) -> String {
    t!("password-file-open", path = path(p))
}
pub fn hint_chmod_600(p: &Path) -> String {
    t!("hint-chmod-600", path = path(p))
}
pub fn mail_log(sent: u64, failed: u64) -> String {
    t!("mail-log", sent = sent, failed = failed)
}
pub fn mail_log_error(e: &str) -> String {
    t!("mail-log-error", e = shown_at_most(e, LONG_VALUE))
}
/// A notification as emailed: what changed (the notice), then when, and for which space.
pub fn mail_body(notice: &str, firm: &str, at: &str) -> String {
    format!(
        "{notice}\n\n{}\n\n-- \n{}",
        t!("mail-when", at = date_time(at)),
        t!("mail-footer", firm = firm)
    )
}
pub fn smtp_password_kept() -> String {
    t!("smtp-password-kept")
}
pub fn prompt_smtp_password() -> String {
    t!("prompt-smtp-password")
}
pub fn one_setting_at_a_time() -> String {
    t!("one-setting-at-a-time")
}

// ---- help ------------------------------------------------------------------------------

pub fn no_help_for(words: &str) -> String {
    t!("no-help-for", words = shown(words))
}
pub fn hint_help_topics() -> String {
    t!("hint-help-topics")
}

// ---- bulk import -----------------------------------------------------------------------

pub fn import_run_invalid() -> String {
    t!("import-run-invalid")
}
pub fn import_run_taken() -> String {
    t!("import-run-taken")
}
pub fn import_client_added(portfolio: i64) -> String {
    t!("import-client-added", portfolio = portfolio)
}
pub fn import_client_already_in(portfolio: i64) -> String {
    t!("import-client-already-in", portfolio = portfolio)
}
pub fn import_client_elsewhere(portfolio: i64) -> String {
    t!("import-client-elsewhere", portfolio = portfolio)
}
pub fn import_client_moved(from: i64) -> String {
    t!("import-client-moved", from = from)
}
pub fn import_other_siret(held: &str) -> String {
    t!("import-other-siret", held = shown(held))
}
pub fn import_subscribed(portfolio: i64, account_created: bool, code: bool) -> String {
    match (account_created, code) {
        (true, _) => t!("import-subscribed-new-account", portfolio = portfolio),
        (false, true) => t!("import-subscribed-new-code", portfolio = portfolio),
        (false, false) => t!("import-subscribed", portfolio = portfolio),
    }
}
pub fn import_already_subscribed(portfolio: i64) -> String {
    t!("import-already-subscribed", portfolio = portfolio)
}
pub fn import_email_differs(login: &str, email: &str) -> String {
    t!(
        "import-email-differs",
        login = shown(login),
        email = shown(email)
    )
}
pub fn import_duplicate(first: u64) -> String {
    t!("import-duplicate", first = first)
}
pub fn import_stopped(line: u64) -> String {
    t!("import-stopped", line = line)
}
pub fn import_other_email(login: &str, line: u64) -> String {
    t!("import-other-email", login = shown(login), line = line)
}
pub fn import_duplicate_earlier() -> String {
    t!("import-duplicate-earlier")
}
pub fn import_field_count(found: usize, expected: usize) -> String {
    t!("import-field-count", found = found, expected = expected)
}
pub fn import_not_utf8() -> String {
    t!("import-not-utf8")
}
pub fn import_not_text(encoding: &str) -> String {
    t!("import-not-text", encoding = shown(encoding))
}
pub fn import_cannot_read(p: &Path, e: &dyn Display) -> String {
    t!(
        "import-cannot-read",
        path = path(p),
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}
pub fn hint_import_file() -> String {
    t!("hint-import-file")
}
pub fn import_empty() -> String {
    t!("import-empty")
}
pub fn import_missing_column(column: &str, found: &str) -> String {
    t!(
        "import-missing-column",
        column = shown(column),
        found = shown_at_most(found, LONG_VALUE)
    )
}
pub fn hint_import_header(expected: &str) -> String {
    t!("hint-import-header", expected = expected)
}
pub fn hint_import_encoding() -> String {
    t!("hint-import-encoding")
}
pub fn cannot_write_report(p: &Path, e: &dyn Display) -> String {
    t!(
        "cannot-write-report",
        path = path(p),
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}
pub fn report_is_input(p: &Path) -> String {
    t!("report-is-input", path = path(p))
}
pub fn hint_report_elsewhere() -> String {
    t!("hint-report-elsewhere")
}
pub fn import_row_failed(line: u64, column: Option<&str>, message: &str) -> String {
    match column {
        Some(c) => t!(
            "import-row-failed",
            line = line,
            column = c,
            message = message
        ),
        None => t!(
            "import-row-failed-no-column",
            line = line,
            message = message
        ),
    }
}
/// "1,204" in English, "1 204" in French: thousands separated, for people.
pub fn count(n: u64) -> String {
    i18n::group_thousands(n, i18n::current())
}
pub fn import_summary(created: u64, moved: Option<u64>, skipped: u64, failed: u64) -> String {
    match moved {
        Some(moved) => t!(
            "import-summary-moved",
            created = created,
            moved = moved,
            skipped = skipped,
            failed = failed
        ),
        None => t!(
            "import-summary",
            created = created,
            skipped = skipped,
            failed = failed
        ),
    }
}
pub fn import_unwritten_summary(
    dry_run: bool,
    created: u64,
    moved: Option<u64>,
    skipped: u64,
    failed: u64,
) -> String {
    let dry = yes_no(dry_run);
    match moved {
        Some(moved) => t!(
            "import-unwritten-summary-moved",
            dry = dry,
            created = created,
            moved = moved,
            skipped = skipped,
            failed = failed
        ),
        None => t!(
            "import-unwritten-summary",
            dry = dry,
            created = created,
            skipped = skipped,
            failed = failed
        ),
    }
}
pub fn import_refused(failed: u64) -> String {
    t!("import-refused", failed = failed)
}
pub fn hint_import_refused() -> String {
    t!("hint-import-refused")
}
pub fn import_partial(failed: u64) -> String {
    t!("import-partial", failed = failed)
}
pub fn hint_import_report() -> String {
    t!("hint-import-report")
}
pub fn import_codes_kept(n: u64, p: &Path) -> String {
    t!("import-codes-kept", n = n, path = path(p))
}
pub fn import_codes_sent(n: u64) -> String {
    t!("import-codes-sent", n = n)
}

// ---- settings --------------------------------------------------------------------------

pub fn third_party_label() -> String {
    t!("third-party-label")
}
pub fn language_label() -> String {
    t!("language-label")
}
pub fn on_off(on: bool) -> String {
    if on { t!("on") } else { t!("off") }
}
pub fn language_name(lang: Lang) -> String {
    t!("language-name", lang = lang.code())
}
pub fn setting_set(on: bool) -> String {
    t!(
        "setting-set",
        label = third_party_label(),
        value = on_off(on)
    )
}
pub fn language_set(lang: Lang) -> String {
    t!(
        "setting-set",
        label = language_label(),
        value = language_name(lang)
    )
}

// ---- auth status -----------------------------------------------------------------------

pub fn token_in_keyring(profile: &str) -> String {
    t!("token-in-keyring", profile = shown(profile))
}
pub fn token_in_environment() -> String {
    t!("token-in-environment")
}
pub fn token_in_file(p: &Path) -> String {
    t!("token-in-file", path = path(p))
}
pub fn status_line(login: &str, admin: bool) -> String {
    if admin {
        t!("status-line-admin", login = shown(login))
    } else {
        t!("status-line", login = shown(login))
    }
}

// ---- table headers and values ----------------------------------------------------------

/// Column headers of tables (JSON and CSV keep the records' field names).
pub mod header {
    use crate::t;

    macro_rules! headers {
        ($($name:ident => $id:literal),+ $(,)?) => {
            $(pub fn $name() -> String { t!($id) })+
        };
    }
    headers! {
        number => "header-number",
        tiers_declarant => "header-tiers-declarant",
        created => "header-created",
        clients => "header-clients",
        subscribers => "header-subscribers",
        login => "header-login",
        name => "header-name",
        email => "header-email",
        portfolio => "header-portfolio",
        status => "header-status",
        since => "header-since",
        admin => "header-admin",
        siren => "header-siren",
        siret => "header-siret",
        at => "header-at",
        actor => "header-actor",
        action => "header-action",
        target => "header-target",
        detail => "header-detail",
        recipient => "header-recipient",
        subject => "header-subject",
        last_error => "header-last-error",
        field => "header-field",
        value => "header-value",
        id => "header-id",
        attempts => "header-attempts",
        vat => "header-vat",
        profile => "header-profile",
        space => "header-space",
        credential => "header-credential",
        third_party_registration => "header-third-party-registration",
        smtp => "header-smtp",
        smtp_from => "header-smtp-from",
        language => "header-language",
        last_used => "header-last-used",
        expires => "header-expires",
        source => "header-source",
        current => "header-current",
        digest => "header-digest",
    }
}

pub fn digest_minutes(minutes: u32) -> String {
    t!("digest-minutes", minutes = minutes)
}

pub fn yes_or_no(b: bool) -> String {
    if b { t!("yes") } else { t!("no") }
}

/// What an audit entry records, as a table shows it (JSON and CSV keep the code).
pub fn audit_action(code: &str) -> String {
    t!("audit-action", code = code.replace('.', "-"))
}

/// `user bob`, `portfolio 2`, `client 356000000`: the kind in the language, identifiers
/// grouped.
pub fn audit_target(target: &str) -> String {
    match target.split_once(' ') {
        Some((kind @ ("user" | "portfolio" | "client" | "space" | "run"), id)) => {
            let id = if kind == "client" || kind == "space" {
                group(id)
            } else {
                id.to_string()
            };
            t!("audit-target", kind = kind, id = id)
        }
        _ => target.to_string(),
    }
}

/// A detail starting with a portfolio (`portfolio 1: La Poste`) says it in the language;
/// the rest is as recorded.
pub fn audit_detail(detail: &str) -> String {
    match detail.strip_prefix("portfolio ") {
        Some(rest) => format!("{} {rest}", t!("audit-portfolio")),
        None => detail.to_string(),
    }
}

/// A status as a table shows it; JSON and CSV keep the stable English value.
pub fn status(value: &str) -> String {
    match value {
        "active" => t!("status-active"),
        "pending" => t!("status-pending"),
        "suspended" => t!("status-suspended"),
        "sent" => t!("status-sent"),
        "failed" => t!("status-failed"),
        other => other.to_string(),
    }
}

// ---- notifications (R10) ---------------------------------------------------------------
// Rendered in the space's language (`i18n::with`), whoever made the change.

pub struct Notice {
    pub subject: String,
    pub body: String,
}

/// What subscribers of one portfolio are told: never the other portfolio of a move,
/// which may not be theirs to know (R7).
pub enum ClientChange {
    Added,
    MovedOut(i64),
    MovedIn,
    Removed,
}

/// How a subscription changed, for its notice.
pub enum SubscriptionChange {
    Added,
    Withdrawn,
    Modified {
        name: Option<String>,
        email: Option<String>,
        suspended: Option<bool>,
    },
}

pub fn notice_portfolio_created(actor: &str, number: i64, firm: &str, at: &str) -> Notice {
    Notice {
        subject: t!("notice-portfolio-created-subject", number = number),
        body: t!(
            "notice-portfolio-created-body",
            actor = actor,
            number = number,
            firm = firm,
            at = date_time(at)
        ),
    }
}

/// The welcome of a new account: how to activate it, with its one-time code.
fn account_instructions(login: &str) -> String {
    format!(
        "{}\n\n    urssaf-admin activate --user {login}\n\n{CODE_SLOT}",
        t!("notice-account-created", login = login),
    )
}

/// Where a welcome's activation code goes. The code is made when the message is sent and
/// written only into the email, so the outbox never holds one in clear (no control
/// character can come from a person's input, so this cannot be forged).
pub const CODE_SLOT: &str = "\u{1a}activation-code\u{1a}";

/// What fills the slot in the email: the code and how long it works.
pub fn activation_code_lines(code: &str, expires: &str) -> String {
    format!(
        "{}\n\n{}",
        t!("notice-account-code", code = code),
        t!("notice-account-expires", expires = date_time(expires))
    )
}

/// What fills it once the account is active, or where the email is not shown.
pub fn activation_code_elsewhere(active: bool) -> String {
    if active {
        t!("notice-account-already-active")
    } else {
        t!("notice-account-code-by-email")
    }
}

pub fn notice_subscribed(actor: &str, s: &Subscriber, new_account: bool) -> Notice {
    let mut body = t!(
        "notice-subscribed-body",
        actor = actor,
        portfolio = s.portfolio
    );
    if new_account {
        body.push_str("\n\n");
        body.push_str(&account_instructions(&s.login));
    }
    Notice {
        subject: t!("notice-subscribed-subject", portfolio = s.portfolio),
        body,
    }
}

/// Several changes waiting for one person, in one message (R10): the first ones in full,
/// the rest counted.
pub fn notice_merged(items: &[(String, String)], more: u64) -> Notice {
    let total = items.len() as u64 + more;
    let mut body = t!("notice-merged-intro", count = total);
    for (subject, text) in items {
        body.push_str("\n\n## ");
        body.push_str(subject);
        body.push_str("\n\n");
        body.push_str(text);
    }
    if more > 0 {
        body.push_str("\n\n");
        body.push_str(&t!("notice-merged-more", count = more));
    }
    Notice {
        subject: t!("notice-merged-subject", count = total),
        body,
    }
}

pub fn notice_subscription_changed(
    actor: &str,
    s: &Subscriber,
    change: &SubscriptionChange,
) -> Notice {
    let what = match change {
        SubscriptionChange::Added => t!("change-added"),
        SubscriptionChange::Withdrawn => t!("change-withdrawn"),
        SubscriptionChange::Modified {
            name,
            email,
            suspended,
        } => {
            let mut parts = Vec::new();
            if let Some(n) = name {
                parts.push(t!("change-name", value = n.as_str()));
            }
            if let Some(e) = email {
                parts.push(t!("change-email", value = e.as_str()));
            }
            match suspended {
                Some(true) => parts.push(t!("change-suspended")),
                Some(false) => parts.push(t!("change-resumed")),
                None => {}
            }
            parts.join(", ")
        }
    };
    Notice {
        subject: t!(
            "notice-subscription-changed-subject",
            login = s.login.as_str(),
            portfolio = s.portfolio,
            what = what.as_str()
        ),
        body: t!(
            "notice-subscription-changed-body",
            actor = actor,
            login = s.login.as_str(),
            portfolio = s.portfolio,
            what = what
        ),
    }
}

pub fn notice_activated(user: &User) -> Notice {
    Notice {
        subject: t!("notice-activated-subject", login = user.login.as_str()),
        body: t!("notice-activated-body", login = user.login.as_str()),
    }
}

pub fn notice_admin(actor: &str, login: &str, added: bool) -> Notice {
    let what = if added {
        t!("notice-admin-added", login = login)
    } else {
        t!("notice-admin-removed", login = login)
    };
    Notice {
        subject: t!("notice-admin-subject", actor = actor, what = what.as_str()),
        body: t!("notice-admin-body", actor = actor, what = what),
    }
}

pub fn notice_client(actor: &str, c: &Client, change: ClientChange) -> Notice {
    let id = group(c.siret.as_deref().unwrap_or(&c.siren));
    let (name, id) = (c.name.as_str(), id.as_str());
    // The subject is a heading, the body a sentence with the actor as subject.
    let (subject, what) = match change {
        ClientChange::Added => (
            t!(
                "notice-client-added-subject",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
            t!(
                "notice-client-added",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
        ),
        ClientChange::MovedOut(from) => (
            t!(
                "notice-client-moved-out-subject",
                name = name,
                id = id,
                portfolio = from
            ),
            t!(
                "notice-client-moved-out",
                name = name,
                id = id,
                portfolio = from
            ),
        ),
        ClientChange::MovedIn => (
            t!(
                "notice-client-moved-in-subject",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
            t!(
                "notice-client-moved-in",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
        ),
        ClientChange::Removed => (
            t!(
                "notice-client-removed-subject",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
            t!(
                "notice-client-removed",
                name = name,
                id = id,
                portfolio = c.portfolio
            ),
        ),
    };
    Notice {
        subject: t!("notice-client-subject", what = subject),
        body: t!("notice-client-body", actor = actor, what = what),
    }
}

pub fn notice_setting(actor: &str, setting: &str) -> Notice {
    Notice {
        subject: t!("notice-setting-subject", setting = setting),
        body: t!("notice-setting-body", actor = actor, setting = setting),
    }
}

pub fn notice_third_party(actor: &str, on: bool) -> Notice {
    notice_setting(actor, &setting_set(on))
}

/// One message per person per bulk run, whatever the number of rows (R10).
pub fn notice_import(d: &crate::domain::import::Digest) -> Notice {
    use crate::domain::import::Change;
    let mut body = String::new();
    let mut subjects = Vec::new();
    let actor = d.actor.as_str();
    if let Some(w) = &d.welcome {
        let list = join_numbers(&w.portfolios);
        subjects.push(t!("notice-import-access", list = list.as_str()));
        body.push_str(&t!(
            "notice-import-welcome",
            actor = actor,
            list = list.as_str()
        ));
        if w.new_account {
            body.push_str("\n\n");
            body.push_str(&account_instructions(&w.login));
        }
    }
    for (portfolio, p) in &d.portfolios {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let mut counts = Vec::new();
        for (n, id) in [
            (p.added, "notice-import-added"),
            (p.moved_in, "notice-import-moved-in"),
            (p.moved_out, "notice-import-moved-out"),
            (p.subscribed, "notice-import-subscribed"),
        ] {
            if n > 0 {
                counts.push(t!(id, n = n));
            }
        }
        subjects.push(t!("notice-import-portfolio", portfolio = *portfolio));
        body.push_str(&t!(
            "notice-import-counts",
            portfolio = *portfolio,
            actor = actor,
            counts = counts.join(", ")
        ));
        for (change, what) in &p.samples {
            let verb = match change {
                Change::Added => t!("notice-import-verb-added"),
                Change::MovedIn => t!("notice-import-verb-moved-in"),
                Change::MovedOut => t!("notice-import-verb-moved-out"),
                Change::Subscribed => t!("notice-import-verb-subscribed"),
            };
            body.push_str(&format!("\n  - {}", labelled(what, &verb)));
        }
        let listed = p.samples.len() as u64;
        if p.total() > listed {
            body.push_str(&format!(
                "\n  - {}",
                t!("notice-import-more", n = p.total() - listed)
            ));
        }
    }
    body.push_str("\n\n");
    body.push_str(&t!("notice-import-started", at = date_time(&d.at)));
    Notice {
        subject: t!(
            "notice-import-subject",
            actor = actor,
            subjects = subjects.join(", ")
        ),
        body,
    }
}

fn join_numbers(ns: &[i64]) -> String {
    ns.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

// ---- server ----------------------------------------------------------------------------

pub fn batch_too_large(max: usize) -> String {
    t!("batch-too-large", max = max)
}
pub fn no_such_route() -> String {
    t!("no-such-route")
}
pub fn internal_error() -> String {
    t!("internal-error")
}
pub fn plain_http_refused(addr: &dyn Display) -> String {
    t!("plain-http-refused", addr = text(addr))
}
pub fn hint_tls() -> String {
    t!("hint-tls")
}
pub fn plain_http_warning(addr: &dyn Display) -> String {
    t!("plain-http-warning", addr = text(addr))
}
pub fn cannot_listen(addr: &dyn Display, e: &dyn Display) -> String {
    t!(
        "cannot-listen",
        addr = text(addr),
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}
pub fn serving(db: &Path, url: &str) -> String {
    t!(
        "serving",
        db = path(db),
        url = shown_at_most(url, LONG_VALUE)
    )
}
pub fn server_stopped() -> String {
    t!("server-stopped")
}
pub fn tls_files_invalid(cert: &Path, key: &Path, e: &dyn Display) -> String {
    t!(
        "tls-files-invalid",
        cert = path(cert),
        key = path(key),
        e = text(e)
    )
}

// ---- remote --------------------------------------------------------------------------

pub fn ca_cert_unreadable(p: &Path, e: &dyn Display) -> String {
    t!(
        "ca-cert-unreadable",
        path = path(p),
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}
pub fn http_client_failed(e: &dyn Display) -> String {
    t!(
        "http-client-failed",
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}
pub fn bad_server_answer(url: &str, e: &dyn Display) -> String {
    t!(
        "bad-server-answer",
        url = shown_at_most(url, LONG_VALUE),
        e = shown_at_most(&text(e), LONG_VALUE)
    )
}
pub fn server_unreachable(url: &str, cause: &str) -> String {
    t!(
        "server-unreachable",
        url = shown_at_most(url, LONG_VALUE),
        cause = shown_at_most(cause, LONG_VALUE)
    )
}
pub fn server_no_answer(url: &str, seconds: u64) -> String {
    t!(
        "server-no-answer",
        url = shown_at_most(url, LONG_VALUE),
        seconds = seconds
    )
}
pub fn import_interrupted(written: u64) -> String {
    t!("import-interrupted", written = written)
}
pub fn hint_import_rerun() -> String {
    t!("hint-import-rerun")
}
pub fn offline_fallback() -> String {
    t!("offline-fallback")
}
pub fn server_status(url: &str, status: u16) -> String {
    t!(
        "server-status",
        url = shown_at_most(url, LONG_VALUE),
        status = status
    )
}
pub fn request_refused(status: u16) -> String {
    t!("request-refused", status = status)
}
pub fn hint_server_down() -> String {
    t!("hint-server-down")
}
pub fn api_url_invalid(url: &str) -> String {
    t!("api-url-invalid", url = shown_at_most(url, LONG_VALUE))
}
pub fn hint_api_url() -> String {
    t!("hint-api-url")
}
pub fn db_and_api_url() -> String {
    t!("db-and-api-url")
}
pub fn hint_db_and_api_url() -> String {
    t!("hint-db-and-api-url")
}
pub fn plain_http_to_remote(url: &str) -> String {
    t!("plain-http-to-remote", url = shown_at_most(url, LONG_VALUE))
}
pub fn hint_use_https() -> String {
    t!("hint-use-https")
}
pub fn init_is_local() -> String {
    t!("init-is-local")
}
pub fn hint_init_on_server() -> String {
    t!("hint-init-on-server")
}
pub fn offline_needs_remote() -> String {
    t!("offline-needs-remote")
}
pub fn hint_offline() -> String {
    t!("hint-offline")
}
pub fn offline_age(fetched_at: &str, minutes: i64) -> String {
    t!("offline-age", at = fetched_at, minutes = minutes)
}
pub fn offline_empty() -> String {
    t!("offline-empty")
}

// ---- errors ----------------------------------------------------------------------------

pub fn error_prefix() -> String {
    t!("error-prefix")
}
pub fn hint_prefix() -> String {
    t!("hint-prefix")
}
pub fn warning_prefix() -> String {
    t!("warning-prefix")
}
pub fn internal_bug(info: &dyn Display) -> String {
    t!("internal-bug", info = text(info))
}
pub fn hint_bug() -> String {
    t!("hint-bug")
}
