//! The first ten minutes of a new user: `init` on a terminal, the space each profile
//! uses, and what a collaborator runs on their own machine.

use crate::support::*;

/// On a terminal, `init` alone asks for what it needs, checks each answer as it is
/// typed, and leaves the administrator signed in, ready for `portfolio create`.
#[test]
fn init_on_a_terminal_asks_checks_and_signs_in() {
    let env = Env::new();
    let profile = env.profile_name("first");
    let mut cmd = env.bare_std();
    cmd.env("URSSAF_ADMIN_PROFILE", &profile).arg("init");
    let mut p = pty(cmd);
    p.exp_string("SIREN").unwrap();
    p.send_line("123456789").unwrap();
    p.exp_string("invalid").unwrap();
    p.exp_string("SIREN").unwrap();
    p.send_line("732 829 320").unwrap();
    p.exp_string("raison sociale").unwrap();
    p.send_line("Cabinet Dupont").unwrap();
    p.exp_string("login").unwrap();
    p.send_line("Alice!").unwrap();
    p.exp_string("invalid login").unwrap();
    p.exp_string("login").unwrap();
    p.send_line("alice").unwrap();
    p.exp_string("email").unwrap();
    p.send_line("alice@cabinet.fr").unwrap();
    p.exp_string("New password").unwrap();
    p.send_line(ADMIN_PW).unwrap();
    p.exp_string("Repeat the password").unwrap();
    p.send_line(ADMIN_PW).unwrap();
    let (code, rest) = pty_finish(&mut p);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("Signed in as alice"), "{rest}");
    assert!(rest.contains("portfolio create"), "{rest}");
    // Signed in: the next command works at once, on the default space.
    let mut next = env.bare_std();
    next.env("URSSAF_ADMIN_PROFILE", &profile)
        .args(["portfolio", "create", "--yes"]);
    let out = next.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env.path().join("data/urssaf-admin/space.db").exists());
}

/// Without a terminal, what is missing is a usage error naming the flags, and nothing
/// is created.
#[test]
fn init_without_a_terminal_names_the_missing_flags() {
    let env = Env::new();
    let out = env
        .bare()
        .args(["init", "--siren", FIRM_SIREN, "--password-stdin"])
        .write_stdin(format!("{ADMIN_PW}\n"))
        .output()
        .unwrap();
    let err = expect_failure(&out, &["init"], 2);
    for flag in ["--name", "--admin", "--email"] {
        assert!(err.contains(flag), "{err}");
    }
    assert!(!env.path().join("data/urssaf-admin/space.db").exists());
}

