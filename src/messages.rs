//! Every sentence the tool says to a person, in one place so that it can be translated.
//! Field names of JSON and CSV output are an interface and do not live here.

use std::fmt::Display;
use std::path::Path;

use crate::domain::ident::group;
use crate::domain::{Client, Subscriber, User};

// ---- storage -------------------------------------------------------------------------

pub fn db_busy() -> String {
    "the space's database is busy with another command".into()
}
pub fn hint_retry() -> String {
    "Try again in a moment.".into()
}
pub fn db_read_only() -> String {
    "the space's database is read-only for you".into()
}
pub fn db_not_a_database() -> String {
    "the file is not an urssaf-admin database".into()
}
pub fn hint_check_db_path() -> String {
    "Check --db or URSSAF_ADMIN_DB.".into()
}
pub fn db_error(e: &str) -> String {
    format!("database error: {e}")
}
pub fn no_space_at(path: &Path) -> String {
    format!("no space at {}", path.display())
}
pub fn hint_init() -> String {
    "Create one with `urssaf-admin init`, or point --db (URSSAF_ADMIN_DB) at an existing space."
        .into()
}
pub fn space_needs_siren() -> String {
    "a space is registered under the firm's SIREN (9 digits), not a SIRET".into()
}
pub fn space_exists(path: &Path) -> String {
    format!("a space already exists at {}", path.display())
}
pub fn hint_use_other_db() -> String {
    "Sign in to it with `urssaf-admin login`, or pass --db for a new one.".into()
}
pub fn db_too_new(found: usize, known: usize) -> String {
    format!(
        "this database was written by a newer urssaf-admin (schema {found}; this version knows up to {known})"
    )
}
pub fn hint_upgrade() -> String {
    "Upgrade urssaf-admin to use this space.".into()
}
pub fn cannot_create(path: &Path, e: &dyn Display) -> String {
    format!("cannot create {}: {e}", path.display())
}

// ---- identifiers and input -----------------------------------------------------------

pub fn id_invalid(input: &str, reason: &str) -> String {
    format!("invalid SIREN/SIRET '{input}': {reason}")
}
pub fn id_reason_length(n: usize) -> String {
    format!("{n} digits, expected 9 (SIREN) or 14 (SIRET)")
}
pub fn id_reason_char(c: char) -> String {
    format!("unexpected character '{c}'")
}
pub fn id_reason_zero() -> String {
    "all zeros identifies no company".into()
}
pub fn id_reason_checksum(kind: &str) -> String {
    format!("the {kind} checksum (Luhn) fails")
}
pub fn id_reason_siret_siren(siren: &str) -> String {
    format!("its SIREN {} is not valid", group(siren))
}
pub fn hint_id_format() -> String {
    "A SIREN has 9 digits, a SIRET 14; spaces and dots between groups are fine (356 000 000)."
        .into()
}
pub fn login_invalid(login: &str) -> String {
    format!("invalid login '{login}'")
}
pub fn hint_login_format() -> String {
    "Logins use lower-case letters, digits, '.', '_' and '-', start with a letter or digit, 64 characters at most.".into()
}
pub fn email_invalid(email: &str) -> String {
    format!("invalid email address '{email}'")
}
pub fn hint_email_format() -> String {
    "Give a full address such as jeanne.martin@cabinet.fr.".into()
}
pub fn name_invalid(what: &str, name: &str) -> String {
    // Control characters shown escaped: an error stays on one line.
    let shown: String = name
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    format!("invalid {what} '{shown}': it must be 1 to 200 printable characters")
}
pub fn hint_name() -> String {
    "Give the name as registered, in quotes if it has spaces.".into()
}
pub fn hint_password() -> String {
    "A long passphrase of a few words is easy to remember and hard to guess.".into()
}
pub fn password_too_short(min: usize) -> String {
    format!("the password is too short: at least {min} characters")
}
pub fn portfolio_number_invalid(n: &str) -> String {
    format!("invalid portfolio number '{n}': portfolios are numbered from 1")
}
pub fn passwords_differ() -> String {
    "the two passwords differ".into()
}
pub fn password_stdin_empty() -> String {
    "no password on standard input".into()
}

// ---- sign-in ---------------------------------------------------------------------------

