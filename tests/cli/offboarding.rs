//! The other half of a collaborator's life: leaving (user disable), coming back (user
//! enable), on both backends, through the built binary (R2, R3, R10, R11).

use serde_json::Value;

use crate::support::*;

fn status_of(subscribers: &Value, login: &str, portfolio: i64) -> String {
    subscribers
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["login"] == login && s["portfolio"] == portfolio)
        .unwrap_or_else(|| panic!("no {login} in {portfolio}: {subscribers}"))["status"]
        .as_str()
        .unwrap()
        .to_string()
}

fn disabling_signs_out_at_once_and_keeps_everything(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let bob = env.user("bob");
    admin.ok(&["subscriber", "add", "--portfolio", "2", "bob"]);
    admin.ok(&[
        "subscriber",
        "modify",
        "--portfolio",
        "2",
        "bob",
        "--suspend",
    ]);
    bob.ok(&["clients", "list"]);
    let (users, clients) = (env.count("users"), env.count("clients"));

    // A dry run, and a script without --yes, change nothing.
    env.unchanged(|| admin.ok(&["user", "disable", "bob", "--dry-run"]));
    env.unchanged(|| admin.fails(&["user", "disable", "bob"], 2));
    // R2: not a collaborator's to do.
    env.unchanged(|| {
        env.user("carol")
            .fails(&["user", "disable", "bob", "--yes"], 5)
    });

    let out = admin.json(&["user", "disable", "bob", "--yes"]);
    assert_eq!(out["status"], "disabled");
    // The token bob already holds stops working on his next call...
    let err = bob.fails(&["clients", "list"], 4);
    assert!(err.contains("not signed in"), "{err}");
    // ... and his password no longer opens a session.
    let out = bob
        .cmd()
        .args(["login", "--user", "bob", "--password-stdin"])
        .write_stdin(format!("{BOB_PW}\n"))
        .output()
        .unwrap();
    let err = expect_failure(&out, &["login"], 4);
    assert!(err.contains("the account of bob is disabled"), "{err}");
    // Nothing is deleted; the subscription is suspended.
    assert_eq!((env.count("users"), env.count("clients")), (users, clients));
    let subs = admin.json(&["subscriber", "list"]);
    assert_eq!(status_of(&subs, "bob", 1), "suspended");
    let audit = admin.json(&["audit", "list"]).to_string();
    assert!(audit.contains("user.disable"), "{audit}");
    // R10: bob is told, and never alice, who did it.
    let sent: Vec<Value> = admin
        .json(&["notifications", "list"])
        .as_array()
        .unwrap()
        .clone();
    let told: Vec<&str> = sent
        .iter()
        .filter(|n| n.to_string().contains("disabled the account of bob"))
        .map(|n| n["recipient"].as_str().unwrap())
        .collect();
    assert_eq!(told, ["bob"], "{sent:?}");
    env.unchanged(|| admin.fails(&["user", "disable", "bob", "--yes"], 7));

    // Back: the subscription the disabling suspended resumes, not the one suspended before.
    admin.ok(&["user", "enable", "bob"]);
    bob.login("bob", BOB_PW);
    assert!(bob.ok(&["clients", "list"]).contains("La Poste"));
    let subs = admin.json(&["subscriber", "list"]);
    assert_eq!(status_of(&subs, "bob", 1), "active");
    assert_eq!(status_of(&subs, "bob", 2), "suspended");
    env.unchanged(|| admin.fails(&["user", "enable", "bob"], 7));
}

fn the_last_administrator_cannot_be_disabled(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let err = env.unchanged(|| admin.fails(&["user", "disable", "alice", "--yes"], 7));
    assert!(err.contains("alice"), "{err}");
    // With another administrator, alice may go; then bob is the last one.
    admin.ok(&["admin", "add", "bob"]);
    admin.ok(&["user", "disable", "alice", "--yes"]);
    let bob = env.user("bob");
    env.unchanged(|| bob.fails(&["user", "disable", "bob", "--yes"], 7));
    // R3 counts only administrators who can sign in: a disabled one does not.
    env.unchanged(|| bob.fails(&["admin", "remove", "bob", "--yes"], 7));
}

