//! Rules R1-R11 (RULES.md), each through the built binary.

use crate::support::*;

// contract.rs and others still take the firm from here.
pub use crate::support::firm;

// ---- R1 ----------------------------------------------------------------------------------

/// The commands anyone may run, and why; every other command of the tree needs a
/// signed-in user (R1), a new one included.
const OPEN_TO_ANYONE: &[&str] = &[
    "init",        // creates the space and its first administrator
    "login",       // signs in
    "activate",    // a newcomer's first password, with the code that proves who they are
    "serve",       // each request signs in on its own
    "check",       // whoever can read the file may check it
    "backup",      // and copy it
    "completions", // scripts made from the command tree alone
    "help",
];

/// Every command that does something (a leaf of the tree), as the words that name it.
fn leaf_commands(
    cmd: &clap::Command,
    words: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, clap::Command)>,
) {
    for sub in cmd.get_subcommands() {
        words.push(sub.get_name().to_string());
        if sub.has_subcommands() {
            leaf_commands(sub, words, out);
        } else {
            out.push((words.clone(), sub.clone()));
        }
        words.pop();
    }
}

/// `words` with a plausible value for each required argument, so that nothing but the
/// missing sign-in can refuse the command.
fn runnable(words: &[String], leaf: &clap::Command, file: &std::path::Path) -> Vec<String> {
    let mut args = words.to_vec();
    for arg in leaf
        .get_arguments()
        .filter(|a| a.is_required_set() && !a.is_global_set())
    {
        let value = match arg.get_possible_values().first() {
            Some(v) => v.get_name().to_string(),
            None => match arg.get_id().as_str() {
                "number" | "portfolio" | "to" | "minutes" | "days" | "months" => "1".into(),
                "id" => "380129866".into(),
                "name" => "Orange".into(),
                "login" | "user" | "from" => "dave".into(),
                "email" => "dave@cabinet.fr".into(),
                "signed" => "15/01/2026".into(),
                "url" => "smtp+plain://127.0.0.1:2525".into(),
                "sender" => "noreply@cabinet.fr".into(),
                "file" => file.to_str().unwrap().into(),
                other => panic!("{words:?}: no sample value for <{other}>: add one here"),
            },
        };
        if !arg.is_positional() {
            args.push(format!("--{}", arg.get_long().unwrap()));
        }
        args.push(value);
    }
    // R4 would refuse first without a terminal.
    if leaf.get_arguments().any(|a| a.get_id() == "yes") {
        args.push("--yes".into());
    }
    args
}

/// R1: each command of the tree, run by nobody, is refused (exit 4, with the way to sign
/// in) and changes nothing, but those in OPEN_TO_ANYONE.
fn r1_every_command_but_those_open_to_anyone_needs_sign_in(b: Backend) {
    let env = Env::with_space_on(b);
    let nobody = env.user("nobody");
    let file = env.path().join("clients.csv");
    std::fs::write(
        &file,
        format!("siren,name,portfolio\n{},Orange,1\n", siren(1)),
    )
    .unwrap();
    let mut leaves = Vec::new();
    leaf_commands(&urssaf_admin::command(), &mut Vec::new(), &mut leaves);
    let names: Vec<String> = leaves.iter().map(|(words, _)| words.join(" ")).collect();
    for open in OPEN_TO_ANYONE {
        assert!(
            names.iter().any(|n| n == open),
            "{open} is no command: {names:?}"
        );
    }
    let mut checked = 0;
    for (words, leaf) in &leaves {
        if OPEN_TO_ANYONE.contains(&words.join(" ").as_str()) {
            continue;
        }
        let args = runnable(words, leaf, &file);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let err = env.unchanged(|| nobody.fails(&args, 4));
        assert!(err.contains("not signed in"), "{args:?}: {err}");
        assert!(err.contains("urssaf-admin login"), "{args:?}: {err}");
        checked += 1;
    }
    // The walk found the tree: portfolio, subscriber, clients, settings, ... all of it.
    assert!(checked >= 25, "{checked} commands checked: {names:?}");
    nobody.ok(&["--help"]);
    nobody.ok(&["completions", "bash"]);
    if b == Backend::Local {
        nobody.ok(&["check"]);
    }
}