pub fn not_signed_in() -> String {
    "you are not signed in".into()
}
pub fn hint_login() -> String {
    "Run `urssaf-admin login`, or set URSSAF_ADMIN_TOKEN.".into()
}
pub fn session_expired() -> String {
    "your session has expired".into()
}
pub fn login_locked(seconds: u64) -> String {
    format!(
        "too many wrong passwords: this login is locked for {} more minute(s)",
        seconds.div_ceil(60)
    )
}
pub fn wrong_credentials() -> String {
    "wrong login or password".into()
}
pub fn hint_wrong_credentials() -> String {
    "Check the login and try again; an administrator can tell you your login.".into()
}
pub fn account_not_activated(login: &str) -> String {
    format!("the account '{login}' is not activated yet")
}
pub fn hint_activate(login: &str) -> String {
    format!("Choose a password with `urssaf-admin activate --user {login} --code CODE`.")
}
pub fn code_used() -> String {
    "[code used]".into()
}
pub fn activation_code_wrong() -> String {
    "wrong, used or expired activation code".into()
}
pub fn hint_activation_code() -> String {
    "Check the code in your email; an administrator can issue a new one.".into()
}
pub fn login_needed() -> String {
    "no login given".into()
}
pub fn hint_user_flag() -> String {
    "Pass --user LOGIN.".into()
}
pub fn signed_in(login: &str, profile: &str, expires: &str) -> String {
    format!("Signed in as {login} (profile {profile}) until {expires}.")
}
pub fn signed_out(login: &str) -> String {
    format!("Signed out {login}.")
}
pub fn space_created(siren: &str, name: &str, path: &Path) -> String {
    format!(
        "Created the space of {name} (SIREN {}) at {}.",
        group(siren),
        path.display()
    )
}
pub fn next_login(login: &str) -> String {
    format!("Next: urssaf-admin login --user {login}")
}
pub fn activated(login: &str) -> String {
    format!("Account {login} activated. Sign in with: urssaf-admin login --user {login}")
}

// ---- credentials -----------------------------------------------------------------------

pub fn keyring_failed(e: &dyn Display) -> String {
    format!("the system keyring failed: {e}")
}
pub fn keyring_timeout(secs: u64) -> String {
    format!("the system keyring did not answer within {secs} s")
}
pub fn hint_keyring() -> String {
    "Unlock or start your keyring (Secret Service), use --insecure-storage to keep the token in a 0600 file, or set URSSAF_ADMIN_TOKEN.".into()
}
pub fn insecure_storage_warning(path: &Path) -> String {
    format!(
        "warning: the session token is stored unencrypted in {} (mode 0600)",
        path.display()
    )
}
pub fn credential_file_unreadable(path: &Path, e: &dyn Display) -> String {
    format!("cannot read the credential file {}: {e}", path.display())
}
pub fn config_unreadable(path: &Path, e: &dyn Display) -> String {
    format!("cannot read the configuration {}: {e}", path.display())
}
pub fn hint_fix_config(path: &Path) -> String {
    format!("Fix or remove {}.", path.display())
}
pub fn profile_invalid(name: &str) -> String {
    format!("invalid profile name '{name}'")
}
pub fn hint_profile_format() -> String {
    "Profile names use letters, digits, '.', '_' and '-'.".into()
}

// ---- prompts ---------------------------------------------------------------------------

pub fn prompt_password() -> String {
    "Password".into()
}
pub fn prompt_new_password() -> String {
    "New password".into()
}
pub fn prompt_repeat_password() -> String {
    "Repeat the password".into()
}
pub fn prompt_login() -> String {
    "Login".into()
}
pub fn prompt_activation_code() -> String {
    "Activation code".into()
}
pub fn code_needed() -> String {
    "an activation code is needed and there is no terminal to ask it".into()
}
pub fn hint_code_flag() -> String {
    "Pass --code CODE.".into()
}
pub fn needs_terminal_for_password() -> String {
    "a password is needed and there is no terminal to ask it".into()
}
pub fn hint_password_stdin() -> String {
    "Pass --password-stdin and write the password on standard input.".into()
}
pub fn needs_yes(question: &str) -> String {
    format!("confirmation needed ({question}) and there is no terminal to ask it")
}
pub fn hint_yes() -> String {
    "Pass --yes to confirm from a script.".into()
}
pub fn cancelled() -> String {
    "cancelled: nothing was changed".into()
}
pub fn prompt_failed(e: &dyn Display) -> String {
    format!("cannot read the answer from the terminal: {e}")
}

// ---- permissions -----------------------------------------------------------------------

pub fn admin_only(login: &str) -> String {
    format!("permission denied: {login} is not an administrator of the space")
}
pub fn hint_ask_admin() -> String {
    "Ask an administrator of the space.".into()
}