fn transfer_hands_every_portfolio_over_in_one_go(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    admin.ok(&["subscriber", "add", "--portfolio", "2", "bob"]);
    // A portfolio bob does not have fails the whole transfer, and a script must say yes.
    let err = env.unchanged(|| {
        admin.fails(
            &[
                "subscriber",
                "transfer",
                "--from",
                "bob",
                "--to",
                "carol",
                "-p",
                "1",
                "-p",
                "3",
                "--yes",
            ],
            6,
        )
    });
    assert!(
        err.contains("bob is not subscribed to portfolio 3"),
        "{err}"
    );
    env.unchanged(|| {
        admin.fails(
            &["subscriber", "transfer", "--from", "bob", "--to", "carol"],
            2,
        )
    });
    let plan = env.unchanged(|| {
        admin.json(&[
            "subscriber",
            "transfer",
            "--from",
            "bob",
            "--to",
            "carol",
            "--dry-run",
        ])
    });
    assert_eq!(plan.as_array().unwrap().len(), 2, "{plan}");
    env.unchanged(|| {
        env.user("carol").fails(
            &[
                "subscriber",
                "transfer",
                "--from",
                "bob",
                "--to",
                "carol",
                "--yes",
            ],
            5,
        )
    });

    let done = admin.json(&[
        "subscriber",
        "transfer",
        "--from",
        "bob",
        "--to",
        "carol",
        "--yes",
    ]);
    let rows = done.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{done}");
    assert_eq!(
        (rows[0]["portfolio"].as_i64(), rows[0]["given"].as_bool()),
        (Some(1), Some(true))
    );
    // carol had portfolio 2 already: nothing given, bob's withdrawn all the same.
    assert_eq!(
        (rows[1]["portfolio"].as_i64(), rows[1]["given"].as_bool()),
        (Some(2), Some(false))
    );
    assert!(rows.iter().all(|r| r["withdrawn"] == true));
    let subs = admin.json(&["subscriber", "list"]).to_string();
    assert!(!subs.contains("\"bob\""), "{subs}");
    assert!(
        env.user("carol")
            .ok(&["clients", "list"])
            .contains("La Poste")
    );
    let sent = admin.json(&["notifications", "list"]).to_string();
    assert!(
        sent.contains("carol") && sent.contains("Access to portfolio 1"),
        "{sent}"
    );
    let audit = admin.json(&["audit", "list"]).to_string();
    assert!(
        audit.contains("bob (to carol)") && audit.contains("carol (from bob)"),
        "{audit}"
    );
}

fn copy_gives_a_newcomer_a_colleagues_portfolios(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    env.onboard("dave", 3, "dave's long password");
    admin.ok(&["subscriber", "copy", "--from", "bob", "--to", "dave"]);
    let subs = admin.json(&["subscriber", "list", "-p", "1"]).to_string();
    assert!(
        subs.contains("\"bob\"") && subs.contains("\"dave\""),
        "{subs}"
    );
    assert!(
        env.user("dave")
            .ok(&["clients", "list"])
            .contains("La Poste")
    );
    let err =
        env.unchanged(|| admin.fails(&["subscriber", "copy", "--from", "bob", "--to", "bob"], 2));
    assert!(err.contains("themselves"), "{err}");
}

fn access_says_who_sees_a_client_and_what_a_person_sees(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    env.onboard("dave", 1, "dave's long password");
    admin.ok(&[
        "subscriber",
        "modify",
        "--portfolio",
        "1",
        "dave",
        "--suspend",
    ]);
    let who = admin.json(&["access", "client", "356 000 000"]);
    let rows: Vec<(String, String, bool)> = who
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["login"].as_str().unwrap().to_string(),
                r["role"].as_str().unwrap().to_string(),
                r["sees"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("alice".into(), "administrator".into(), true),
            ("bob".into(), "subscriber".into(), true),
            ("dave".into(), "subscriber".into(), false),
        ],
        "{who}"
    );
    assert!(!who.to_string().contains("carol"), "{who}");
    env.unchanged(|| admin.fails(&["access", "client", &siren(77)], 6));
    env.unchanged(|| env.user("bob").fails(&["access", "client", "356000000"], 5));

    let bob = admin.json(&["access", "user", "bob"]);
    let bob = bob.as_array().unwrap();
    assert_eq!(bob.len(), 1);
    assert_eq!(
        (bob[0]["portfolio"].as_i64(), bob[0]["clients"].as_i64()),
        (Some(1), Some(1))
    );
    assert_eq!(bob[0]["role"], "subscriber");
    assert!(bob[0]["last_sign_in_at"].is_string(), "{bob:?}");
    // An administrator sees every portfolio.
    let alice = admin.json(&["access", "user", "alice"]);
    assert_eq!(alice.as_array().unwrap().len(), 2, "{alice}");
    let csv = admin.ok(&["-o", "csv", "access", "user", "bob"]);
    assert!(
        csv.starts_with("login,role,account,last_sign_in_at,portfolio,clients,subscription,sees"),
        "{csv}"
    );
    // Disabled: still listed, seeing nothing.
    admin.ok(&["user", "disable", "bob", "--yes"]);
    let bob = admin.json(&["access", "user", "bob"]);
    assert_eq!(
        (bob[0]["account"].as_str(), bob[0]["sees"].as_bool()),
        (Some("disabled"), Some(false))
    );
}

