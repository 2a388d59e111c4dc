//! What every command is handed: the global flags, the output, the prompter, the
//! configuration, and the space, opened only when a command needs it.

use std::cell::OnceCell;
use std::path::PathBuf;

use crate::cli::GlobalArgs;
use crate::config::{self, Config, CredentialStore, Dirs, Profile};
use crate::credentials;
use crate::error::{Error, ErrorKind, Next, Result};
use crate::messages as msg;
use crate::secret::{Secret, secret};
use crate::space::Space;
use crate::space::cache::Cache;
use crate::space::local::LocalSpace;
use crate::space::remote::RemoteSpace;
use crate::ui::Ui;
use crate::ui::prompt::Prompter;

pub const TOKEN_ENV: &str = "URSSAF_ADMIN_TOKEN";

/// Where the token of this command came from, for `auth status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    Environment,
    Keyring,
    File(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Local(PathBuf),
    Remote {
        url: String,
        ca_cert: Option<PathBuf>,
    },
}

pub struct Context {
    pub global: GlobalArgs,
    pub ui: Ui,
    pub prompt: Prompter,
    pub dirs: Dirs,
    config: OnceCell<Config>,
    space: OnceCell<Box<dyn Space>>,
}

impl Context {
    pub fn new(mut global: GlobalArgs) -> Result<Context> {
        config::validate_profile(&global.profile)?;
        // A flag beats the environment; in the environment, naming both is ambiguous.
        if global.db.is_none() && global.api_url.is_none() {
            let env = |name| std::env::var_os(name).filter(|v| !v.is_empty());
            match (env("URSSAF_ADMIN_DB"), env("URSSAF_ADMIN_API_URL")) {
                (Some(_), Some(_)) => {
                    return Err(
                        Error::usage(msg::db_and_api_url()).hint(msg::hint_db_and_api_url())
                    );
                }
                (db, url) => {
                    global.db = db.map(PathBuf::from);
                    global.api_url = url.and_then(|u| u.into_string().ok());
                }
            }
        }
        Ok(Context {
            ui: Ui::new(global.output, global.quiet, global.no_color),
            prompt: Prompter::new(global.no_input),
            dirs: Dirs::from_env(),
            global,
            config: OnceCell::new(),
            space: OnceCell::new(),
        })
    }

    pub fn profile_name(&self) -> &str {
        &self.global.profile
    }

    pub fn config(&self) -> Result<&Config> {
        if let Some(c) = self.config.get() {
            return Ok(c);
        }
        let loaded = Config::load(&self.dirs.config_file())?;
        Ok(self.config.get_or_init(|| loaded))
    }

    pub fn profile(&self) -> Result<Profile> {
        Ok(self
            .config()?
            .profiles
            .get(self.profile_name())
            .cloned()
            .unwrap_or_default())
    }

    /// Changes this profile's entry in the configuration file.
    pub fn update_profile(&self, f: impl FnOnce(&mut Profile)) -> Result<()> {
        let mut config = self.config()?.clone();
        f(config
            .profiles
            .entry(self.profile_name().to_string())
            .or_default());
        config.save(&self.dirs.config_file())
    }

    /// `--db` or URSSAF_ADMIN_DB, else the profile's space, else the XDG default.
    pub fn db_path(&self) -> Result<PathBuf> {
        if let Some(p) = &self.global.db {
            return Ok(p.clone());
        }
        Ok(self.profile()?.db.unwrap_or_else(|| self.dirs.default_db()))
    }

    /// Where the space is: `--db`, else `--api-url`, else what the profile recorded at
    /// login, else the default database. A profile named that the configuration lacks,
    /// with no space given, is a typo: it is said so rather than read as the default.
    pub fn target(&self) -> Result<Target> {
        if let Some(e) = self.unknown_profile()? {
            return Err(e);
        }
        self.target_for_init()
    }

    /// A profile named that the configuration lacks, with no space given: a typo, most
    /// likely, said so rather than read as the default space.
    fn unknown_profile(&self) -> Result<Option<Error>> {
        if self.global.db.is_some() || self.global.api_url.is_some() {
            return Ok(None);
        }
        let config = self.config()?;
        let name = self.profile_name();
        if name == config::DEFAULT_PROFILE || config.profiles.contains_key(name) {
            return Ok(None);
        }
        let known: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
        let known = if known.is_empty() {
            "-".to_string()
        } else {
            known.join(", ")
        };
        Ok(Some(
            Error::auth(msg::profile_unknown(name)).hint(msg::hint_profile_unknown(name, &known)),
        ))
    }

    /// Where `init` puts a new space: as [`Context::target`], a new profile allowed.
    pub fn target_for_init(&self) -> Result<Target> {
        if let Some(p) = &self.global.db {
            return Ok(Target::Local(p.clone()));
        }
        let profile = self.profile()?;
        let ca_cert = self.global.ca_cert.clone().or(profile.ca_cert);
        if let Some(url) = self.global.api_url.clone().or(profile.api_url) {
            return Ok(Target::Remote { url, ca_cert });
        }
        Ok(Target::Local(
            profile.db.unwrap_or_else(|| self.dirs.default_db()),
        ))
    }