// ---- portfolios ------------------------------------------------------------------------

pub fn confirm_portfolio_create(firm: &str) -> String {
    format!("Create a new portfolio for {firm}?")
}
pub fn portfolio_created(number: i64, firm: &str) -> String {
    format!("Created portfolio {number} (tiers déclarant: {firm}).")
}
pub fn portfolio_would_create(number: i64, firm: &str) -> String {
    format!("Would create portfolio {number} (tiers déclarant: {firm}); nothing was changed.")
}
pub fn portfolio_not_found(n: i64) -> String {
    format!("portfolio {n} does not exist")
}
pub fn hint_portfolio_list() -> String {
    "See the portfolios with `urssaf-admin portfolio list`.".into()
}
pub fn portfolio_not_yours(n: i64) -> String {
    format!("permission denied: you are not subscribed to portfolio {n}")
}

// ---- subscribers -----------------------------------------------------------------------

pub fn email_needed_for_new(login: &str) -> String {
    format!("{login} has no account yet: an email address is needed to create it")
}
pub fn hint_email_flag() -> String {
    "Pass --email (and --name) for a new collaborator.".into()
}
pub fn already_subscribed(login: &str, n: i64) -> String {
    format!("{login} is already subscribed to portfolio {n}")
}
pub fn hint_subscriber_list(n: i64) -> String {
    format!("See them with `urssaf-admin subscriber list --portfolio {n}`.")
}
pub fn subscription_not_found(login: &str, n: i64) -> String {
    format!("{login} is not subscribed to portfolio {n}")
}
pub fn user_not_found(login: &str) -> String {
    format!("no user '{login}' in the space")
}
pub fn hint_add_subscriber_first() -> String {
    "Give them an account first with `urssaf-admin subscriber add`.".into()
}
pub fn nothing_to_modify() -> String {
    "nothing to modify".into()
}
pub fn hint_modify_flags() -> String {
    "Pass --name, --email, --suspend or --resume.".into()
}
pub fn subscriber_added(login: &str, n: i64) -> String {
    format!("Subscribed {login} to portfolio {n}.")
}
pub fn subscriber_would_add(login: &str, n: i64, creates: bool) -> String {
    if creates {
        format!(
            "Would create the account {login} and subscribe it to portfolio {n}; nothing was changed."
        )
    } else {
        format!("Would subscribe {login} to portfolio {n}; nothing was changed.")
    }
}
pub fn account_created_code(login: &str, code: &str, expires: &str) -> String {
    format!(
        "Created the account {login}. Activation code (shown once, valid until {expires}): {code}\n\
         It was also sent to {login} by email. They run: urssaf-admin activate --user {login} --code {code}"
    )
}
pub fn subscriber_modified(login: &str, n: i64) -> String {
    format!("Modified the subscription of {login} to portfolio {n}.")
}
pub fn confirm_subscriber_remove(login: &str, n: i64) -> String {
    format!("Withdraw the subscription of {login} to portfolio {n}?")
}
pub fn subscriber_removed(login: &str, n: i64) -> String {
    format!("Withdrew the subscription of {login} to portfolio {n}.")
}
pub fn dry_run_nothing_changed() -> String {
    "Dry run: the change is valid; nothing was changed.".into()
}

// ---- administrators --------------------------------------------------------------------

pub fn already_admin(login: &str) -> String {
    format!("{login} is already an administrator")
}
pub fn not_an_admin(login: &str) -> String {
    format!("{login} is not an administrator")
}
pub fn last_admin(login: &str) -> String {
    format!("{login} is the last administrator: the space must keep at least one")
}
pub fn hint_add_admin_first() -> String {
    "Make someone else an administrator first with `urssaf-admin admin add LOGIN`.".into()
}
pub fn admin_added(login: &str) -> String {
    format!("{login} is now an administrator.")
}
pub fn confirm_admin_remove(login: &str) -> String {
    format!("Remove {login} from the administrators?")
}
pub fn admin_removed(login: &str) -> String {
    format!("{login} is no longer an administrator.")
}

// ---- clients ---------------------------------------------------------------------------

