//! Where the session token lives: the real Secret Service keyring by default, a 0600
//! file only with --insecure-storage, the environment for CI.

use std::os::unix::fs::PermissionsExt;

use crate::support::*;

fn keyring_entry(env: &Env, profile: &str) -> keyring::Entry {
    keyring::Entry::new("urssaf-admin", &env.profile_name(profile)).unwrap()
}

#[test]
fn login_keeps_the_token_in_the_keyring_and_logout_removes_it() {
    let env = Env::with_space();
    let token = env.admin().token();
    // The keyring holds exactly the token; no file does.
    assert_eq!(keyring_entry(&env, "alice").get_password().unwrap(), token);
    assert!(!env.path().join("config/urssaf-admin/credentials").exists());
    let config =
        std::fs::read_to_string(env.path().join("config/urssaf-admin/config.toml")).unwrap();
    assert!(!config.contains(&token));
    assert!(config.contains("credential = \"keyring\""), "{config}");

    let out = env.admin().ok(&["logout"]);
    assert!(out.contains("Signed out alice"), "{out}");
    assert!(matches!(
        keyring_entry(&env, "alice").get_password(),
        Err(keyring::Error::NoEntry)
    ));
    let err = env.admin().fails(&["auth", "status"], 4);
    assert!(err.contains("not signed in"), "{err}");
}

#[test]
fn without_a_keyring_login_fails_with_a_hint_and_leaves_no_session() {
    let env = Env::with_space();
    let sessions = env.count("sessions");
    let out = env
        .user("nokeyring")
        .cmd()
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            format!("unix:path={}/no-bus", env.path().display()),
        )
        .args(["login", "--user", "alice", "--password-stdin"])
        .write_stdin(format!("{ADMIN_PW}\n"))
        .output()
        .unwrap();
    let err = expect_failure(&out, &["login"], 1);
    // In plain words first, the library's own words cut short after them.
    assert!(
        err.starts_with("error: no keyring is running: nothing answers for the Secret Service"),
        "{err}"
    );
    let first = err.lines().next().unwrap();
    assert!(first.chars().count() < 200, "{first}");
    assert!(err.contains("--insecure-storage"), "{err}");
    assert_eq!(
        env.count("sessions"),
        sessions,
        "the session of a failed login was kept"
    );
}

#[test]
fn insecure_storage_writes_a_private_file_and_warns() {
    let env = Env::with_space();
    let user = env.user("file");
    let out = user
        .cmd()
        .args([
            "login",
            "--user",
            "alice",
            "--password-stdin",
            "--insecure-storage",
        ])
        .write_stdin(format!("{ADMIN_PW}\n"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: the session token is stored unencrypted"),
        "{stderr}"
    );
    let file = env
        .path()
        .join("config/urssaf-admin/credentials")
        .join(format!("{}.token", env.profile_name("file")));
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let status = user.json(&["auth", "status"]);
    assert!(
        status["credential_store"]
            .as_str()
            .unwrap()
            .starts_with("file "),
        "{status}"
    );
    assert!(matches!(
        keyring_entry(&env, "file").get_password(),
        Err(keyring::Error::NoEntry)
    ));
    user.ok(&["logout"]);
    assert!(!file.exists());
}

#[test]
fn profiles_keep_separate_sign_ins() {
    let env = Env::with_space();
    env.admin().ok(&["portfolio", "create", "--yes"]);
    env.onboard("bob", 1, BOB_PW);
    assert_eq!(env.admin().json(&["auth", "status"])["login"], "alice");
    assert_eq!(env.user("bob").json(&["auth", "status"])["login"], "bob");
    // Signing bob out leaves alice signed in.
    env.user("bob").ok(&["logout"]);
    env.admin().ok(&["portfolio", "list"]);
    env.user("bob").fails(&["portfolio", "list"], 4);
    // The profile remembers the login: next time only the password is needed.
    let out = env
        .user("bob")
        .cmd()
        .args(["login", "--password-stdin"])
        .write_stdin(format!("{BOB_PW}\n"))
        .output()
        .unwrap();
    succeeded(&out);
}

/// A keyring of its own, in a D-Bus session of its own, locked once the token is in:
/// gnome-keyring as `.ci/test` starts it, then the Secret Service's `Lock`.
#[test]
fn a_locked_keyring_is_called_locked() {
    let env = Env::with_space();
    let user = env.user("locked");
    let login = user.std_cmd_with(&["login", "--user", "alice", "--password-stdin"]);
    let keyrings = env.path().join("keyrings");
    std::fs::create_dir_all(&keyrings).unwrap();
    let script = r#"
        set -eu
        eval "$(printf pw | XDG_DATA_HOME="$KEYRINGS" gnome-keyring-daemon --unlock --components=secrets)"
        printf '%s\n' "$PW" | "$BIN" login --user alice --password-stdin
        dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
            org.freedesktop.Secret.Service.Lock \
            array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
        "$BIN" auth status
    "#;
    let mut cmd = std::process::Command::new("dbus-run-session");
    cmd.env_clear();
    for (k, v) in login.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    cmd.env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("KEYRINGS", &keyrings)
        .env("PW", ADMIN_PW)
        .env("BIN", login.get_program())
        .args(["--", "sh", "-c", script]);
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("Signed in as alice"), "{stdout}\n{stderr}");
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stderr.contains("error: the keyring is locked"), "{stderr}");
    assert!(
        stderr.contains("hint: Unlock or start your keyring"),
        "{stderr}"
    );
}