fn the_access_review_has_every_finding_and_the_matrix_every_cell(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    env.onboard("dave", 1, "dave's long password");
    admin.ok(&[
        "subscriber",
        "add",
        "--portfolio",
        "2",
        "erin",
        "--email",
        "erin@cabinet.fr",
    ]);
    admin.ok(&[
        "subscriber",
        "modify",
        "--portfolio",
        "1",
        "bob",
        "--suspend",
    ]);
    admin.ok(&["subscriber", "add", "--portfolio", "2", "bob"]);
    admin.ok(&["user", "disable", "dave", "--yes"]);
    {
        let db = env.rw();
        db.execute(
            "UPDATE users SET last_sign_in_at = '2025-01-01T00:00:00Z' WHERE login = 'bob'",
            [],
        )
        .unwrap();
        db.execute(
            "UPDATE users SET last_sign_in_at = NULL WHERE login = 'carol'",
            [],
        )
        .unwrap();
        db.execute(
            "UPDATE activation_codes SET expires_at = '2000-01-01T00:00:00Z'
              WHERE user_id = (SELECT id FROM users WHERE login = 'erin')",
            [],
        )
        .unwrap();
    }
    let review = env.unchanged(|| admin.json(&["access", "review"]));
    let findings = |login: &str| -> String {
        review
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["login"] == login)
            .unwrap_or_else(|| panic!("no {login}: {review}"))["findings"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(findings("alice"), "administrator");
    assert_eq!(findings("bob"), "idle");
    assert_eq!(findings("carol"), "never-signed-in");
    assert_eq!(findings("dave"), "disabled-but-subscribed");
    assert_eq!(findings("erin"), "invitation-expired");
    // A longer idle time: bob is no longer idle.
    let review = admin.json(&["access", "review", "--idle", "3650"]);
    assert!(!review.to_string().contains("\"idle\""), "{review}");
    env.unchanged(|| admin.fails(&["access", "review", "--idle", "0"], 2));
    env.unchanged(|| env.user("bob").fails(&["access", "review"], 5));
    let csv = admin.ok(&["-o", "csv", "access", "review"]);
    assert!(
        csv.starts_with(
            "login,name,email,role,account,portfolios,suspended,last_sign_in_at,findings\n"
        ),
        "{csv}"
    );
    assert!(csv.contains("\nbob,Collaborator bob,bob@cabinet.fr,subscriber,active,2,1,2025-01-01T00:00:00Z,idle\n"), "{csv}");

    let matrix = admin.ok(&["-o", "csv", "access", "matrix"]);
    assert_eq!(
        matrix,
        "login,1,2\nalice,administrator,administrator\nbob,suspended,subscriber\n\
         carol,,subscriber\ndave,suspended,\nerin,,subscriber\n",
        "{matrix}"
    );
}

fn an_auditor_takes_the_history_of_one_client_or_person(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    admin.ok(&["clients", "move", "356000000", "--to", "2"]);
    admin.ok(&[
        "subscriber",
        "transfer",
        "--from",
        "bob",
        "--to",
        "carol",
        "--yes",
    ]);
    let actions = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["audit", "list"];
        all.extend_from_slice(args);
        admin
            .json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e["action"].as_str().unwrap(),
                    e["target"].as_str().unwrap()
                )
            })
            .collect()
    };
    assert_eq!(
        actions(&["--target", "356 000 000"]),
        [
            "client.move client 356000000",
            "client.add client 356000000"
        ]
    );
    // bob's history: his account, his sign-ins and the subscription changes naming him.
    let bob = actions(&["--target", "bob"]);
    assert!(
        bob.contains(&"subscription.remove portfolio 1".to_string()),
        "{bob:?}"
    );
    assert!(
        bob.contains(&"subscription.add portfolio 1".to_string()),
        "{bob:?}"
    );
    assert!(bob.contains(&"user.create user bob".to_string()), "{bob:?}");
    assert!(!bob.iter().any(|a| a.contains("carol")), "{bob:?}");
    let by_bob = actions(&["--actor", "bob"]);
    assert!(
        !by_bob.is_empty()
            && by_bob
                .iter()
                .all(|a| a.starts_with("session.") || a.starts_with("user.")),
        "{by_bob:?}"
    );
    assert!(actions(&["--since", "2999-01-01"]).is_empty());
    assert!(actions(&["--until", "01/01/2000"]).is_empty());
    let today = jiff::ZonedDateTime::now().date().to_string();
    assert_eq!(
        actions(&[
            "--since",
            &today,
            "--until",
            &today,
            "--target",
            "356000000"
        ])
        .len(),
        2
    );
    let csv = admin.ok(&["-o", "csv", "audit", "list", "--target", "356000000"]);
    assert!(
        csv.starts_with("id,at,actor,action,target,detail\n"),
        "{csv}"
    );
    env.unchanged(|| admin.fails(&["audit", "list", "--since", "yesterday"], 2));
}

crate::on_both_backends!(
    an_auditor_takes_the_history_of_one_client_or_person,
    the_access_review_has_every_finding_and_the_matrix_every_cell,
    access_says_who_sees_a_client_and_what_a_person_sees,
    transfer_hands_every_portfolio_over_in_one_go,
    copy_gives_a_newcomer_a_colleagues_portfolios,
    disabling_signs_out_at_once_and_keeps_everything,
    the_last_administrator_cannot_be_disabled,
);