pub fn client_not_found(id: &str) -> String {
    format!("no client {id} in the space")
}
pub fn hint_clients_list() -> String {
    "Search with `urssaf-admin clients list --search TEXT`.".into()
}
pub fn client_not_yours(id: &str) -> String {
    format!("permission denied: client {id} is not in your portfolios")
}
pub fn client_exists(id: &str, portfolio: i64) -> String {
    format!("company {id} is already a client, in portfolio {portfolio}")
}
pub fn hint_client_move(id: &str) -> String {
    format!(
        "A company is in one portfolio at a time: move it with `urssaf-admin clients move '{id}' --to N`."
    )
}
pub fn client_already_in(id: &str, portfolio: i64) -> String {
    format!("client {id} is already in portfolio {portfolio}")
}
pub fn client_added(id: &str, name: &str, portfolio: i64) -> String {
    format!("Added {name} ({id}) to portfolio {portfolio}.")
}
pub fn client_moved(id: &str, from: i64, to: i64) -> String {
    format!("Moved client {id} from portfolio {from} to portfolio {to}.")
}
pub fn confirm_client_remove(id: &str, name: &str, portfolio: i64) -> String {
    format!("Remove client {name} ({id}) from portfolio {portfolio}?")
}
pub fn client_removed(id: &str, portfolio: i64) -> String {
    format!("Removed client {id} from portfolio {portfolio}.")
}
pub fn cursor_invalid() -> String {
    "invalid page cursor: pass the next_cursor of the previous page unchanged".into()
}
pub fn limit_invalid(v: &str) -> String {
    format!("invalid limit '{v}': give a whole number from 1")
}

// ---- email delivery (R10) ---------------------------------------------------------------

pub fn smtp_url_invalid(input: &str, reason: &str) -> String {
    format!("invalid SMTP server '{input}': {reason}")
}
pub fn hint_smtp_url() -> String {
    "Like smtp://user@mail.cabinet.fr:587 (STARTTLS), smtps://user@mail.cabinet.fr:465, or smtp+plain://127.0.0.1:25 on this machine; `none` stops delivery.".into()
}
pub fn smtp_reason_host() -> String {
    "no host".into()
}
pub fn smtp_reason_password() -> String {
    "the password does not go in the URL: it is asked for, or read with --password-stdin".into()
}
pub fn smtp_reason_plain() -> String {
    "smtp+plain (no TLS) is for a server on this machine only (127.0.0.1)".into()
}
pub fn smtp_reason_scheme(scheme: &str) -> String {
    format!("'{scheme}' is not smtp, smtps or smtp+plain")
}
pub fn sender_invalid(input: &str) -> String {
    format!("invalid sender '{input}'")
}
pub fn hint_sender() -> String {
    "Like \"Cabinet Dupont <noreply@cabinet.fr>\", or an address alone.".into()
}
pub fn smtp_failed(e: &dyn Display) -> String {
    format!("the SMTP server: {e}")
}
pub fn smtp_no_password() -> String {
    "no SMTP password for this space".into()
}
pub fn hint_smtp_password() -> String {
    "Set it with `urssaf-admin settings set smtp URL` (it goes to the keyring), or in URSSAF_ADMIN_SMTP_PASSWORD.".into()
}
pub fn smtp_no_sender() -> String {
    "no sender address for notifications".into()
}
pub fn hint_smtp_sender() -> String {
    "Set it with `urssaf-admin settings set smtp-from \"Cabinet Dupont <noreply@cabinet.fr>\"`."
        .into()
}
pub fn smtp_not_set() -> String {
    "no SMTP server is set for this space".into()
}
pub fn delivered(sent: u64, failed: u64) -> String {
    format!(
        "{} sent, {} failed (tried again later)",
        count(sent),
        count(failed)
    )
}
pub fn delivery_failed_after_change(e: &str) -> String {
    format!("notifications were not sent: {e}")
}
pub fn hint_notifications_send() -> String {
    "They stay queued: `urssaf-admin notifications send` tries again.".into()
}
pub fn delivery_is_the_servers() -> String {
    "a server delivers its notifications itself".into()
}
pub fn hint_server_smtp() -> String {
    "Set the SMTP server with `settings set smtp`, and its password where the server runs (URSSAF_ADMIN_SMTP_PASSWORD or serve --smtp-password-file).".into()
}
pub fn smtp_set(url: Option<&str>) -> String {
    match url {
        Some(u) => format!("Notifications are emailed through {u}."),
        None => "Notifications are no longer emailed.".into(),
    }
}
pub fn smtp_from_set(from: Option<&str>) -> String {
    match from {
        Some(f) => format!("Notifications come from {f}."),
        None => "No sender is set for notifications.".into(),
    }
}
pub fn cannot_read_file(path: &Path, e: &dyn Display) -> String {
    format!("cannot read {}: {e}", path.display())
}
pub fn password_file_open(path: &Path) -> String {
    format!("{} can be read by others", path.display())
}
pub fn hint_chmod_600(path: &Path) -> String {
    format!("Run `chmod 600 {}`.", path.display())
}
pub fn mail_log(sent: u64, failed: u64) -> String {
    format!("mail: {sent} sent, {failed} failed")
}
/// A notification as emailed: what changed (the notice), then when, and for which space.
pub fn mail_body(notice: &str, firm: &str, at: &str) -> String {
    format!(
        "{notice}\n\nWhen: {at}\n\n-- \nThe Urssaf space of {firm}, by urssaf-admin. You receive this because the change concerns you."
    )
}
pub fn smtp_password_kept() -> String {
    "The SMTP password is in the system keyring.".into()
}
pub fn prompt_smtp_password() -> String {
    "SMTP password".into()
}
pub fn one_setting_at_a_time() -> String {
    "give exactly one setting to change".into()
}

