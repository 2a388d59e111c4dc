//! Where things live (XDG) and the per-profile configuration file.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages as msg;

pub const APP: &str = "urssaf-admin";

/// The XDG folders of the tool.
#[derive(Debug, Clone)]
pub struct Dirs {
    pub config: PathBuf,
    pub data: PathBuf,
    pub cache: PathBuf,
}

impl Dirs {
    pub fn from_env() -> Dirs {
        let home = || dirs::home_dir().unwrap_or_else(|| PathBuf::from("."));
        Dirs {
            config: dirs::config_dir()
                .unwrap_or_else(|| home().join(".config"))
                .join(APP),
            data: dirs::data_local_dir()
                .unwrap_or_else(|| home().join(".local/share"))
                .join(APP),
            cache: dirs::cache_dir()
                .unwrap_or_else(|| home().join(".cache"))
                .join(APP),
        }
    }

    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.toml")
    }

    pub fn default_db(&self) -> PathBuf {
        self.data.join("space.db")
    }

    /// The offline cache of a remote profile.
    pub fn cache_file(&self, profile: &str) -> PathBuf {
        self.cache.join(format!("{profile}.db"))
    }

    /// Used only with `login --insecure-storage`.
    pub fn token_file(&self, profile: &str) -> PathBuf {
        self.config
            .join("credentials")
            .join(format!("{profile}.token"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CredentialStore {
    Keyring,
    File,
}

/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<CredentialStore>,
    /// A server's space instead of a local database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// A private CA to trust for that server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Config {
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

impl Config {
    pub fn load(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(Error::other(msg::config_unreadable(path, &msg::reason(&e)))),
        };
        toml::from_str(&text).map_err(|e| {
            Error::other(msg::config_unreadable(path, &e.message()))
                .hint(msg::hint_fix_config(path))
        })
    }

    /// Written whole to a temporary file, then renamed: never half a config.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = toml::to_string_pretty(self).map_err(|e| Error::other(e.to_string()))?;
        write_private(path, text.as_bytes())
    }
}

/// Writes a file readable by its owner only, atomically.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    crate::private::create_dir_all(dir)
        .map_err(|e| Error::other(msg::cannot_create(dir, &msg::reason(&e))))?;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let result = (|| {
        let mut f = crate::private::options()
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::other(msg::cannot_create(path, &msg::reason(&e)))
    })
}

pub fn validate_profile(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        && !name.starts_with('.');
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(msg::profile_invalid(name)).hint(msg::hint_profile_format()))
    }
}