/// `init --db other.db` never repoints a profile that already uses a space: the user's
/// sign-in and space stay as they were.
#[test]
fn init_never_repoints_a_profile_in_use() {
    let env = Env::with_space();
    let other = env.path().join("other.db");
    let mut cmd = env.bare_std();
    cmd.env("URSSAF_ADMIN_PROFILE", env.profile_name("alice"));
    let out = assert_cmd::Command::from_std(cmd)
        .args([
            "init",
            "--db",
            other.to_str().unwrap(),
            "--siren",
            "356000000",
        ])
        .args([
            "--name",
            "Autre",
            "--admin",
            "root",
            "--email",
            "root@autre.fr",
        ])
        .arg("--password-stdin")
        .write_stdin(format!("{ADMIN_PW}\n"))
        .output()
        .unwrap();
    let err = expect_failure(&out, &["init", "--db"], 2);
    assert!(err.contains("already uses the space"), "{err}");
    assert!(!other.exists());
    // The profile still reaches its own space, signed in.
    let mut cmd = env.bare_std();
    cmd.env("URSSAF_ADMIN_PROFILE", env.profile_name("alice"))
        .args(["portfolio", "list"]);
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// A mistyped `--profile` is named as unknown, and sign-in errors name the profile and
/// the space they were about.
#[test]
fn errors_name_the_profile_and_the_space() {
    let env = Env::with_space();
    let mut cmd = env.bare_std();
    cmd.args(["--profile", "typo", "portfolio", "list"]);
    let out = cmd.output().unwrap();
    let err = expect_failure(&out, &["--profile", "typo"], 4);
    assert!(err.contains("there is no profile typo"), "{err}");
    assert!(
        err.contains(&env.profile_name("alice")),
        "known profiles: {err}"
    );

    let err = env
        .admin()
        .cmd()
        .args(["login", "--user", "alice", "--password-stdin"])
        .write_stdin("not the password\n")
        .output()
        .unwrap();
    let err = expect_failure(&err, &["login"], 4);
    assert!(
        err.contains(&format!("profile {}", env.profile_name("alice"))),
        "{err}"
    );
    assert!(err.contains(env.db.to_str().unwrap()), "{err}");
}

/// The line `subscriber add` prints for a newcomer works as written on the newcomer's
/// own machine when the space is a server, and says the truth about the welcome email.
#[test]
fn the_newcomers_command_works_on_their_own_machine() {
    let env = firm(Backend::Remote);
    let out = env.admin().ok(&[
        "subscriber",
        "add",
        "--portfolio",
        "1",
        "dan",
        "--email",
        "dan@cabinet.fr",
    ]);
    assert!(out.contains("waits in the outbox"), "no mail server: {out}");
    let line = out
        .lines()
        .find(|l| l.contains("urssaf-admin activate"))
        .unwrap_or_else(|| panic!("{out}"));
    let command = line.split('`').nth(1).unwrap();
    assert!(
        command.contains(&format!("--api-url {}", env.url())),
        "{command}"
    );
    let code = out
        .lines()
        .find_map(|l| l.rsplit_once("): ").map(|(_, c)| c.trim().to_string()))
        .unwrap();
    // Dan's machine: nothing configured, no space of its own.
    let dan = Env::new();
    let profile = dan.profile_name("dan");
    let words: Vec<&str> = command.split_whitespace().skip(1).collect();
    let mut cmd = dan.bare_std();
    cmd.env("URSSAF_ADMIN_PROFILE", &profile)
        .args(&words)
        .args(["--code", &code]);
    let out = assert_cmd::Command::from_std(cmd)
        .arg("--password-stdin")
        .write_stdin(format!("{BOB_PW}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // The profile remembers the server: `login` needs nothing more.
    let mut cmd = dan.bare_std();
    cmd.env("URSSAF_ADMIN_PROFILE", &profile);
    let out = assert_cmd::Command::from_std(cmd)
        .args(["login", "--password-stdin"])
        .write_stdin(format!("{BOB_PW}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // Without the server's address, activation is not steered to `init`.
    let mut cmd = Env::new().bare_std();
    cmd.args(["activate", "--user", "dan", "--code", "XXXX-XXXX-XXXX-XXXX"]);
    let out = assert_cmd::Command::from_std(cmd)
        .arg("--password-stdin")
        .write_stdin(format!("{BOB_PW}\n"))
        .output()
        .unwrap();
    let err = expect_failure(&out, &["activate"], 6);
    assert!(err.contains("your administrator gave you"), "{err}");
    assert!(!err.contains("init"), "{err}");
}

/// Each error says what to do next, and the next step exists: an administrator named
/// twice, the last administrator who can sign in, a token from the environment.
#[test]
fn errors_say_what_to_do_and_why() {
    let env = firm(Backend::Local);
    let admin = env.admin();
    let err = admin.fails(&["admin", "add", "alice"], 7);
    assert!(err.contains("urssaf-admin admin list"), "{err}");
    // carol, named administrator before she activated: listed, but she cannot sign in.
    admin.ok(&[
        "subscriber",
        "add",
        "--portfolio",
        "1",
        "erin",
        "--email",
        "erin@cabinet.fr",
    ]);
    admin.ok(&["admin", "add", "erin"]);
    let err = admin.fails(&["admin", "remove", "alice", "--yes"], 7);
    assert!(err.contains("has not activated"), "{err}");
    let out = admin
        .cmd()
        .env("URSSAF_ADMIN_TOKEN", "uat_garbage")
        .args(["portfolio", "list"])
        .output()
        .unwrap();
    let err = expect_failure(&out, &["portfolio", "list"], 4);
    assert!(err.contains("URSSAF_ADMIN_TOKEN is not valid"), "{err}");
}

fn r6_an_account_keeps_its_email(b: Backend) {
    let env = firm(b);
    let err = env.admin().fails(
        &[
            "subscriber",
            "add",
            "--portfolio",
            "2",
            "bob",
            "--email",
            "someone.else@cabinet.fr",
        ],
        7,
    );
    assert!(err.contains("another email"), "{err}");
    assert!(err.contains("--email out"), "{err}");
    // Leaving it out, or giving the same one in other case, subscribes.
    env.admin().ok(&[
        "subscriber",
        "add",
        "--portfolio",
        "2",
        "bob",
        "--email",
        "Bob@Cabinet.fr",
    ]);
}

fn scripts_get_keys_and_plain_digits(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    // -q still prints what was created: the portfolio's number.
    assert_eq!(
        admin.ok(&["-q", "portfolio", "create", "--yes"]).trim(),
        "3"
    );
    // In a pipe, identifiers are plain digits.
    let tsv = admin.ok(&["clients", "list"]);
    assert!(tsv.contains("356000000\t"), "{tsv}");
    assert!(!tsv.contains("356 000 000"), "{tsv}");
    // On/off settings take what the yes/no prompts take.
    for (typed, on) in [("oui", true), ("non", false), ("yes", true), ("off", false)] {
        admin.ok(&["settings", "set", "third-party-registration", typed]);
        let info = admin.json(&["settings", "show"]);
        assert_eq!(info["third_party_registration"], on, "{typed}");
    }
}

crate::on_both_backends!(
    r6_an_account_keeps_its_email,
    scripts_get_keys_and_plain_digits,
    dry_runs_show_the_records_and_who_would_hear,
    r6_reinvite_gives_a_new_code_and_kills_the_old,
    every_error_has_a_hint,
);

/// An unknown URSSAF_ADMIN_LANG is a warning, and `serve --listen localhost:PORT` works.
#[test]
fn values_are_read_the_same_way_everywhere() {
    let env = Env::with_space();
    let out = env
        .admin()
        .cmd()
        .env("URSSAF_ADMIN_LANG", "klingon")
        .args(["portfolio", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("warning: URSSAF_ADMIN_LANG=klingon"),
        "{}",
        stderr(&out)
    );
    let port = free_port();
    let server = Server::start(&env, &["--listen", &format!("localhost:{port}")]);
    assert!(server.url.contains(&port.to_string()), "{}", server.url);
}

/// A dry run shows what would change: the record as the change would leave it, and
/// whom it would notify (R10), and changes nothing.
fn dry_runs_show_the_records_and_who_would_hear(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let out = env.unchanged(|| {
        admin.ok(&[
            "clients",
            "add",
            "380129866",
            "--name",
            "Orange",
            "-p",
            "1",
            "--dry-run",
        ])
    });
    assert!(out.contains("name: Orange"), "{out}");
    assert!(out.contains("portfolio: 1"), "{out}");
    assert!(out.contains("Would notify: bob."), "{out}");
    let out = env.unchanged(|| admin.ok(&["portfolio", "create", "--dry-run"]));
    assert!(out.contains("tiers_declarant: "), "{out}");
    assert!(out.contains("Would notify nobody."), "{out}");
    // Scripts keep the record alone.
    let json = admin.json(&["clients", "move", "356000000", "--to", "2", "--dry-run"]);
    assert_eq!(
        (&json["portfolio"], &json["from"]),
        (&2.into(), &1.into()),
        "{json}"
    );
}

/// R6: a collaborator who lost their code gets a new one, and the old one dies at once;
/// an account already activated needs none.
fn r6_reinvite_gives_a_new_code_and_kills_the_old(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let added = admin.json(&[
        "subscriber",
        "add",
        "--portfolio",
        "1",
        "dan",
        "--email",
        "dan@cabinet.fr",
    ]);
    let old = added["activation_code"].as_str().unwrap().to_string();
    let dry = env.unchanged(|| admin.json(&["subscriber", "reinvite", "dan", "--dry-run"]));
    assert!(
        dry["activation_code"].is_null(),
        "a dry run hands out no code: {dry}"
    );
    let new = admin
        .ok(&["-q", "subscriber", "reinvite", "dan"])
        .trim()
        .to_string();
    assert_ne!(new, old);
    let out = env.user("dan").activate("dan", &old, BOB_PW);
    assert_eq!(
        out.status.code(),
        Some(4),
        "the old code is dead: {}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("subscriber reinvite"),
        "{}",
        stderr(&out)
    );
    succeeded(&env.user("dan").activate("dan", &new, BOB_PW));
    let err = admin.fails(&["subscriber", "reinvite", "bob"], 7);
    assert!(err.contains("activated their account already"), "{err}");
    let audit = admin.json(&["audit", "list", "-n", "5"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "user.reinvite" && e["target"] == "user dan"),
        "{audit}"
    );
}

/// Every error comes with a hint, as the README says: a sample of the refusals a new
/// administrator meets first.
fn every_error_has_a_hint(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    for (args, code) in [
        (vec!["admin", "add", "alice"], 7),
        (vec!["admin", "remove", "bob", "--yes"], 6),
        (
            vec!["subscriber", "remove", "--portfolio", "2", "bob", "--yes"],
            6,
        ),
        (vec!["subscriber", "add", "--portfolio", "1", "bob"], 7),
        (vec!["clients", "move", "356000000", "--to", "1"], 7),
        (vec!["subscriber", "reinvite", "nobody"], 6),
        (vec!["portfolio", "show", "99"], 6),
        (vec!["clients", "remove", "380129866", "--yes"], 6),
    ] {
        let err = admin.fails(&args, code);
        assert!(
            err.lines().nth(1).is_some_and(|l| l.starts_with("hint: ")),
            "{args:?}: {err}"
        );
    }
}