// ---- help ------------------------------------------------------------------------------

pub fn no_help_for(words: &str) -> String {
    format!("no help topic or command '{words}'")
}
pub fn hint_help_topics() -> String {
    "Topics: exit-codes, environment, formatting. Commands: urssaf-admin --help.".into()
}

// ---- bulk import -----------------------------------------------------------------------

pub fn import_run_invalid() -> String {
    "a run is named by 8 to 64 letters, digits or dashes".into()
}
pub fn import_run_taken() -> String {
    "this run belongs to another administrator or another kind of import".into()
}
pub fn import_client_added(portfolio: i64) -> String {
    format!("added to portfolio {portfolio}")
}
pub fn import_client_already_in(portfolio: i64) -> String {
    format!("already in portfolio {portfolio}")
}
pub fn import_client_elsewhere(portfolio: i64) -> String {
    format!("already a client in portfolio {portfolio} (--move moves it)")
}
pub fn import_client_moved(from: i64) -> String {
    format!("moved from portfolio {from}")
}
pub fn import_other_siret(held: &str) -> String {
    format!("this company is already a client with another establishment, SIRET {held}")
}
pub fn import_subscribed(portfolio: i64, account_created: bool, code: bool) -> String {
    match (account_created, code) {
        (true, _) => format!("subscribed to portfolio {portfolio}; new account"),
        (false, true) => {
            format!(
                "subscribed to portfolio {portfolio}; new activation code (the last one expired)"
            )
        }
        (false, false) => format!("subscribed to portfolio {portfolio}"),
    }
}
pub fn import_already_subscribed(portfolio: i64) -> String {
    format!("already subscribed to portfolio {portfolio}")
}
pub fn import_email_differs(login: &str, email: &str) -> String {
    format!("{login} already has an account, with another email ({email})")
}
pub fn import_duplicate(first: u64) -> String {
    format!("the same key is already on line {first} of the file")
}
pub fn import_stopped(line: u64) -> String {
    format!(
        "the server refused the batch from line {line} on: the rows before it were written, none after"
    )
}
pub fn import_other_email(login: &str, line: u64) -> String {
    format!("{login} has another email on line {line}")
}
pub fn import_duplicate_earlier() -> String {
    "the same company is on an earlier line of the file".into()
}
pub fn import_field_count(found: usize, expected: usize) -> String {
    format!(
        "{found} fields where the header has {expected} (a value holding the delimiter must be quoted)"
    )
}
pub fn import_not_utf8() -> String {
    "not valid UTF-8 text (a Windows-1252 file? add --encoding windows-1252)".into()
}
pub fn import_not_text(encoding: &str) -> String {
    format!("not valid {encoding} text")
}
pub fn import_cannot_read(path: &Path, e: &dyn Display) -> String {
    format!("cannot read {}: {e}", path.display())
}
pub fn hint_import_file() -> String {
    "Check the path; `-` reads the file from standard input.".into()
}
pub fn import_empty() -> String {
    "the file is empty: it needs a header line".into()
}
pub fn import_missing_column(column: &str, found: &str) -> String {
    format!("line 1: the header has no column '{column}' (found: {found})")
}
pub fn hint_import_header(expected: &str) -> String {
    format!("The first line names the columns, in any order: {expected}.")
}
pub fn hint_import_encoding() -> String {
    "A file saved by Excel as \"CSV (séparateur : point-virgule)\" is often Windows-1252: \
     add --encoding windows-1252."
        .into()
}
pub fn cannot_write_report(path: &Path, e: &dyn Display) -> String {
    format!("cannot write the report {}: {e}", path.display())
}
pub fn report_is_input(path: &Path) -> String {
    format!("the report {} is the file being imported", path.display())
}
pub fn hint_report_elsewhere() -> String {
    "Give --report another file name.".into()
}
pub fn import_row_failed(line: u64, column: Option<&str>, message: &str) -> String {
    match column {
        Some(c) => format!("line {line}, {c}: {message}"),
        None => format!("line {line}: {message}"),
    }
}
/// "1,204": thousands separated, for the summaries people read.
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
pub fn import_summary(created: u64, moved: Option<u64>, skipped: u64, failed: u64) -> String {
    let moved = moved
        .map(|m| format!("{} moved, ", count(m)))
        .unwrap_or_default();
    format!(
        "{} created, {moved}{} skipped, {} failed",
        count(created),
        count(skipped),
        count(failed)
    )
}
pub fn import_unwritten_summary(
    dry_run: bool,
    created: u64,
    moved: Option<u64>,
    skipped: u64,
    failed: u64,
) -> String {
    let moved = moved
        .map(|m| format!("{} to move, ", count(m)))
        .unwrap_or_default();
    format!(
        "{}: {} to create, {moved}{} skipped, {} failed; nothing was written",
        if dry_run { "Dry run" } else { "Refused" },
        count(created),
        count(skipped),
        count(failed)
    )
}
pub fn import_refused(failed: u64) -> String {
    format!(
        "{} invalid row{}: nothing was written",
        count(failed),
        if failed == 1 { "" } else { "s" }
    )
}
pub fn hint_import_refused() -> String {
    "Fix the rows above and run again, or write the valid rows with --skip-invalid.".into()
}
pub fn import_partial(failed: u64) -> String {
    format!(
        "{} row{} failed; the valid rows were written",
        count(failed),
        if failed == 1 { "" } else { "s" }
    )
}
pub fn hint_import_report() -> String {
    "--report FILE lists every row with what became of it.".into()
}
pub fn import_codes_kept(n: u64, path: &Path) -> String {
    format!(
        "{} activation code{} in {} (mode 0600): the newcomers also receive theirs by notification.",
        count(n),
        if n == 1 { "" } else { "s" },
        path.display()
    )
}
pub fn import_codes_sent(n: u64) -> String {
    format!(
        "{} new account{}: each newcomer receives their activation code by notification \
         (--report FILE keeps a copy).",
        count(n),
        if n == 1 { "" } else { "s" }
    )
}

