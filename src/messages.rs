//! Every sentence the tool says to a person. The words are in the Fluent catalogues
//! (`locales/en`, `locales/fr`). A message that only needs its arguments passed on has
//! a function made from the catalogue by build.rs (`db-busy` gives `db_busy()`, its
//! variables in alphabetical order); the functions here are those whose arguments are
//! escaped, cut, formatted or chosen between. Notices built from the domain's records
//! are in `crate::domain::notice`. Field names of JSON and CSV output are an interface
//! and do not live here.

use std::fmt::Display;
use std::path::Path;

use crate::i18n::{self, Lang};
use crate::t;

// The functions below take over the generated ones of the same name.
pub use crate::i18n::catalogue::functions::*;

/// `name(params) => "id" { var = value, var };`: a function giving the message `id`,
/// each variable from an expression, or from the parameter of its name.
macro_rules! messages {
    ($(
        $(#[$doc:meta])*
        $name:ident($($param:ident: $ty:ty),*) => $id:tt
            $({ $($var:ident $(= $value:expr)?),+ $(,)? })?;
    )+) => {$(
        $(#[$doc])*
        pub fn $name($($param: $ty),*) -> String {
            t!($id $($(, $var = messages!(@value $var $($value)?))+)?)
        }
    )+};
    (@value $var:ident) => { $var };
    (@value $var:ident $value:expr) => { $value };
}

fn path(p: &Path) -> String {
    long(&p.display().to_string())
}

/// A path, a URL or a library's reason, as a message shows it.
fn long(value: &str) -> String {
    shown_at_most(value, LONG_VALUE)
}

/// A name that passed validation, as a message shows it.
fn named(value: &str) -> String {
    shown_at_most(value, NAME_CHARS)
}

/// An error from a library, as a message shows it.
fn err(e: &dyn Display) -> String {
    long(&e.to_string())
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
    // Most values are short printable ASCII, shown as they are.
    if value.len() <= max && value.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return value.to_string();
    }
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

/// A SIREN or SIRET as people write it, grouped as on French documents:
/// `356 000 000` and `732 829 320 00074`.
pub fn id(digits: &str) -> String {
    match digits.len() {
        9 => format!("{} {} {}", &digits[..3], &digits[3..6], &digits[6..]),
        14 => format!(
            "{} {} {} {}",
            &digits[..3],
            &digits[3..6],
            &digits[6..9],
            &digits[9..]
        ),
        _ => digits.to_string(),
    }
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

messages! {
    /// A label and its text: `error: …` in English, `erreur : …` in French.
    labelled(label: &str, body: &str) => "labelled" { label, text = body };
}

// ---- storage -------------------------------------------------------------------------

messages! {
    db_damaged(p: &Path) => "db-damaged" { path = path(p) };
    hint_damaged(p: &Path) => "hint-damaged" { path = path(p) };
    db_folder_read_only(dir: &Path, p: &Path)
        => "db-folder-read-only" { dir = path(dir), path = path(p) };
    hint_folder_writable(dir: &Path) => "hint-folder-writable" { dir = path(dir) };
    side_file_read_only(p: &Path) => "side-file-read-only" { path = path(p) };
    backup_exists(p: &Path) => "backup-exists" { path = path(p) };
    backup_damaged(p: &Path) => "backup-damaged" { path = path(p) };
    backup_written(p: &Path, size: &str) => "backup-written" { path = path(p), size };
    /// A file's size, rounded: `840 KiB`, `12 MiB`.
    bytes(n: u64) => "bytes" { mib = n / (1024 * 1024), kib = n.div_ceil(1024) };
    check_ok(p: &Path) => "check-ok" { path = path(p) };
    check_damaged(p: &Path) => "check-damaged" { path = path(p) };
    db_error(e: &str) => "db-error" { e = long(e) };
    no_space_at(p: &Path) => "no-space-at" { path = path(p) };
    space_exists(p: &Path) => "space-exists" { path = path(p) };
    cannot_create(p: &Path, e: &dyn Display) => "cannot-create" { path = path(p), e = err(e) };
}

// ---- identifiers and input -----------------------------------------------------------

messages! {
    id_invalid(input: &str, reason: &str)
        => "id-invalid" { input = shown(input), reason = long(reason) };
    id_reason_char(c: char) => "id-reason-char" { c = shown(&c.to_string()) };
    id_reason_siret_siren(siren: &str) => "id-reason-siret-siren" { siren = id(siren) };
    login_invalid(login: &str) => "login-invalid" { login = shown(login) };
    email_invalid(email: &str) => "email-invalid" { email = shown(email) };
    /// `what`: "firm" for a company's raison sociale, "name" for a person's name.
    name_invalid(what: &str, name: &str) => "name-invalid" { what, name = shown(name) };
    name_hidden_char(code: &str, name: &str, position: usize, what: &str) => "name-hidden-char" {
        code, name = shown(name), position, what
    };
    portfolio_number_invalid(n: &str) => "portfolio-number-invalid" { n = shown(n) };
}

// ---- sign-in ---------------------------------------------------------------------------

messages! {
    login_locked(seconds: u64) => "login-locked" { minutes = seconds.div_ceil(60) };
    signed_in(login: &str, profile: &str, expires: &str)
        => "signed-in" {
            login = shown(login),
            profile = shown(profile),
            expires = date_time(expires),
        };
    signed_out(login: &str) => "signed-out" { login = shown(login) };
    sessions_ended(login: &str, count: u64) => "sessions-ended" { login = shown(login), count };
    space_created(siren: &str, name: &str, p: &Path)
        => "space-created" { name = named(name), siren = id(siren), path = path(p) };
    next_login(login: &str) => "next-login" { login = shown(login) };
    activated(login: &str) => "activated" { login = shown(login) };
}

// ---- credentials -----------------------------------------------------------------------

messages! {
    keyring_failed(e: &dyn Display) => "keyring-failed" { e = err(e) };
    // The keyring library's own words come last, cut short: ours say what happened.
    keyring_not_running(e: &dyn Display) => "keyring-not-running" { e = shown(&e.to_string()) };
    keyring_locked(e: &dyn Display) => "keyring-locked" { e = shown(&e.to_string()) };
    keyring_refused(e: &dyn Display) => "keyring-refused" { e = shown(&e.to_string()) };
    insecure_storage_warning(p: &Path) => "insecure-storage-warning" { path = path(p) };
    credential_file_unreadable(p: &Path, e: &dyn Display)
        => "credential-file-unreadable" { path = path(p), e = err(e) };
    config_unreadable(p: &Path, e: &dyn Display)
        => "config-unreadable" { path = path(p), e = err(e) };
    hint_fix_config(p: &Path) => "hint-fix-config" { path = path(p) };
    profile_invalid(name: &str) => "profile-invalid" { name = shown(name) };
}

// ---- prompts ---------------------------------------------------------------------------

messages! {
    prompt_failed(e: &dyn Display) => "prompt-failed" { e = err(e) };
}

// ---- permissions -----------------------------------------------------------------------

messages! {
    admin_only(login: &str) => "admin-only" { login = shown(login) };
}

// ---- portfolios ------------------------------------------------------------------------

messages! {
    confirm_portfolio_create(firm: &str) => "confirm-portfolio-create" { firm = named(firm) };
    portfolio_created(number: i64, firm: &str)
        => "portfolio-created" { number, firm = named(firm) };
    portfolio_would_create(number: i64, firm: &str)
        => "portfolio-would-create" { number, firm = named(firm) };
}

// ---- subscribers -----------------------------------------------------------------------

messages! {
    email_needed_for_new(login: &str) => "email-needed-for-new" { login = shown(login) };
    user_not_found(login: &str) => "user-not-found" { login = shown(login) };
    handover_same(login: &str) => "handover-same" { login = shown(login) };
    handover_to_disabled(login: &str) => "handover-to-disabled" { login = shown(login) };
    handover_nothing(login: &str) => "handover-nothing" { login = shown(login) };
    confirm_transfer(count: u64, from: &str, to: &str)
        => "confirm-transfer" { count, from = shown(from), to = shown(to) };
    transferred(given: u64, count: u64, withdrawn: u64, from: &str, to: &str)
        => "transferred" { given, count, withdrawn, from = shown(from), to = shown(to) };
    user_already_disabled(login: &str) => "user-already-disabled" { login = shown(login) };
    user_not_disabled(login: &str) => "user-not-disabled" { login = shown(login) };
    account_disabled(login: &str) => "account-disabled" { login = shown(login) };
    user_disabled(login: &str) => "user-disabled" { login = shown(login) };
    user_enabled(login: &str) => "user-enabled" { login = shown(login) };
    confirm_user_disable(login: &str) => "confirm-user-disable" { login = shown(login) };
    subscriber_would_add(login: &str, n: i64, creates: bool)
        => "subscriber-would-add" { login = shown(login), n, creates = yes_no(creates) };
    export_not_yours(login: &str) => "export-not-yours" { login = shown(login) };
    user_exported(login: &str, p: &Path) => "user-exported" { login = shown(login), path = path(p) };
    erase_erased(login: &str) => "erase-erased" { login = shown(login) };
    confirm_user_erase(login: &str, pseudonym: &str)
        => "confirm-user-erase" { login = shown(login), pseudonym = shown(pseudonym) };
    user_erased(login: &str, pseudonym: &str, entries: u64, messages: u64, subscriptions: u64)
        => "user-erased" {
            login = shown(login), pseudonym = shown(pseudonym), entries, messages, subscriptions
        };
    user_would_erase(login: &str, pseudonym: &str, entries: u64, messages: u64, subscriptions: u64)
        => "user-would-erase" {
            login = shown(login), pseudonym = shown(pseudonym), entries, messages, subscriptions
        };
    confirm_audit_purge(entries: u64, before: &str, bodies: u64)
        => "confirm-audit-purge" { entries, before = date_time(before), bodies };
    audit_purged(entries: u64, before: &str, bodies: u64)
        => "audit-purged" { entries, before = date_time(before), bodies };
    audit_would_purge(entries: u64, before: &str, bodies: u64)
        => "audit-would-purge" { entries, before = date_time(before), bodies };
    purge_log(entries: u64, bodies: u64) => "purge-log" { entries, bodies };
    require_mandate_set(on: bool)
        => "setting-set" { label = t!("header-require-mandate"), value = on_off(on) };
    mandate_not_found(id: &str) => "mandate-not-found" { id = shown(id) };
    mandate_required(id: &str) => "mandate-required" { id = shown(id) };
    mandate_set_done(id: &str, state: &str) => "mandate-set" { id = shown(id), state };
    mandate_cleared(id: &str) => "mandate-cleared" { id = shown(id) };
    confirm_mandate_clear(id: &str) => "confirm-mandate-clear" { id = shown(id) };
    sync_file_line(line: u32, id: &str, message: &str)
        => "sync-file-line" { line, id = shown(id), message = long(message) };
    export_problem(id: &str, name: &str) => "export-problem" { id = shown(id), name = named(name) };
    export_written(lines: u64, p: &Path, n: i64) => "export-written" { lines, path = path(p), n };
    sync_item_add(id: &str, name: &str) => "sync-add" { id = shown(id), name = named(name) };
    sync_item_move_in(id: &str, name: &str, from: i64)
        => "sync-move-in" { id = shown(id), name = named(name), from };
    sync_item_remove(id: &str, name: &str) => "sync-remove" { id = shown(id), name = named(name) };
    sync_no_column(found: &str) => "sync-no-column" { found = long(found) };
    rebuild_failed(reason: &str) => "rebuild-failed" { reason = long(reason) };
    purge_log_error(reason: &str) => "purge-log-error" { reason = long(reason) };
}

/// Why an account cannot be erased yet: it is still active, or waits for activation.
pub fn erase_active(login: &str, pending: bool) -> String {
    t!(
        "erase-active",
        login = shown(login),
        status = if pending { "pending" } else { "active" }
    )
}
/// A renewed code, shown once, and the command the collaborator runs.
pub fn reinvited(login: &str, code: &str, expires: &str, command: &str) -> String {
    format!(
        "{}\n{}",
        t!(
            "reinvited",
            login = shown(login),
            code = code,
            expires = date_time(expires)
        ),
        t!(
            "reinvited-rest",
            login = shown(login),
            command = terminal_safe(command)
        )
    )
}

/// The code shown once, the command the newcomer runs, and what became of their email.
pub fn account_created_code(
    login: &str,
    code: &str,
    expires: &str,
    command: &str,
    mailed: bool,
) -> String {
    format!(
        "{}\n{} {}",
        t!(
            "account-created-code",
            login = shown(login),
            code = code,
            expires = date_time(expires)
        ),
        t!(
            "account-code-sent",
            login = shown(login),
            command = terminal_safe(command)
        ),
        if mailed {
            t!("welcome-mail-sent")
        } else {
            t!("welcome-mail-queued")
        }
    )
}

// ---- administrators --------------------------------------------------------------------

messages! {
    already_admin(login: &str) => "already-admin" { login = shown(login) };
    not_an_admin(login: &str) => "not-an-admin" { login = shown(login) };
    last_admin(login: &str, waiting: u64) => "last-admin" { login = shown(login), waiting };
    admin_added(login: &str) => "admin-added" { login = shown(login) };
    confirm_admin_remove(login: &str) => "confirm-admin-remove" { login = shown(login) };
    admin_removed(login: &str) => "admin-removed" { login = shown(login) };
}

// ---- clients ---------------------------------------------------------------------------

messages! {
    client_not_found(id: &str) => "client-not-found" { id = shown(id) };
    client_not_yours(id: &str) => "client-not-yours" { id = shown(id) };
    client_exists(id: &str, portfolio: i64) => "client-exists" { id = shown(id), portfolio };
    hint_client_move(id: &str) => "hint-client-move" { id = shown(id) };
    client_already_in(id: &str, portfolio: i64)
        => "client-already-in" { id = shown(id), portfolio };
    client_added(id: &str, name: &str, portfolio: i64)
        => "client-added" { id = shown(id), name = named(name), portfolio };
    client_moved(id: &str, from: i64, to: i64) => "client-moved" { id = shown(id), from, to };
    confirm_client_remove(id: &str, name: &str, portfolio: i64)
        => "confirm-client-remove" { id = shown(id), name = named(name), portfolio };
    client_removed(id: &str, portfolio: i64) => "client-removed" { id = shown(id), portfolio };
    limit_invalid(v: &str) => "limit-invalid" { v = shown(v) };
}

// ---- the company register ----------------------------------------------------------------

/// A civil date (`2024-06-30`) as the language writes it.
pub fn date(iso: &str) -> String {
    match (i18n::current(), iso.parse::<jiff::civil::Date>()) {
        (Lang::Fr, Ok(d)) => d.strftime("%d/%m/%Y").to_string(),
        _ => shown(iso),
    }
}

messages! {
    register_unchecked(reason: &str) => "register-unchecked" { reason = long(reason) };
    register_not_found(siren: &str) => "register-not-found" { siren = shown(siren) };
    register_duplicate(siren: &str, kept: &str)
        => "register-duplicate" { siren = shown(siren), kept = shown(kept) };
    register_ceased(siren: &str, closed: &str)
        => "register-ceased" { siren = shown(siren), closed = date(closed) };
    register_other_name(name: &str) => "register-other-name" { name = named(name) };
    register_no_name(siren: &str) => "register-no-name" { siren = shown(siren) };
    register_unreachable(url: &str, reason: &str)
        => "register-unreachable" { url = long(url), reason = long(reason) };
    register_url_invalid(url: &str) => "register-url-invalid" { url = long(url) };
    audit_time_invalid(t: &str) => "audit-time-invalid" { t = shown(t) };
    hint_register_duplicate(siren: &str) => "hint-register-duplicate" { siren = shown(siren) };
    client_name_from_register(name: &str) => "client-name-from-register" { name = named(name) };
    register_eta(count: u64, time: &str, rate: u64)
        => "register-eta" { count, time = shown(time), rate };
    register_summary(checked: u64, ok: u64, attention: u64, asked: u64, known: u64)
        => "register-summary" { checked, ok, attention, asked, known };
}

// ---- email delivery (R10) ---------------------------------------------------------------

messages! {
    smtp_url_invalid(input: &str, reason: &str)
        => "smtp-url-invalid" { input = shown(input), reason = long(reason) };
    sender_invalid(input: &str) => "sender-invalid" { input = shown(input) };
    smtp_failed(e: &dyn Display) => "smtp-failed" { e = err(e) };
    delivered(sent: u64, failed: u64) => "delivered" { sent, failed };
    delivery_failed_after_change(e: &str, server: &str)
        => "delivery-failed-after-change" { e = long(e), server = shown(server) };
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
messages! {
    cannot_read_file(p: &Path, e: &dyn Display)
        => "cannot-read-file" { path = path(p), e = err(e) };
    password_file_open(p: &Path) => "password-file-open" { path = path(p) };
    hint_chmod_600(p: &Path) => "hint-chmod-600" { path = path(p) };
    mail_log(sent: u64, failed: u64) => "mail-log" { sent, failed };
    mail_log_error(e: &str) => "mail-log-error" { e = long(e) };
}
/// A notification as emailed: what changed (the notice), then when, and for which space.
pub fn mail_body(notice: &str, firm: &str, at: &str) -> String {
    format!(
        "{notice}\n\n{}\n\n-- \n{}",
        t!("mail-when", at = date_time(at)),
        t!("mail-footer", firm = firm)
    )
}

// ---- help ------------------------------------------------------------------------------

messages! {
    no_help_for(words: &str) => "no-help-for" { words = shown(words) };
}

// ---- bulk import -----------------------------------------------------------------------

messages! {
    import_other_siret(held: &str) => "import-other-siret" { held = shown(held) };
}
pub fn import_subscribed(portfolio: i64, account_created: bool, code: bool) -> String {
    match (account_created, code) {
        (true, _) => t!("import-subscribed-new-account", portfolio = portfolio),
        (false, true) => t!("import-subscribed-new-code", portfolio = portfolio),
        (false, false) => t!("import-subscribed", portfolio = portfolio),
    }
}
messages! {
    import_email_differs(login: &str, email: &str)
        => "import-email-differs" { login = shown(login), email = shown(email) };
    import_other_email(login: &str, line: u32)
        => "import-other-email" { login = shown(login), line };
    import_field_count(found: usize, expected: usize) => "import-field-count" { found, expected };
    import_not_text(encoding: &str) => "import-not-text" { encoding = shown(encoding) };
    import_cannot_read(p: &Path, e: &dyn Display)
        => "import-cannot-read" { path = path(p), e = err(e) };
    import_missing_column(column: &str, found: &str)
        => "import-missing-column" { column = shown(column), found = long(found) };
    cannot_write_report(p: &Path, e: &dyn Display)
        => "cannot-write-report" { path = path(p), e = err(e) };
    report_is_input(p: &Path) => "report-is-input" { path = path(p) };
}
pub fn import_row_failed(line: u32, column: Option<&str>, message: &str) -> String {
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
messages! {
    import_codes_kept(n: u64, p: &Path) => "import-codes-kept" { n, path = path(p) };
    hint_import_report_written(p: &Path) => "hint-import-report-written" { path = path(p) };
    lang_env_unknown(value: &str) => "lang-env-unknown" { value = shown(value) };
    would_notify(logins: &str) => "would-notify" { logins = long(logins) };
    already_active(login: &str) => "already-active" { login = shown(login) };
    reinvite_would(login: &str) => "reinvite-would" { login = shown(login) };
}

// ---- settings --------------------------------------------------------------------------

pub fn on_off(on: bool) -> String {
    if on { t!("on") } else { t!("off") }
}
messages! {
    language_name(lang: Lang) => "language-name" { lang = lang.code() };
    setting_set(on: bool) => "setting-set" { label = third_party_label(), value = on_off(on) };
    language_set(lang: Lang)
        => "setting-set" { label = language_label(), value = language_name(lang) };
}

// ---- auth status -----------------------------------------------------------------------

messages! {
    token_in_keyring(profile: &str) => "token-in-keyring" { profile = shown(profile) };
    token_in_file(p: &Path) => "token-in-file" { path = path(p) };
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
        ($($name:ident => $id:tt),+ $(,)?) => {
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
        finding => "header-finding",
        register_name => "header-register-name",
        closed => "header-closed",
        checked => "header-checked",
        state => "header-state",
        head_office => "header-head-office",
        address => "header-address",
        duplicate_of => "header-duplicate-of",
        register_max_age => "header-register-max-age",
        from => "header-from",
        role => "header-role",
        portfolios => "header-portfolios",
        findings => "header-findings",
        account => "header-account",
        subscription => "header-subscription",
        sees => "header-sees",
        last_sign_in => "header-last-sign-in",
        to => "header-to",
        given => "header-given",
        withdrawn => "header-withdrawn",
        audit_retention => "header-audit-retention",
        notification_retention => "header-notification-retention",
        require_mandate => "header-require-mandate",
        mandate => "header-mandate",
        signed => "header-signed",
        reference => "header-reference",
        until => "header-until",
        renews => "header-renews",
        next_date => "header-next-date",
    }
}

pub fn yes_or_no(b: bool) -> String {
    if b { t!("yes") } else { t!("no") }
}

messages! {
    /// What an audit entry records, as a table shows it (JSON and CSV keep the code).
    audit_action(code: &str) => "audit-action" { code = code.replace('.', "-") };
}

/// `user bob`, `portfolio 2`, `client 356 000 000`: the kind in the language,
/// identifiers grouped.
pub fn audit_target(kind: &str, id: &str) -> String {
    let id = if kind == "client" || kind == "space" {
        self::id(id)
    } else {
        id.to_string()
    };
    t!("audit-target", kind = kind, id = id)
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
        "disabled" => t!("status-disabled"),
        "sent" => t!("status-sent"),
        "failed" => t!("status-failed"),
        other => other.to_string(),
    }
}

// ---- server ----------------------------------------------------------------------------

messages! {
    plain_http_refused(addr: &dyn Display) => "plain-http-refused" { addr = text(addr) };
    plain_http_warning(addr: &dyn Display) => "plain-http-warning" { addr = text(addr) };
    cannot_listen(addr: &dyn Display, e: &dyn Display)
        => "cannot-listen" { addr = text(addr), e = err(e) };
    serving(db: &Path, url: &str) => "serving" { db = path(db), url = long(url) };
    tls_files_invalid(cert: &Path, key: &Path, e: &dyn Display)
        => "tls-files-invalid" { cert = path(cert), key = path(key), e = text(e) };
}

// ---- remote --------------------------------------------------------------------------

messages! {
    ca_cert_unreadable(p: &Path, e: &dyn Display)
        => "ca-cert-unreadable" { path = path(p), e = err(e) };
    http_client_failed(e: &dyn Display) => "http-client-failed" { e = err(e) };
    bad_server_answer(url: &str, e: &dyn Display)
        => "bad-server-answer" { url = long(url), e = err(e) };
    server_unreachable(url: &str, cause: &str)
        => "server-unreachable" { url = long(url), cause = long(cause) };
    server_no_answer(url: &str, seconds: u64) => "server-no-answer" { url = long(url), seconds };
    server_status(url: &str, status: u16) => "server-status" { url = long(url), status };
    api_url_invalid(url: &str) => "api-url-invalid" { url = long(url) };
    plain_http_to_remote(url: &str) => "plain-http-to-remote" { url = long(url) };
    offline_age(fetched_at: &str, minutes: i64) => "offline-age" { at = fetched_at, minutes };
}

// ---- errors ----------------------------------------------------------------------------

messages! {
    internal_bug(info: &dyn Display) => "internal-bug" { info = text(info) };
}
