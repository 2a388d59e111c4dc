//! init, login, logout, auth status/token, activate (R1).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::cli::context::{Context, Target, TokenSource};
use crate::config::{CredentialStore, Profile};
use crate::credentials;
use crate::domain::{NewSpace, SessionEnd};
use crate::error::{Error, ErrorKind, Result};
use crate::messages::{self as msg, header as h};
use crate::secret::{ExposeSecret, secret};
use crate::space::local::LocalSpace;
use crate::ui::Tabular;

#[derive(Debug, Args)]
pub struct InitArgs {
    #[arg(long)]
    pub siren: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long, value_name = "LOGIN")]
    pub admin: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub full_name: Option<String>,
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    #[arg(long, short = 'u', value_name = "LOGIN")]
    pub user: Option<String>,
    #[arg(long)]
    pub password_stdin: bool,
    #[arg(long)]
    pub insecure_storage: bool,
}

#[derive(Debug, Args)]
pub struct ActivateArgs {
    #[arg(long, short = 'u', value_name = "LOGIN")]
    pub user: String,
    #[arg(long, conflicts_with = "code_stdin")]
    pub code: Option<String>,
    #[arg(long)]
    pub code_stdin: bool,
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    #[arg(long, conflicts_with_all = ["session", "user"])]
    pub all: bool,
    #[arg(long, value_name = "ID", conflicts_with = "user", value_parser = super::number_from_1)]
    pub session: Option<i64>,
    #[arg(long, value_name = "LOGIN", add = crate::cli::complete::subscriber_logins())]
    pub user: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    Status {
        #[arg(long)]
        sessions: bool,
    },
    Token,
}

pub fn run(ctx: &Context, cmd: &AuthCommand) -> Result<()> {
    match cmd {
        AuthCommand::Status { sessions: false } => status(ctx),
        AuthCommand::Status { sessions: true } => {
            let (space, token) = ctx.signed_in()?;
            ctx.ui.list(&space.session_list(&token)?)
        }
        AuthCommand::Token => {
            let token = ctx.token()?;
            ctx.space()?.me(&token)?;
            println!("{}", token.expose_secret());
            Ok(())
        }
    }
}

#[derive(Serialize)]
struct Created {
    siren: String,
    name: String,
    admin: String,
    database: PathBuf,
    signed_in: bool,
}

pub fn init(ctx: &Context, a: &InitArgs) -> Result<()> {
    if matches!(ctx.target_for_init()?, Target::Remote { .. }) && ctx.global.db.is_none() {
        return Err(Error::usage(msg::init_is_local()).hint(msg::hint_init_on_server()));
    }
    let path = ctx.db_path()?;
    // Refused before anything is asked: a space is there already.
    if LocalSpace::open(&path).is_ok() {
        return Err(Error::conflict(msg::space_exists(&path)).hint(msg::hint_use_other_db()));
    }
    // An existing profile keeps the space it uses: a new space gets a profile of its own.
    let profile = ctx.profile()?;
    let in_use = match (&profile.db, &profile.api_url) {
        (Some(db), _) if *db != path => Some(db.display().to_string()),
        (_, Some(url)) => Some(url.clone()),
        _ => None,
    };
    if let Some(space) = in_use {
        return Err(
            Error::usage(msg::init_profile_taken(ctx.profile_name(), &space))
                .hint(msg::hint_init_profile()),
        );
    }
    let new = ask_new_space(ctx, a)?;
    let password = ctx.prompt.password(a.password_stdin, true)?;
    let space = LocalSpace::create(&path, &new, &password)?;
    ctx.update_profile(|p| {
        p.db = Some(path.clone());
        p.login = Some(new.admin_login.clone());
    })?;
    let siren: String = new.siren.chars().filter(char::is_ascii_digit).collect();
    let created = msg::space_created(&siren, new.name.trim(), &path);
    // The first administrator is signed in: the space is ready for `portfolio create`.
    let here = Target::Local(path.clone());
    let signed_in = sign_in(ctx, &space, &new.admin_login, &password, false, &here);
    let next = match &signed_in {
        Ok(_) => msg::space_ready(&new.admin_login, ctx.profile_name()),
        Err(e) => {
            ctx.ui
                .warn(&msg::labelled(&msg::warning_prefix(), &e.message));
            msg::next_login(&new.admin_login)
        }
    };
    ctx.ui.outcome(
        &format!("{created}\n{next}"),
        &Created {
            siren,
            name: new.name.trim().to_string(),
            admin: new.admin_login.clone(),
            database: path,
            signed_in: signed_in.is_ok(),
        },
    )
}