// ---- settings --------------------------------------------------------------------------

pub fn third_party_label() -> String {
    "Registration of your SIREN by a tiers déclarant is allowed".into()
}
pub fn setting_set(on: bool) -> String {
    format!(
        "{}: {}.",
        third_party_label(),
        if on { "on" } else { "off" }
    )
}

// ---- auth status -----------------------------------------------------------------------

pub fn status_line(login: &str, admin: bool) -> String {
    format!(
        "Signed in as {login}{}.",
        if admin { " (administrator)" } else { "" }
    )
}

// ---- table headers ---------------------------------------------------------------------

pub mod header {
    pub const NUMBER: &str = "Number";
    pub const TIERS_DECLARANT: &str = "Tiers déclarant";
    pub const CREATED: &str = "Created";
    pub const CLIENTS: &str = "Clients";
    pub const SUBSCRIBERS: &str = "Subscribers";
    pub const LOGIN: &str = "Login";
    pub const NAME: &str = "Name";
    pub const EMAIL: &str = "Email";
    pub const PORTFOLIO: &str = "Portfolio";
    pub const STATUS: &str = "Status";
    pub const SINCE: &str = "Since";
    pub const ADMIN: &str = "Admin";
    pub const SIREN: &str = "SIREN";
    pub const SIRET: &str = "SIRET";
    pub const AT: &str = "When";
    pub const ACTOR: &str = "Who";
    pub const ACTION: &str = "What";
    pub const TARGET: &str = "On";
    pub const DETAIL: &str = "Detail";
    pub const RECIPIENT: &str = "To";
    pub const SUBJECT: &str = "Subject";
    pub const LAST_ERROR: &str = "Last error";
    pub const FIELD: &str = "Field";
    pub const VALUE: &str = "Value";
    pub const ID: &str = "Id";
}

// ---- notifications (R10) ---------------------------------------------------------------

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

