//! The SQLite file: private, WAL, versioned, shared by commands running at once.

use std::os::unix::fs::PermissionsExt;

use crate::support::*;

#[test]
fn the_database_is_private_and_in_wal_mode() {
    let env = Env::with_space();
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "database mode {mode:o}");
    let dir_mode = std::fs::metadata(env.db.parent().unwrap())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(dir_mode, 0o700, "data folder mode {dir_mode:o}");
    let journal: String = env
        .sql()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
    // XDG: the default place is $XDG_DATA_HOME/urssaf-admin/space.db.
    assert!(env.db.ends_with("data/urssaf-admin/space.db"));
    assert!(env.path().join("config/urssaf-admin/config.toml").exists());
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let env = Env::with_space();
    env.rw().pragma_update(None, "user_version", 99).unwrap();
    let err = env.admin().fails(&["portfolio", "list"], 1);
    assert!(err.contains("newer urssaf-admin"), "{err}");
    assert!(err.contains("Upgrade"), "{err}");
}

#[test]
fn a_missing_database_is_not_created_by_mistake() {
    let env = Env::new();
    let out = env
        .bare()
        .args([
            "--db",
            "/nonexistent/typo.db",
            "login",
            "--user",
            "alice",
            "--password-stdin",
        ])
        .write_stdin("whatever password\n")
        .output()
        .unwrap();
    let err = expect_failure(&out, &["login"], 6);
    assert!(err.contains("no space at /nonexistent/typo.db"), "{err}");
    assert!(err.contains("urssaf-admin init"), "{err}");
    assert!(!std::path::Path::new("/nonexistent/typo.db").exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    let env = Env::new();
    let junk = env.path().join("junk.db");
    std::fs::write(
        &junk,
        "this is not SQLite, just some text that is long enough to matter",
    )
    .unwrap();
    let out = env
        .bare()
        .arg("--db")
        .arg(&junk)
        .args(["login", "--user", "alice", "--password-stdin"])
        .write_stdin("whatever password\n")
        .output()
        .unwrap();
    let err = expect_failure(&out, &["login"], 8);
    assert!(err.contains("not an urssaf-admin database"), "{err}");
}

#[test]
fn commands_run_at_once_all_succeed() {
    let env = Env::with_space();
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    let sirens = [
        "356000000",
        "380129866",
        "552120222",
        "200034528",
        "732829320",
        "542107651",
        "552081317",
        "572015246",
    ];
    let children: Vec<_> = sirens
        .iter()
        .map(|s| {
            admin
                .std_cmd()
                .args([
                    "clients",
                    "add",
                    s,
                    "--name",
                    &format!("Company {s}"),
                    "-p",
                    "1",
                ])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        succeeded(&child.wait_with_output().unwrap());
    }
    assert_eq!(env.count("clients"), sirens.len() as i64);
    assert_eq!(env.integrity(), "ok");
}

#[test]
fn another_programs_database_is_left_untouched() {
    let env = Env::new();
    let other = env.path().join("other-app.sqlite");
    let conn = rusqlite::Connection::open(&other).unwrap();
    conn.execute_batch("CREATE TABLE notes (body TEXT); PRAGMA user_version = 1;")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&other).unwrap();
    let out = env
        .bare()
        .arg("--db")
        .arg(&other)
        .args(["login", "--user", "alice", "--password-stdin"])
        .write_stdin("whatever password\n")
        .output()
        .unwrap();
    let err = expect_failure(&out, &["login"], 6);
    assert!(err.contains("no space at"), "{err}");
    assert_eq!(
        before,
        std::fs::read(&other).unwrap(),
        "the file was changed"
    );
}
