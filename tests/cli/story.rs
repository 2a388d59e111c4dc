//! The whole sheet, as a new firm administrator would type it: create the space, sign
//! in, create a portfolio, add a subscriber, who activates, signs in, and sees only the
//! clients of their portfolio.

use crate::support::*;

fn the_sheet_story_end_to_end(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();

    // 2 + 3: create two portfolios (scripted "Oui"); R5: the firm is tiers déclarant.
    let p1 = admin.json(&["portfolio", "create", "--yes"]);
    assert_eq!(p1["number"], 1);
    assert_eq!(p1["tiers_declarant"], FIRM);
    assert!(p1["created_at"].as_str().unwrap().ends_with('Z'));
    let p2 = admin.json(&["portfolio", "create", "--yes"]);
    assert_eq!(p2["number"], 2);

    // Clients in each portfolio, typed as people type them.
    admin.ok(&[
        "clients",
        "add",
        "356 000 000",
        "--name",
        "La Poste",
        "--portfolio",
        "1",
    ]);
    admin.ok(&[
        "clients",
        "add",
        "380129866",
        "--name",
        "Orange",
        "--portfolio",
        "1",
    ]);
    admin.ok(&[
        "clients",
        "add",
        "552 120 222",
        "--name",
        "Société Générale",
        "-p",
        "2",
    ]);
    admin.ok(&[
        "clients",
        "add",
        "200 034 528 00014",
        "--name",
        "INSEE example",
        "-p",
        "2",
    ]);

    // 3.3: "Ajouter un abonné" creates bob's account with a one-time code.
    let added = admin.json(&[
        "subscriber",
        "add",
        "--portfolio",
        "1",
        "bob",
        "--email",
        "bob@cabinet.fr",
        "--name",
        "Bob Martin",
    ]);
    assert_eq!(added["login"], "bob");
    assert_eq!(added["portfolio"], 1);
    assert_eq!(added["status"], "pending");
    assert_eq!(added["account_created"], true);
    let code = added["activation_code"].as_str().unwrap().to_string();

    // Bob cannot sign in before activating.
    let bob = env.user("bob");
    let err = bob
        .cmd()
        .args(["login", "--user", "bob", "--password-stdin"])
        .write_stdin("anything at all\n")
        .output()
        .unwrap();
    // Answered as any wrong sign-in: nobody can tell a pending account from no account
    // (issue: which accounts wait for activation); the hint says how to activate.
    let said = expect_failure(&err, &["login"], 4);
    assert!(said.contains("wrong login or password"), "{said}");
    assert!(said.contains("urssaf-admin activate"), "{said}");

    // Bob activates with the code, then signs in.
    let out = bob.activate("bob", &code, BOB_PW);
    succeeded(&out);
    bob.login("bob", BOB_PW);

    // "Attention": only portfolio 1 and its clients are bob's.
    let mine = bob.json(&["portfolio", "list"]);
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["number"], 1);
    let clients = bob.json(&["clients", "list"]);
    let sirens: Vec<&str> = clients
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["siren"].as_str().unwrap())
        .collect();
    assert_eq!(sirens, ["356000000", "380129866"]);
    bob.fails(&["clients", "list", "--portfolio", "2"], 5);

    // The administrator sees everything; in a pipe, identifiers as plain digits.
    let table = admin.ok(&["clients", "list"]);
    assert!(table.contains("356000000\t\tLa Poste\t1"), "{table}");
    assert!(
        table.contains("200034528\t20003452800014\tINSEE example\t2"),
        "{table}"
    );
    let subs = admin.json(&["subscriber", "list"]);
    assert_eq!(subs[0]["login"], "bob");
    assert_eq!(subs[0]["status"], "active");
    assert_eq!(subs[0]["email"], "bob@cabinet.fr");
    assert_eq!(subs[0]["name"], "Bob Martin");

    // auth status names the user and the place of the credential.
    let status = bob.json(&["auth", "status"]);
    assert_eq!(status["login"], "bob");
    assert_eq!(status["admin"], false);
    assert!(
        status["credential_store"]
            .as_str()
            .unwrap()
            .starts_with("keyring")
    );
}

fn scripts_get_json_csv_and_quiet_output(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    // -q: a change prints only the key it created (the portfolio's number), for scripts.
    assert_eq!(admin.ok(&["-q", "portfolio", "create", "--yes"]), "1\n");
    admin.ok(&[
        "clients",
        "add",
        "552 120 222",
        "--name",
        "Société Générale, SA",
        "-p",
        "1",
    ]);
    let csv = admin.ok(&["-o", "csv", "clients", "list"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("siren,siret,name,portfolio,vat_number,created_at")
    );
    let row = lines.next().unwrap();
    assert!(
        row.starts_with("552120222,,\"Société Générale, SA\",1,FR27552120222,"),
        "{row}"
    );
    let p = admin.json(&["portfolio", "show", "1"]);
    for field in ["number", "tiers_declarant", "created_at"] {
        assert!(p.get(field).is_some(), "portfolio JSON lacks {field}: {p}");
    }
    let users = admin.json(&["admin", "list"]);
    for field in ["login", "name", "email", "admin"] {
        assert!(users[0].get(field).is_some(), "user JSON lacks {field}");
    }
    assert_eq!(users[0]["name"], "Alice Admin");
    // --limit and --search.
    admin.ok(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    assert_eq!(
        admin
            .json(&["clients", "list", "--limit", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let found = admin.json(&["clients", "list", "--search", "orange"]);
    assert_eq!(found[0]["siren"], "380129866");
    let found = admin.json(&["clients", "list", "--search", "552 120"]);
    assert_eq!(found[0]["name"], "Société Générale, SA");
    // The version answers without a space or a sign-in.
    let v = env.bare().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("urssaf-admin "));
}

crate::on_both_backends!(
    the_sheet_story_end_to_end,
    scripts_get_json_csv_and_quiet_output,
);