pub fn notice_portfolio_created(actor: &str, number: i64, firm: &str, at: &str) -> Notice {
    Notice {
        subject: format!("Portfolio {number} created"),
        body: format!("{actor} created portfolio {number} for {firm} on {at}."),
    }
}

pub fn notice_subscribed(actor: &str, s: &Subscriber, code: Option<(&str, &str)>) -> Notice {
    let mut body = format!(
        "{actor} gave you access to portfolio {} of the space.",
        s.portfolio
    );
    if let Some((code, expires)) = code {
        body.push_str(&format!(
            "\n\nAn account was created for you, login {login}. Choose your password with:\n\
             \n    urssaf-admin activate --user {login}\n\
             \nand type this code when asked: {code}\n\
             \nIt works once, until {expires}.",
            login = s.login
        ));
    }
    Notice {
        subject: format!("Access to portfolio {}", s.portfolio),
        body,
    }
}

pub fn notice_subscription_changed(actor: &str, s: &Subscriber, what: &str) -> Notice {
    Notice {
        subject: format!(
            "Subscription of {} to portfolio {}: {what}",
            s.login, s.portfolio
        ),
        body: format!(
            "{actor} changed the subscription of {} to portfolio {}: {what}.",
            s.login, s.portfolio
        ),
    }
}

pub fn notice_activated(user: &User) -> Notice {
    Notice {
        subject: format!("{} activated their account", user.login),
        body: format!("{} chose a password and can now sign in.", user.login),
    }
}

pub fn notice_admin(actor: &str, login: &str, added: bool) -> Notice {
    let what = if added {
        "made {login} an administrator"
    } else {
        "removed {login} from the administrators"
    }
    .replace("{login}", login);
    Notice {
        subject: format!("Administrators: {actor} {what}"),
        body: format!("{actor} {what}."),
    }
}

pub fn notice_client(actor: &str, c: &Client, change: ClientChange) -> Notice {
    let id = group(c.siret.as_deref().unwrap_or(&c.siren));
    let what = match change {
        ClientChange::Added => format!("added {} ({id}) to portfolio {}", c.name, c.portfolio),
        ClientChange::MovedOut(from) => {
            format!("moved {} ({id}) out of portfolio {from}", c.name)
        }
        ClientChange::MovedIn => {
            format!("moved {} ({id}) into portfolio {}", c.name, c.portfolio)
        }
        ClientChange::Removed => {
            format!("removed {} ({id}) from portfolio {}", c.name, c.portfolio)
        }
    };
    Notice {
        subject: format!("Clients: {what}"),
        body: format!("{actor} {what}."),
    }
}

pub fn notice_third_party(actor: &str, on: bool) -> Notice {
    Notice {
        subject: format!("Setting changed: {}", setting_set(on)),
        body: format!(
            "{actor} changed a setting of the space. {}",
            setting_set(on)
        ),
    }
}

/// One message per person per bulk run, whatever the number of rows (R10).
pub fn notice_import(d: &crate::domain::import::Digest) -> Notice {
    use crate::domain::import::Change;
    let mut body = String::new();
    let mut subjects = Vec::new();
    if let Some(w) = &d.welcome {
        let list = join_numbers(&w.portfolios);
        subjects.push(format!("access to portfolio {list}"));
        body.push_str(&format!(
            "{} gave you access to portfolio {list} of the space.",
            d.actor
        ));
        if let (Some(code), Some(expires)) = (&w.activation_code, &w.activation_expires_at) {
            body.push_str(&format!(
                "\n\nAn account was created for you, login {login}. Choose your password with:\n\
                 \n    urssaf-admin activate --user {login}\n\
                 \nand type this code when asked: {code}\n\
                 \nIt works once, until {expires}.",
                login = w.login
            ));
        }
    }
    for (portfolio, p) in &d.portfolios {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let mut counts = Vec::new();
        for (n, what) in [
            (p.added, "client(s) added"),
            (p.moved_in, "client(s) moved in"),
            (p.moved_out, "client(s) moved out"),
            (p.subscribed, "collaborator(s) subscribed"),
        ] {
            if n > 0 {
                counts.push(format!("{} {what}", count(n)));
            }
        }
        subjects.push(format!("portfolio {portfolio}"));
        body.push_str(&format!(
            "Portfolio {portfolio}, by {}: {}.",
            d.actor,
            counts.join(", ")
        ));
        for (change, what) in &p.samples {
            let verb = match change {
                Change::Added => "added",
                Change::MovedIn => "moved in",
                Change::MovedOut => "moved out",
                Change::Subscribed => "subscribed",
            };
            body.push_str(&format!("\n  - {what}: {verb}"));
        }
        let listed = p.samples.len() as u64;
        if p.total() > listed {
            body.push_str(&format!("\n  - and {} more", count(p.total() - listed)));
        }
    }
    body.push_str(&format!("\n\n(bulk import started {})", d.at));
    Notice {
        subject: format!("Bulk import by {}: {}", d.actor, subjects.join(", ")),
        body,
    }
}