/// What `init` needs, from the flags, or asked on a terminal, each answer checked as it
/// is typed. Without a terminal, what is missing is a usage error naming the flags.
fn ask_new_space(ctx: &Context, a: &InitArgs) -> Result<NewSpace> {
    let missing: Vec<&str> = [
        (a.siren.is_none(), "--siren"),
        (a.name.is_none(), "--name"),
        (a.admin.is_none(), "--admin"),
        (a.email.is_none(), "--email"),
    ]
    .into_iter()
    .filter_map(|(m, flag)| m.then_some(flag))
    .collect();
    if !missing.is_empty() && !ctx.prompt.can_ask() {
        return Err(Error::usage(msg::init_needs(&missing.join(", "))).hint(msg::hint_init_flags()));
    }
    let value =
        |given: &Option<String>, question: String, check: fn(&str) -> Result<()>| match given {
            Some(v) => Ok(v.clone()),
            None => ctx
                .prompt
                .ask(&question, |typed| check(typed).map(|_| typed.to_string())),
        };
    Ok(NewSpace {
        siren: value(&a.siren, msg::prompt_siren(), |s| {
            crate::domain::validate_space_siren(s).map(|_| ())
        })?,
        name: value(&a.name, msg::prompt_firm_name(), |s| {
            crate::domain::validate_name("firm", s).map(|_| ())
        })?,
        admin_login: value(
            &a.admin,
            msg::prompt_admin_login(),
            crate::domain::validate_login,
        )?,
        admin_email: value(
            &a.email,
            msg::prompt_admin_email(),
            crate::domain::validate_email,
        )?,
        admin_name: a.full_name.clone(),
    })
}

#[derive(Serialize)]
struct SignedIn {
    login: String,
    profile: String,
    expires_at: String,
    credential_store: String,
}

pub fn login(ctx: &Context, a: &LoginArgs) -> Result<()> {
    let profile = ctx.profile()?;
    let login = match a.user.clone().or(profile.login) {
        Some(l) => l,
        None => ctx.prompt.login()?,
    };
    // The space first: no password asked for a space that is not there.
    let space = ctx.space()?;
    let password = ctx.prompt.password(a.password_stdin, false)?;
    let target = ctx.target()?;
    let (session, where_) = sign_in(ctx, space, &login, &password, a.insecure_storage, &target)?;
    let name = ctx.profile_name();
    ctx.ui.outcome(
        &msg::signed_in(&login, name, &session.expires_at),
        &SignedIn {
            login,
            profile: name.to_string(),
            expires_at: session.expires_at,
            credential_store: where_,
        },
    )
}

/// Opens a session and keeps its token where the profile says (the keyring, or a file
/// with `--insecure-storage`); the profile remembers the login and the space.
fn sign_in(
    ctx: &Context,
    space: &dyn crate::space::Space,
    login: &str,
    password: &crate::secret::Secret,
    insecure_storage: bool,
    target: &Target,
) -> Result<(crate::domain::Session, String)> {
    let login = login.to_string();
    let session = space.login(&login, password)?;
    // The session this one replaces ends now: a token the profile forgets must not live on.
    if let Ok((old, TokenSource::Keyring | TokenSource::File(_))) = ctx.token_with_source() {
        let _ = space.logout(&old);
    }
    ctx.drop_cache()?;
    let token = secret(session.token.clone());
    let name = ctx.profile_name();
    let (store, where_) = if insecure_storage {
        let path = ctx.dirs.token_file(name);
        let stored = credentials::file_set(&path, &token);
        (
            stored.map(|_| CredentialStore::File),
            path.display().to_string(),
        )
    } else {
        let stored = credentials::keyring_set(name, &token);
        (
            stored.map(|_| CredentialStore::Keyring),
            keyring_label(name),
        )
    };
    // A token we could not keep is revoked: a failed login leaves no session behind.
    let store = match store {
        Ok(s) => s,
        Err(e) => {
            let _ = space.logout(&token);
            return Err(e);
        }
    };
    if store == CredentialStore::File {
        ctx.ui
            .warn(&msg::insecure_storage_warning(&ctx.dirs.token_file(name)));
    } else {
        // Switching back to the keyring: no token left lying in a file.
        credentials::file_delete(&ctx.dirs.token_file(name))?;
    }
    ctx.update_profile(|p| {
        p.login = Some(login.clone());
        p.credential = Some(store);
        remember(p, target);
    })?;
    Ok((session, where_))
}

/// The profile keeps the space it signed in to: later commands go there.
fn remember(p: &mut Profile, target: &Target) {
    match target {
        Target::Local(db) => {
            p.db = Some(db.clone());
            p.api_url = None;
            p.ca_cert = None;
        }
        Target::Remote { url, ca_cert } => {
            p.db = None;
            p.api_url = Some(url.clone());
            p.ca_cert = ca_cert.clone();
        }
    }
}

fn keyring_label(profile: &str) -> String {
    msg::token_in_keyring(profile)
}