fn r1_passwords_are_argon2id_hashes_and_never_in_clear_on_disk(b: Backend) {
    let env = Env::with_space_on(b);
    env.admin().ok(&["portfolio", "create", "--yes"]);
    env.onboard("bob", 1, BOB_PW);
    let hashes: Vec<String> = env
        .sql()
        .prepare("SELECT password_hash FROM users ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(hashes.len(), 2);
    assert!(
        hashes.iter().all(|h| h.starts_with("$argon2id$")),
        "{hashes:?}"
    );
    for entry in files_under(env.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        for pw in [ADMIN_PW, BOB_PW] {
            assert!(
                !bytes.windows(pw.len()).any(|w| w == pw.as_bytes()),
                "{pw} found in clear in {}",
                entry.display()
            );
        }
    }
}

fn r1_passwords_are_not_taken_as_arguments(b: Backend) {
    let env = Env::with_space_on(b);
    env.user("x")
        .fails(&["login", "--user", "alice", "--password", ADMIN_PW], 2);
    // Without a terminal and without --password-stdin, login refuses instead of hanging.
    let err = env.user("x").fails(&["login", "--user", "alice"], 2);
    assert!(err.contains("--password-stdin"), "{err}");
}

fn r1_wrong_password_and_unknown_login_get_the_same_answer(b: Backend) {
    let env = Env::with_space_on(b);
    let x = env.user("x");
    let run = |user: &str, pw: &str| {
        let out = x
            .cmd()
            .args(["login", "--user", user, "--password-stdin"])
            .write_stdin(format!("{pw}\n"))
            .output()
            .unwrap();
        expect_failure(&out, &["login"], 4)
    };
    let wrong = env.unchanged(|| run("alice", "not the right password"));
    let unknown = env.unchanged(|| run("mallory", "not the right password"));
    assert!(wrong.contains("wrong login or password"), "{wrong}");
    assert_eq!(wrong, unknown);
}

fn r1_an_expired_session_is_refused(b: Backend) {
    let env = Env::with_space_on(b);
    env.admin().ok(&["portfolio", "list"]);
    env.rw()
        .execute(
            "UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z'",
            [],
        )
        .unwrap();
    let err = env.admin().fails(&["portfolio", "list"], 4);
    assert!(err.contains("expired"), "{err}");
}

fn r1_token_from_the_environment_and_logout_revokes_it(b: Backend) {
    let env = Env::with_space_on(b);
    let token = env.admin().token();
    assert!(token.starts_with("uat_") && token.len() > 40, "{token}");
    // Another profile, never signed in, works with the token in the environment.
    let ci = env.user("ci");
    let out = ci
        .with_token(&token)
        .args(["-o", "json", "auth", "status"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["login"], "alice");
    assert_eq!(
        status["credential_store"],
        "environment (URSSAF_ADMIN_TOKEN)"
    );
    // Sessions are stored hashed: the token itself is nowhere in the database.
    let stored: String = env
        .sql()
        .query_row("SELECT group_concat(token_hash) FROM sessions", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(!stored.contains(&token));

    env.admin().ok(&["logout"]);
    let out = ci
        .with_token(&token)
        .args(["portfolio", "list"])
        .output()
        .unwrap();
    expect_failure(&out, &["portfolio", "list"], 4);
    env.admin().fails(&["portfolio", "list"], 4);
    let out = ci
        .with_token("uat_forged")
        .args(["portfolio", "list"])
        .output()
        .unwrap();
    expect_failure(&out, &["portfolio", "list"], 4);
}

// ---- R2 ----------------------------------------------------------------------------------

fn r2_only_administrators_change_the_space(b: Backend) {
    let env = firm(b);
    let bob = env.user("bob");
    for args in [
        &["portfolio", "create", "--yes"][..],
        &["portfolio", "create", "--dry-run"],
        &[
            "subscriber",
            "add",
            "-p",
            "1",
            "dave",
            "--email",
            "dave@cabinet.fr",
        ],
        &["subscriber", "add", "-p", "1", "carol"],
        &["subscriber", "modify", "-p", "1", "bob", "--name", "Bobby"],
        &["subscriber", "remove", "-p", "2", "carol", "--yes"],
        &["admin", "list"],
        &["admin", "add", "bob"],
        &["admin", "remove", "alice", "--yes"],
        &["clients", "add", "380129866", "--name", "Orange", "-p", "1"],
        &["clients", "move", "356000000", "--to", "2"],
        &["clients", "remove", "356000000", "--yes"],
        &["settings", "show"],
        &["settings", "set", "third-party-registration", "on"],
        &["audit", "list"],
    ] {
        let err = env.unchanged(|| bob.fails(args, 5));
        assert!(err.contains("permission denied"), "{args:?}: {err}");
    }
}

// ---- R3 ----------------------------------------------------------------------------------

fn r3_the_last_administrator_stays(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let err = env.unchanged(|| admin.fails(&["admin", "remove", "alice", "--yes"], 7));
    assert!(err.contains("last administrator"), "{err}");
    env.unchanged(|| admin.fails(&["admin", "remove", "alice", "--dry-run"], 7));

    admin.ok(&["admin", "add", "bob"]);
    let admins = admin.json(&["admin", "list"]);
    assert_eq!(admins.as_array().unwrap().len(), 2);
    // Now alice may step down; bob, the last one, may not.
    admin.ok(&["admin", "remove", "alice", "--yes"]);
    let bob = env.user("bob");
    env.unchanged(|| bob.fails(&["admin", "remove", "bob", "--yes"], 7));
    let admins = bob.json(&["admin", "list"]);
    assert_eq!(admins[0]["login"], "bob");
    assert_eq!(admins.as_array().unwrap().len(), 1);
    // alice is no longer an administrator.
    env.unchanged(|| admin.fails(&["portfolio", "create", "--yes"], 5));
}

fn r3_an_administrator_who_cannot_sign_in_yet_does_not_count(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    // dave has an account but has not activated it: he cannot sign in.
    admin.ok(&[
        "subscriber",
        "add",
        "-p",
        "1",
        "dave",
        "--email",
        "dave@cabinet.fr",
    ]);
    admin.ok(&["admin", "add", "dave"]);
    let err = env.unchanged(|| admin.fails(&["admin", "remove", "alice", "--yes"], 7));
    assert!(err.contains("last administrator"), "{err}");
}

// ---- R4 ----------------------------------------------------------------------------------

fn r4_without_a_terminal_and_without_yes_nothing_is_created(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let err = env.unchanged(|| admin.fails(&["portfolio", "create"], 2));
    assert!(err.contains("--yes"), "{err}");
    // --no-input refuses the same way, whatever stdin is.
    env.unchanged(|| admin.fails(&["--no-input", "portfolio", "create"], 2));
    // The destructive commands ask too.
    admin.ok(&["admin", "add", "bob"]);
    for args in [
        &["subscriber", "remove", "-p", "1", "bob"][..],
        &["clients", "remove", "356000000"],
        &["admin", "remove", "alice"],
    ] {
        let err = env.unchanged(|| admin.fails(args, 2));
        assert!(err.contains("--yes"), "{args:?}: {err}");
    }
}

fn r4_dry_run_shows_and_changes_nothing(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let preview = env.unchanged(|| admin.json(&["portfolio", "create", "--dry-run"]));
    assert_eq!(preview["number"], 3);
    let text = env.unchanged(|| admin.ok(&["portfolio", "create", "--dry-run"]));
    assert!(text.contains("Would create portfolio 3"), "{text}");
    let added = env.unchanged(|| {
        admin.json(&[
            "subscriber",
            "add",
            "-p",
            "2",
            "dave",
            "--email",
            "dave@cabinet.fr",
            "--dry-run",
        ])
    });
    assert_eq!(added["account_created"], true);
    assert!(
        added["activation_code"].is_null(),
        "a dry run shows no code"
    );
    env.unchanged(|| admin.ok(&["subscriber", "remove", "-p", "1", "bob", "--dry-run"]));
    env.unchanged(|| admin.ok(&["clients", "remove", "356000000", "--dry-run"]));
    env.unchanged(|| admin.ok(&["clients", "move", "356000000", "--to", "2", "--dry-run"]));
    env.unchanged(|| {
        admin.ok(&[
            "clients",
            "add",
            "380129866",
            "--name",
            "O",
            "-p",
            "1",
            "--dry-run",
        ])
    });
    env.unchanged(|| {
        admin.ok(&[
            "settings",
            "set",
            "third-party-registration",
            "on",
            "--dry-run",
        ])
    });
    // The real one takes the number the dry run announced.
    assert_eq!(admin.json(&["portfolio", "create", "--yes"])["number"], 3);
}

// ---- R5 ----------------------------------------------------------------------------------

fn r5_portfolios_carry_the_firm_and_numbers_are_never_reused(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    for n in 1..=3 {
        let p = admin.json(&["portfolio", "create", "--yes"]);
        assert_eq!(p["number"], n);
        assert_eq!(p["tiers_declarant"], FIRM);
    }
    // Even if the newest portfolio disappeared, its number is not handed out again.
    env.rw()
        .execute("DELETE FROM portfolios WHERE number = 3", [])
        .unwrap();
    assert_eq!(admin.json(&["portfolio", "create", "--yes"])["number"], 4);
    let shown = admin.json(&["portfolio", "show", "2"]);
    assert_eq!(shown["tiers_declarant"], FIRM);
    let table = admin.ok(&["portfolio", "list"]);
    assert!(
        table.starts_with("Number\tTiers déclarant\tCreated"),
        "{table}"
    );
}

// ---- R6 ----------------------------------------------------------------------------------

fn r6_subscriptions_list_modify_withdraw(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    // An existing collaborator gets a second portfolio: no new account, no code.
    let again = admin.json(&["subscriber", "add", "-p", "2", "bob"]);
    assert_eq!(again["account_created"], false);
    assert!(again["activation_code"].is_null());
    env.unchanged(|| admin.fails(&["subscriber", "add", "-p", "2", "bob"], 7));

    let in2 = admin.json(&["subscriber", "list", "--portfolio", "2"]);
    let logins: Vec<&str> = in2
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["login"].as_str().unwrap())
        .collect();
    assert_eq!(logins, ["bob", "carol"]);

    let m = admin.json(&[
        "subscriber",
        "modify",
        "-p",
        "2",
        "bob",
        "--email",
        "b.martin@cabinet.fr",
    ]);
    assert_eq!(m["email"], "b.martin@cabinet.fr");
    let s = admin.json(&["subscriber", "modify", "-p", "2", "bob", "--suspend"]);
    assert_eq!(s["status"], "suspended");
    // Suspended: bob no longer sees portfolio 2 (R7 follows).
    env.user("bob").fails(&["clients", "list", "-p", "2"], 5);
    admin.ok(&["subscriber", "modify", "-p", "2", "bob", "--resume"]);
    assert_eq!(
        env.user("bob")
            .json(&["clients", "list", "-p", "2"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    admin.ok(&["subscriber", "remove", "-p", "2", "bob", "--yes"]);
    env.user("bob").fails(&["clients", "list", "-p", "2"], 5);
    env.unchanged(|| admin.fails(&["subscriber", "remove", "-p", "2", "bob", "--yes"], 6));
}

fn r6_activation_codes_work_once_and_expire_and_only_the_newcomer_reads_them(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    let added = admin.json(&[
        "subscriber",
        "add",
        "-p",
        "1",
        "dave",
        "--email",
        "dave@cabinet.fr",
    ]);
    let code = added["activation_code"].as_str().unwrap();
    let outbox_bodies = || -> String {
        env.sql()
            .query_row("SELECT group_concat(body, '|') FROM outbox", [], |r| {
                r.get(0)
            })
            .unwrap()
    };
    // The code is nowhere in the space: dave's email gets a code of its own when it is
    // sent (tests/cli/hardening.rs reads the whole file for it).
    assert!(!outbox_bodies().contains(code));
    assert!(!outbox_bodies().contains(&code.replace('-', "")));
    let dave = env.user("dave");
    let activate = |code: &str, pw: &str| dave.activate("dave", code, pw);
    // A wrong code, and a too short password, change nothing.
    env.unchanged(|| {
        expect_failure(
            &activate("AAAA-BBBB-CCCC-DDDD", "dave's long password"),
            &[],
            4,
        )
    });
    env.unchanged(|| expect_failure(&activate(code, "short"), &[], 8));
    // The code is typed in any case, with or without dashes.
    let typed = code.to_lowercase().replace('-', " ");
    assert!(activate(&typed, "dave's long password").status.success());
    let again = activate(code, "another long password");
    expect_failure(&again, &["activate"], 4);
    dave.login("dave", "dave's long password");

    // Dave's message says where his code is (his email, made when it is sent); only he
    // reads it in full.
    let mine = dave.json(&["notifications", "list"]);
    let body = mine[0]["body"].as_str().unwrap();
    assert!(body.contains("urssaf-admin activate --user dave"), "{body}");
    assert!(
        body.contains("Your activation code is in the email sent to you, and only there."),
        "{body}"
    );
    assert!(!outbox_bodies().contains(code));
    let all = admin.json(&["notifications", "list"]);
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .all(|n| n["body"].is_null() || n["recipient"] == "alice")
    );

    // An expired code is refused.
    let added = admin.json(&[
        "subscriber",
        "add",
        "-p",
        "1",
        "erin",
        "--email",
        "erin@cabinet.fr",
    ]);
    env.rw()
        .execute(
            "UPDATE activation_codes SET expires_at = '2000-01-01T00:00:00Z'",
            [],
        )
        .unwrap();
    let out = env.user("erin").activate(
        "erin",
        added["activation_code"].as_str().unwrap(),
        "erin's long password",
    );
    expect_failure(&out, &["activate"], 4);
    // Subscribing erin again, still pending, renews her code; the new one works.
    admin.ok(&["portfolio", "create", "--yes"]);
    let again = admin.json(&["subscriber", "add", "-p", "2", "erin"]);
    let renewed = again["activation_code"].as_str().expect("a renewed code");
    let out = env
        .user("erin")
        .activate("erin", renewed, "erin's long password");
    succeeded(&out);
}

// ---- R7 ----------------------------------------------------------------------------------

fn r7_a_subscriber_sees_their_portfolios_and_clients_only(b: Backend) {
    let env = firm(b);
    let carol = env.user("carol");
    let mine = carol.json(&["portfolio", "list"]);
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["number"], 2);
    // R7: who else is subscribed to her own portfolios is hers to know (the
    // notifications tell her anyway).
    assert_eq!(mine[0]["subscribers"], 1);

    let clients = carol.json(&["clients", "list"]);
    assert_eq!(clients.as_array().unwrap().len(), 1);
    assert_eq!(clients[0]["siren"], "552120222");
    // Not by search, by portfolio, by number.
    assert_eq!(
        carol
            .json(&["clients", "list", "--search", "Poste"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        carol
            .json(&["clients", "list", "--search", "356"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    carol.fails(&["clients", "list", "-p", "1"], 5);
    carol.fails(&["portfolio", "show", "1"], 5);
    // A portfolio that does not exist looks the same to her as one that is not hers.
    let missing = carol.fails(&["portfolio", "show", "99"], 5);
    assert!(missing.contains("not subscribed"), "{missing}");
    env.admin().fails(&["portfolio", "show", "99"], 6);

    let subs = carol.json(&["subscriber", "list"]);
    assert_eq!(subs.as_array().unwrap().len(), 1);
    assert_eq!(subs[0]["login"], "carol");
    carol.fails(&["subscriber", "list", "-p", "1"], 5);
    // Administrators see everything.
    assert_eq!(
        env.admin()
            .json(&["clients", "list"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

// ---- R8 ----------------------------------------------------------------------------------

fn r8_a_company_is_in_one_portfolio_at_a_time(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let err = env.unchanged(|| {
        admin.fails(
            &["clients", "add", "356 000 000", "--name", "LP", "-p", "2"],
            7,
        )
    });
    assert!(err.contains("portfolio 1"), "{err}");
    // Nor one of its establishments.
    env.unchanged(|| {
        admin.fails(
            &[
                "clients",
                "add",
                "35600000000048",
                "--name",
                "LP",
                "-p",
                "2",
            ],
            7,
        )
    });
    // A company added by one establishment; the same SIRET, or its SIREN, again: conflict.
    admin.ok(&[
        "clients",
        "add",
        "732 829 320 00074",
        "--name",
        "Etab",
        "-p",
        "1",
    ]);
    env.unchanged(|| {
        admin.fails(
            &["clients", "add", "73282932000074", "--name", "E", "-p", "1"],
            7,
        )
    });
    env.unchanged(|| {
        admin.fails(
            &["clients", "add", "732829320", "--name", "E", "-p", "2"],
            7,
        )
    });

    let moved = admin.json(&["clients", "move", "356000000", "--to", "2"]);
    assert_eq!(moved["from"], 1);
    assert_eq!(moved["portfolio"], 2);
    assert_eq!(
        env.user("carol")
            .json(&["clients", "list", "-s", "356"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        env.user("bob")
            .json(&["clients", "list", "-s", "356"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    env.unchanged(|| admin.fails(&["clients", "move", "356000000", "--to", "2"], 7));
    env.unchanged(|| admin.fails(&["clients", "move", "356000000", "--to", "9"], 6));
    env.unchanged(|| admin.fails(&["clients", "move", "380129866", "--to", "1"], 6));

    // By SIRET, the establishment on record.
    let removed = admin.json(&["clients", "remove", "732 829 320 00074", "--yes"]);
    assert_eq!(removed["siret"], "73282932000074");
    env.unchanged(|| admin.fails(&["clients", "remove", "732829320", "--yes"], 6));
}

// ---- R9 ----------------------------------------------------------------------------------

fn r9_third_party_registration_flag(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    let s = admin.json(&["settings", "show"]);
    assert_eq!(s["third_party_registration"], false);
    assert_eq!(s["siren"], "732829320");
    assert_eq!(s["name"], FIRM);
    admin.ok(&["settings", "set", "third-party-registration", "on"]);
    assert_eq!(
        admin.json(&["settings", "show"])["third_party_registration"],
        true
    );
    let table = admin.ok(&["settings", "show"]);
    assert!(
        table.contains("Registration by a tiers déclarant\ton\n"),
        "{table}"
    );
    admin.ok(&["settings", "set", "third-party-registration", "off"]);
    assert_eq!(
        admin.json(&["settings", "show"])["third_party_registration"],
        false
    );
    env.unchanged(|| admin.fails(&["settings", "set", "third-party-registration", "maybe"], 2));
}

// ---- R10 ---------------------------------------------------------------------------------

/// Every change someone was told of, as (recipient, subject of the change): a message
/// waiting for one person carries several changes (R10: one waiting message each).
fn outbox(env: &Env) -> Vec<(String, String)> {
    let rows: Vec<(String, String, Option<String>)> = env
        .sql()
        .prepare("SELECT u.login, o.subject, o.items FROM outbox o JOIN users u ON u.id = o.recipient_id ORDER BY o.id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.into_iter()
        .flat_map(|(login, subject, items)| match items {
            None => vec![(login, subject)],
            Some(items) => serde_json::from_str::<Vec<(String, String)>>(&items)
                .unwrap()
                .into_iter()
                .map(|(s, _)| (login.clone(), s))
                .collect(),
        })
        .collect()
}

/// What `after` holds that `before` did not.
fn told_since(before: &[(String, String)], after: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut before = before.to_vec();
    after
        .into_iter()
        .filter(|n| match before.iter().position(|b| b == n) {
            Some(i) => {
                before.remove(i);
                false
            }
            None => true,
        })
        .collect()
}

fn r10_changes_notify_the_others_concerned_never_the_actor(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    admin.ok(&["admin", "add", "carol"]);
    let before = outbox(&env);

    // A client added to portfolio 1: bob (subscribed) hears of it; carol (portfolio 2)
    // and alice (who did it) do not.
    admin.ok(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    let new: Vec<_> = told_since(&before, outbox(&env));
    assert_eq!(new.len(), 1, "{new:?}");
    assert_eq!(new[0].0, "bob");
    assert!(new[0].1.contains("Orange"));

    // A portfolio created by alice: the other administrator, carol, hears of it.
    let before = outbox(&env);
    admin.ok(&["portfolio", "create", "--yes"]);
    let new: Vec<_> = told_since(&before, outbox(&env));
    assert_eq!(
        new.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(),
        ["carol"]
    );

    // A subscription added by carol: the newcomer and the portfolio's subscribers,
    // not carol herself.
    let before = outbox(&env);
    env.user("carol").ok(&[
        "subscriber",
        "add",
        "-p",
        "1",
        "dave",
        "--email",
        "dave@cabinet.fr",
    ]);
    let mut who: Vec<String> = told_since(&before, outbox(&env))
        .into_iter()
        .map(|n| n.0)
        .collect();
    who.sort();
    assert_eq!(who, ["bob", "dave"]);

    // A move: each side hears of its own portfolio only, never of the other (R7).
    let before = outbox(&env);
    admin.ok(&["clients", "move", "380129866", "--to", "2"]);
    let moved: Vec<_> = told_since(&before, outbox(&env));
    let to = |who: &str| {
        moved
            .iter()
            .find(|n| n.0 == who)
            .map(|n| n.1.clone())
            .unwrap()
    };
    assert!(to("bob").contains("out of portfolio 1"), "{moved:?}");
    assert!(!to("bob").contains("portfolio 2"), "{moved:?}");
    assert!(to("carol").contains("into portfolio 2"), "{moved:?}");
    assert!(!to("carol").contains("portfolio 1"), "{moved:?}");

    // Nothing is ever addressed to the actor of a change.
    let audit = env.sql();
    let self_sent: i64 = audit
        .query_row(
            "SELECT count(*) FROM outbox o JOIN users u ON u.id = o.recipient_id
             WHERE o.subject LIKE 'Portfolio%' AND u.login = 'alice'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(self_sent, 0);
    let listed = admin.json(&["notifications", "list", "--limit", "3"]);
    assert_eq!(listed.as_array().unwrap().len(), 3);
    assert_eq!(listed[0]["status"], "pending");
}

// ---- R11 ---------------------------------------------------------------------------------

fn r11_every_change_is_audited_and_failures_leave_no_trace(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    admin.ok(&["clients", "move", "356000000", "--to", "2"]);
    let entries = admin.json(&["audit", "list", "--limit", "1"]);
    assert_eq!(entries[0]["actor"], "alice");
    assert_eq!(entries[0]["action"], "client.move");
    assert_eq!(entries[0]["target"], "client 356000000");
    assert_eq!(entries[0]["detail"], "portfolio 1 -> 2");
    assert!(entries[0]["at"].as_str().unwrap().ends_with('Z'));

    let actions: Vec<String> = admin
        .json(&["audit", "list", "--limit", "100"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    for expected in [
        "space.init",
        "session.login",
        "portfolio.create",
        "client.add",
        "user.create",
        "subscription.add",
        "user.activate",
        "client.move",
    ] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected} missing from {actions:?}"
        );
    }
    // A failed command writes no audit entry either.
    let n = env.count("audit");
    env.unchanged(|| {
        admin.fails(
            &["clients", "add", "356000000", "--name", "x", "-p", "1"],
            7,
        )
    });
    assert_eq!(env.count("audit"), n);
}

crate::on_both_backends!(
    r3_an_administrator_who_cannot_sign_in_yet_does_not_count,
    r1_every_command_but_those_open_to_anyone_needs_sign_in,
    r1_passwords_are_argon2id_hashes_and_never_in_clear_on_disk,
    r1_passwords_are_not_taken_as_arguments,
    r1_wrong_password_and_unknown_login_get_the_same_answer,
    r1_an_expired_session_is_refused,
    r1_token_from_the_environment_and_logout_revokes_it,
    r2_only_administrators_change_the_space,
    r3_the_last_administrator_stays,
    r4_without_a_terminal_and_without_yes_nothing_is_created,
    r4_dry_run_shows_and_changes_nothing,
    r5_portfolios_carry_the_firm_and_numbers_are_never_reused,
    r6_subscriptions_list_modify_withdraw,
    r6_activation_codes_work_once_and_expire_and_only_the_newcomer_reads_them,
    r7_a_subscriber_sees_their_portfolios_and_clients_only,
    r8_a_company_is_in_one_portfolio_at_a_time,
    r9_third_party_registration_flag,
    r10_changes_notify_the_others_concerned_never_the_actor,
    r11_every_change_is_audited_and_failures_leave_no_trace,
);