fn join_numbers(ns: &[i64]) -> String {
    ns.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

// ---- server ----------------------------------------------------------------------------

pub fn batch_too_large(max: usize) -> String {
    format!("an import request carries at most {max} rows")
}
pub fn no_such_route() -> String {
    "no such route".into()
}
pub fn internal_error() -> String {
    "internal error".into()
}
pub fn plain_http_refused(addr: &dyn Display) -> String {
    format!("refusing to serve plain HTTP on {addr}, which is not a loopback address")
}
pub fn hint_tls() -> String {
    "Pass --tls-cert and --tls-key, or --insecure-plain-http if a proxy in front does TLS.".into()
}
pub fn plain_http_warning(addr: &dyn Display) -> String {
    format!(
        "WARNING: serving PLAIN HTTP on {addr}: passwords and tokens cross the network unencrypted"
    )
}
pub fn cannot_listen(addr: &dyn Display, e: &dyn Display) -> String {
    format!("cannot listen on {addr}: {e}")
}
pub fn serving(db: &Path, url: &str) -> String {
    format!("Serving the space {} at {url}", db.display())
}
pub fn server_stopped() -> String {
    "Server stopped.".into()
}
pub fn tls_files_invalid(cert: &Path, key: &Path, e: &dyn Display) -> String {
    format!(
        "cannot use the TLS certificate {} and key {}: {e}",
        cert.display(),
        key.display()
    )
}

// ---- remote --------------------------------------------------------------------------

pub fn ca_cert_unreadable(path: &Path, e: &dyn Display) -> String {
    format!("cannot use the CA certificate {}: {e}", path.display())
}
pub fn http_client_failed(e: &dyn Display) -> String {
    format!("cannot set up HTTPS: {e}")
}
pub fn bad_server_answer(url: &str, e: &dyn Display) -> String {
    format!("the server at {url} gave an answer this version does not understand: {e}")
}
pub fn server_unreachable(url: &str, cause: &str) -> String {
    format!("cannot reach the server at {url}: {cause}")
}
pub fn hint_server_down() -> String {
    "Check that `urssaf-admin serve` runs there and the address is right; `--offline` lists what was last fetched.".into()
}
pub fn api_url_invalid(url: &str) -> String {
    format!("invalid server address '{url}'")
}
pub fn hint_api_url() -> String {
    "Give a full address such as https://urssaf-admin.cabinet.fr or http://127.0.0.1:8080.".into()
}
pub fn db_and_api_url() -> String {
    "both URSSAF_ADMIN_DB and URSSAF_ADMIN_API_URL are set: which space is meant?".into()
}
pub fn hint_db_and_api_url() -> String {
    "Unset one of them, or pass --db or --api-url.".into()
}
pub fn plain_http_to_remote(url: &str) -> String {
    format!("refusing to send a password or token in clear to {url}")
}
pub fn hint_use_https() -> String {
    "Use https:// (plain http:// is for a server on this machine only).".into()
}
pub fn init_is_local() -> String {
    "init creates a space in a local database, not on a server".into()
}
pub fn hint_init_on_server() -> String {
    "Run `urssaf-admin init --db PATH` on the server's machine, then `urssaf-admin serve --db PATH`.".into()
}
pub fn offline_needs_remote() -> String {
    "--offline reads the cache of a server's space; this profile uses a local database".into()
}
pub fn hint_offline() -> String {
    "A local space needs no cache: run the command without --offline.".into()
}
pub fn offline_age(fetched_at: &str, minutes: i64) -> String {
    format!("offline: as fetched from the server at {fetched_at} ({minutes} min ago)")
}
pub fn offline_empty() -> String {
    "offline: nothing cached yet for this profile".into()
}

// ---- errors ----------------------------------------------------------------------------

pub fn error_prefix() -> &'static str {
    "error"
}
pub fn hint_prefix() -> &'static str {
    "hint"
}