fn source_label(source: &TokenSource, profile: &str) -> String {
    match source {
        TokenSource::Environment => msg::token_in_environment(),
        TokenSource::Keyring => keyring_label(profile),
        TokenSource::File(p) => msg::token_in_file(p),
    }
}

pub fn logout(ctx: &Context, a: &LogoutArgs) -> Result<()> {
    let (token, source) = ctx.token_with_source()?;
    let space = ctx.space()?;
    let which = match (&a.user, a.session, a.all) {
        (Some(login), _, _) => SessionEnd::User(login.clone()),
        (None, Some(id), _) => SessionEnd::One(id),
        (None, None, true) => SessionEnd::All,
        (None, None, false) => SessionEnd::Current,
    };
    let me = space.me(&token).ok();
    if which != SessionEnd::Current {
        // Another session or another person's: this one stays, and so does its token.
        let ended = space.session_end(&token, &which)?;
        let whose = match &which {
            SessionEnd::User(login) => login.clone(),
            _ => me.as_ref().map(|u| u.login.clone()).unwrap_or_default(),
        };
        if which != SessionEnd::All {
            return ctx.ui.outcome(
                &msg::sessions_ended(&whose, ended),
                &serde_json::json!({ "login": whose, "ended": ended }),
            );
        }
    } else {
        match space.logout(&token) {
            // An expired or revoked session is as good as signed out.
            Err(e) if e.kind != ErrorKind::Auth => return Err(e),
            _ => {}
        }
    }
    let name = ctx.profile_name();
    ctx.drop_cache()?;
    match source {
        TokenSource::Environment => {}
        TokenSource::Keyring => credentials::keyring_delete(name)?,
        TokenSource::File(path) => credentials::file_delete(&path)?,
    }
    if ctx.profile()?.credential.is_some() {
        ctx.update_profile(|p| p.credential = None)?;
    }
    let login = me.map(|u| u.login).unwrap_or_default();
    ctx.ui.outcome(
        &msg::signed_out(&login),
        &serde_json::json!({ "login": login, "profile": name }),
    )
}

#[derive(Serialize)]
struct Status {
    login: String,
    name: Option<String>,
    email: String,
    admin: bool,
    profile: String,
    space: String,
    /// Where the token is kept, in words that do not change with the language (JSON
    /// and CSV are for scripts).
    credential_store: String,
    #[serde(skip)]
    credential_store_shown: String,
}

impl Tabular for Status {
    fn headers() -> Vec<String> {
        vec![
            h::login(),
            h::name(),
            h::email(),
            h::admin(),
            h::profile(),
            h::space(),
            h::credential(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.login.clone(),
            self.name.clone().unwrap_or_default(),
            self.email.clone(),
            msg::yes_or_no(self.admin),
            self.profile.clone(),
            self.space.clone(),
            self.credential_store_shown.clone(),
        ]
    }
}

fn status(ctx: &Context) -> Result<()> {
    let (token, source) = ctx.token_with_source()?;
    let user = ctx.space()?.me(&token)?;
    ctx.ui.show(&Status {
        credential_store: crate::i18n::with(crate::i18n::Lang::En, || {
            source_label(&source, ctx.profile_name())
        }),
        credential_store_shown: source_label(&source, ctx.profile_name()),
        login: user.login,
        name: user.name,
        email: user.email,
        admin: user.admin,
        profile: ctx.profile_name().to_string(),
        space: match ctx.target()? {
            Target::Local(path) => path.display().to_string(),
            Target::Remote { url, .. } => url,
        },
    })
}

pub fn activate(ctx: &Context, a: &ActivateArgs) -> Result<()> {
    // A newcomer with no space on this machine is not steered to make one.
    let space = ctx.space().map_err(|e| match e.next {
        Some(crate::error::Next::CreateSpace) => Error {
            next: None,
            hint: Some(msg::hint_activate_where()),
            ..e
        },
        _ => e,
    })?;
    let mut lines = None;
    let code = match &a.code {
        Some(c) => secret(c.clone()),
        None if a.code_stdin => {
            let (code, rest) = crate::ui::prompt::read_stdin_code()?;
            lines = Some(rest);
            code
        }
        None => ctx.prompt.activation_code()?,
    };
    let password = match lines {
        // The code came first on standard input; the password, if asked for there, next.
        Some(rest) if a.password_stdin => {
            if rest.expose_secret().is_empty() {
                return Err(
                    Error::invalid(msg::password_stdin_empty()).hint(msg::hint_password_stdin())
                );
            }
            rest
        }
        _ => ctx.prompt.password(a.password_stdin, true)?,
    };
    let user = space.activate(&a.user, &code, &password)?;
    let target = ctx.target()?;
    ctx.update_profile(|p| {
        p.login.get_or_insert_with(|| user.login.clone());
        remember(p, &target);
    })?;
    ctx.ui.outcome(&msg::activated(&user.login), &user)
}