    /// An error about signing in or finding the space, with the profile and the space it
    /// was about: a wrong password and the wrong space look alike otherwise.
    pub fn explained(&self, mut e: Error) -> Error {
        let about = e.kind == ErrorKind::Auth
            || matches!(
                e.next,
                Some(Next::CreateSpace | Next::SignIn | Next::CheckCredentials)
            );
        if !about {
            return e;
        }
        if e.next == Some(Next::SignIn)
            && std::env::var(TOKEN_ENV).is_ok_and(|t| !t.trim().is_empty())
        {
            e.message = msg::token_env_invalid();
            e.next = None;
            e.hint = Some(msg::hint_token_env());
        }
        let space = match self.target() {
            Ok(Target::Local(path)) => path.display().to_string(),
            Ok(Target::Remote { url, .. }) => url,
            Err(_) => return e,
        };
        e.message = msg::error_about(&e.message, self.profile_name(), &space);
        e
    }

    /// The space, if this command opened it.
    pub fn opened_space(&self) -> Option<&dyn Space> {
        self.space.get().map(|s| s.as_ref())
    }

    pub fn space(&self) -> Result<&dyn Space> {
        if let Some(s) = self.space.get() {
            return Ok(s.as_ref());
        }
        let opened = self.open(&self.target()?)?;
        Ok(self.space.get_or_init(|| opened).as_ref())
    }

    fn open(&self, target: &Target) -> Result<Box<dyn Space>> {
        Ok(match target {
            Target::Local(path) => Box::new(LocalSpace::open(path)?),
            Target::Remote { url, ca_cert } => {
                let cache = self.dirs.cache_file(self.profile_name());
                Box::new(RemoteSpace::new(url, ca_cert.as_deref(), Some(cache))?)
            }
        })
    }

    /// The offline cache of this profile's server, for whoever is signed in on it.
    pub fn cache(&self) -> Result<Cache> {
        match self.target()? {
            Target::Remote { .. } => {
                // What the last user of the profile saw is only for that same session.
                let (token, _) = self.token_with_source()?;
                Cache::open_for(&self.dirs.cache_file(self.profile_name()), &token)
            }
            Target::Local(_) => {
                Err(Error::usage(msg::offline_needs_remote()).hint(msg::hint_offline()))
            }
        }
    }

    /// The session token: URSSAF_ADMIN_TOKEN, else the profile's stored credential.
    pub fn token_with_source(&self) -> Result<(Secret, TokenSource)> {
        self.token_asked()?.answer()
    }

    /// The token, or the keyring's answer on its way: a caller may do other work while
    /// the Secret Service answers over D-Bus.
    fn token_asked(&self) -> Result<Asked> {
        if let Some(t) = std::env::var(TOKEN_ENV)
            .ok()
            .filter(|t| !t.trim().is_empty())
        {
            return Ok(Asked::Known(secret(t.trim()), TokenSource::Environment));
        }
        match self.profile()?.credential {
            Some(CredentialStore::File) => {
                let path = self.dirs.token_file(self.profile_name());
                let token = credentials::file_get(&path)?.ok_or_else(not_signed_in)?;
                Ok(Asked::Known(token, TokenSource::File(path)))
            }
            Some(CredentialStore::Keyring) => Ok(Asked::Keyring(credentials::keyring_ask(
                self.profile_name(),
            ))),
            None => Err(self.unknown_profile()?.unwrap_or_else(not_signed_in)),
        }
    }

    /// Forgets what the profile's previous user was shown (logout, a new login).
    pub fn drop_cache(&self) -> Result<()> {
        match std::fs::remove_file(self.dirs.cache_file(self.profile_name())) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(()),
        }
    }

    pub fn token(&self) -> Result<Secret> {
        Ok(self.token_with_source()?.0)
    }

    /// The space and the caller's token: what every signed-in command starts with (R1).
    /// The space opens while the keyring looks for the token.
    pub fn signed_in(&self) -> Result<(&dyn Space, Secret)> {
        let asked = self.token_asked()?;
        let space = self.space();
        let (token, _) = asked.answer()?;
        Ok((space?, token))
    }
}

fn not_signed_in() -> Error {
    Error::auth(msg::not_signed_in()).hint(msg::hint_login())
}

/// Where the token is, once asked for.
enum Asked {
    Known(Secret, TokenSource),
    Keyring(credentials::Pending),
}

impl Asked {
    fn answer(self) -> Result<(Secret, TokenSource)> {
        match self {
            Asked::Known(token, source) => Ok((token, source)),
            Asked::Keyring(pending) => Ok((
                pending.answer()?.ok_or_else(not_signed_in)?,
                TokenSource::Keyring,
            )),
        }
    }
}
