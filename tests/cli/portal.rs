//! Mandates (lettres de mission) and the portal's files, on both backends through the
//! built binary: mandate states at their boundaries, `require-mandate`, the
//! net-entreprises establishments file byte for byte, and `portfolio sync`'s plan, dry
//! run, apply and rerun (R2, R7, R8, R10, R11).

use serde_json::Value;

use crate::support::*;

/// A day `days` from today (negative: ago), as the tool writes days.
fn day(days: i64) -> jiff::civil::Date {
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date();
    today.checked_add(jiff::Span::new().days(days)).unwrap()
}

/// A failure whose stderr lists problems before the error line: its status and stderr.
fn refused(out: &std::process::Output, code: i32) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert!(err.contains("error: "), "{err}");
    err
}

fn french(d: jiff::civil::Date) -> String {
    d.strftime("%d/%m/%Y").to_string()
}

fn state_of(list: &Value, siren: &str) -> String {
    list.as_array()
        .unwrap()
        .iter()
        .find(|m| m["siren"] == siren)
        .unwrap_or_else(|| panic!("no {siren} in {list}"))["state"]
        .as_str()
        .unwrap()
        .to_string()
}

fn mandate_states_at_their_boundaries(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    // 356000000 (La Poste) ends in exactly 30 days; 552120222 (Société Générale, in
    // portfolio 2) ended yesterday; 380129866 renews yearly, its anniversary in 10 days
    // (signed a year and 355 days ago, so across a year end whatever today is); the
    // firm's own head office has none.
    admin.ok(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    admin.ok(&[
        "clients",
        "add",
        "73282932000074",
        "--name",
        "Dupont",
        "-p",
        "1",
    ]);
    let signed = french(day(-400));
    env.unchanged(|| {
        env.user("bob").fails(
            &[
                "clients",
                "mandate",
                "set",
                "356000000",
                "--signed",
                &signed,
            ],
            5,
        )
    });
    admin.ok(&[
        "clients",
        "mandate",
        "set",
        "356 000 000",
        "--signed",
        &signed,
        "--ref",
        "LM-2025-01",
        "--until",
        &french(day(30)),
    ]);
    admin.ok(&[
        "clients",
        "mandate",
        "set",
        "552120222",
        "--signed",
        &signed,
        "--until",
        &day(-1).to_string(),
    ]);
    let anniversary = day(10);
    let signed_yearly = anniversary.checked_sub(jiff::Span::new().years(2)).unwrap();
    admin.ok(&[
        "clients",
        "mandate",
        "set",
        "380129866",
        "--signed",
        &french(signed_yearly),
        "--renews",
        "yearly",
    ]);
    let all = admin.json(&["clients", "mandate", "list"]);
    assert_eq!(state_of(&all, "356000000"), "expiring", "{all}");
    assert_eq!(state_of(&all, "552120222"), "expired");
    assert_eq!(state_of(&all, "380129866"), "expiring");
    assert_eq!(state_of(&all, "732829320"), "missing");
    let yearly = all
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["siren"] == "380129866")
        .unwrap();
    assert_eq!(yearly["next_date"], anniversary.to_string());
    assert_eq!(yearly["renews"], "yearly");
    // Exactly 30 days away is within --expiring 30, not within 29.
    let within = |days: &str| -> Vec<String> {
        admin
            .json(&["clients", "mandate", "list", "--expiring", days])
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["siren"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(within("30"), ["356000000", "380129866", "552120222"]);
    assert_eq!(within("29"), ["380129866", "552120222"]);
    assert_eq!(within("9"), ["552120222"]);
    let missing = admin.json(&["clients", "mandate", "list", "--missing"]);
    assert_eq!(missing.as_array().unwrap().len(), 1, "{missing}");
    let shown = admin.json(&["clients", "mandate", "show", "356000000"]);
    assert_eq!(shown["reference"], "LM-2025-01");
    assert_eq!(shown["until"], day(30).to_string());
    // clients list --mandate shows the same states.
    let listed = admin.json(&["clients", "list", "--mandate", "-p", "2"]);
    assert_eq!(state_of(&listed, "552120222"), "expired");

    // R7: bob (portfolio 1) reads portfolio 1's mandates only.
    let bob = env.user("bob");
    let his = bob.json(&["clients", "mandate", "list"]);
    assert!(!his.to_string().contains("552120222"), "{his}");
    bob.fails(&["clients", "mandate", "show", "552120222"], 5);
    assert_eq!(
        bob.json(&["clients", "mandate", "show", "356000000"])["state"],
        "expiring"
    );
    // Bad dates change nothing.
    for bad in [
        vec!["--signed", "31/02/2026"],
        vec!["--signed", &french(day(1))],
        vec!["--signed", &signed, "--until", &french(day(-500))],
    ] {
        let mut args = vec!["clients", "mandate", "set", "380129866"];
        args.extend(bad.iter().copied());
        let code = if bad[1] == "31/02/2026" { 2 } else { 8 };
        env.unchanged(|| admin.fails(&args, code));
    }
    // Cleared: missing again; audited and told to the portfolio's subscribers.
    env.unchanged(|| admin.fails(&["clients", "mandate", "clear", "356000000"], 2));
    admin.ok(&["clients", "mandate", "clear", "356000000", "--yes"]);
    assert_eq!(
        admin.json(&["clients", "mandate", "show", "356000000"])["state"],
        "missing"
    );
    admin.fails(&["clients", "mandate", "clear", "356000000", "--yes"], 6);
    let audit = admin
        .json(&["audit", "list", "--target", "356000000"])
        .to_string();
    assert!(
        audit.contains("mandate.set") && audit.contains("mandate.clear"),
        "{audit}"
    );
    let told = bob.json(&["notifications", "list"]).to_string();
    assert!(told.contains("lettre de mission of La Poste"), "{told}");
}

fn require_mandate_refuses_an_add_and_an_import_row(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    admin.ok(&["settings", "set", "require-mandate", "on"]);
    assert_eq!(admin.json(&["settings", "show"])["require_mandate"], true);
    let err = env.unchanged(|| {
        admin.fails(
            &["clients", "add", "380129866", "--name", "Orange", "-p", "1"],
            8,
        )
    });
    assert!(err.contains("requires a signed mandate"), "{err}");
    let added = admin.json(&[
        "clients",
        "add",
        "380129866",
        "--name",
        "Orange",
        "-p",
        "1",
        "--mandate-signed",
        "15/01/2026",
        "--mandate-ref",
        "LM-7",
    ]);
    assert_eq!(added["siren"], "380129866");
    let m = admin.json(&["clients", "mandate", "show", "380129866"]);
    assert_eq!(
        (m["signed_on"].as_str(), m["reference"].as_str()),
        (Some("2026-01-15"), Some("LM-7"))
    );

    // An import row without one fails the file (and so nothing is written).
    let file = env.path().join("clients.csv");
    std::fs::write(
        &file,
        "siren;name;portfolio;mandat_signe;reference\n\
         542051180;Total;1;02/03/2026;LM-8\n\
         732829320;Dupont;1;;\n",
    )
    .unwrap();
    let out = env.unchanged(|| admin.run(&["clients", "import", file.to_str().unwrap()]));
    let err = refused(&out, 8);
    assert!(err.contains("line 3, mandate_signed"), "{err}");
    std::fs::write(
        &file,
        "siren;name;portfolio;mandat_signe;reference\n\
         542051180;Total;1;02/03/2026;LM-8\n\
         732829320;Dupont;1;2026-04-01;\n",
    )
    .unwrap();
    succeeded(&admin.run(&["clients", "import", file.to_str().unwrap()]));
    let all = admin.json(&["clients", "mandate", "list", "-p", "1"]);
    assert_eq!(state_of(&all, "542051180"), "valid", "{all}");
    let total = admin.json(&["clients", "mandate", "show", "542051180"]);
    assert_eq!(total["reference"], "LM-8");
    assert_eq!(total["signed_on"], "2026-03-02");
    // A sync file names no mandate: its new client is refused in the plan, nothing applied.
    let declared = env.path().join("declared.csv");
    std::fs::write(
        &declared,
        "siren;name\n380129866;Orange\n542051180;Total\n732829320;Dupont\n552049447;Air France\n",
    )
    .unwrap();
    let out = env.unchanged(|| {
        admin.run(&[
            "portfolio",
            "sync",
            "1",
            declared.to_str().unwrap(),
            "--yes",
        ])
    });
    let err = refused(&out, 8);
    assert!(err.contains("552 049 447"), "{err}");
    // Off again: a client without one is taken.
    admin.ok(&["settings", "set", "require-mandate", "off"]);
    admin.ok(&[
        "clients",
        "add",
        "552049447",
        "--name",
        "Air France",
        "-p",
        "1",
    ]);
}

/// A register that knows La Poste (head office 356 000 000 00048) and the firm.
fn register() -> FakeRegister {
    let fake = FakeRegister::start();
    fake.answer(
        "356000000",
        Answer::Company(company("356000000", "LA POSTE")),
    );
    fake.answer(
        "732829320",
        Answer::Company(company("732829320", "CABINET DUPONT")),
    );
    fake
}

/// The firm, with its head office (by SIRET) and Orange (by SIREN) added to portfolio 1,
/// and the register that knows La Poste.
fn portfolio_one(b: Backend) -> (FakeRegister, Env) {
    let fake = register();
    let env = firm_in(Env::with_register_on(b, &fake));
    let admin = env.admin();
    admin.ok(&[
        "clients",
        "add",
        "73282932000074",
        "--name",
        "Dupont",
        "-p",
        "1",
    ]);
    admin.ok(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    (fake, env)
}

fn the_establishments_file_is_exactly_what_the_portal_takes(b: Backend) {
    // Portfolio 1: La Poste by SIREN (its head office learnt from the register), the
    // firm's head office by SIRET, Orange by SIREN with no head office known.
    let (_fake, env) = portfolio_one(b);
    let admin = env.admin();
    admin.ok(&["clients", "lookup", "356000000"]);
    let since = jiff::Timestamp::now().to_string();
    // One leaves by removal, one by a move, after `since`; one left before it.
    admin.ok(&[
        "clients",
        "add",
        "20003452800014",
        "--name",
        "Mairie",
        "-p",
        "1",
    ]);
    admin.ok(&["clients", "add", "542051180", "--name", "Total", "-p", "1"]);
    env.rw()
        .execute(
            "INSERT OR REPLACE INTO register_entries (siren, status, name, state,
                                                      head_office_siret, fetched_at)
             VALUES ('542051180', 'found', 'TOTAL', 'active', '54205118000066',
                     '2026-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    admin.ok(&["clients", "remove", "20003452800014", "--yes"]);
    admin.ok(&["clients", "move", "542051180", "--to", "2"]);

    let out = admin.run(&["portfolio", "export", "1", "--out", "-"]);
    // Orange cannot be written: named, with the way to learn it; exit 9 (partial).
    let err = refused(&out, 9);
    assert!(
        err.contains("380 129 866") || err.contains("380129866"),
        "{err}"
    );
    assert!(err.contains("clients lookup"), "{err}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "35600000000048;1\r\n73282932000074;1\r\n"
    );
    // The removals since a day: the SIRET removed and the head office of the one moved.
    let out = admin.run(&[
        "portfolio",
        "export",
        "1",
        "--out",
        "-",
        "--removed-since",
        &since,
    ]);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "35600000000048;1\r\n73282932000074;1\r\n20003452800014;0\r\n54205118000066;0\r\n"
    );
    // Named after the portfolio by default, private, never overwritten.
    admin.ok(&["clients", "remove", "380129866", "--yes"]);
    let dir = env.path().join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let out = admin
        .cmd()
        .current_dir(&dir)
        .args(["portfolio", "export", "1"])
        .output()
        .unwrap();
    succeeded(&out);
    let written = dir.join("portefeuille-1-etablissements.csv");
    assert_eq!(
        std::fs::read(&written).unwrap(),
        b"35600000000048;1\r\n73282932000074;1\r\n"
    );
    let again = admin
        .cmd()
        .current_dir(&dir)
        .args(["portfolio", "export", "1"])
        .output()
        .unwrap();
    expect_failure(&again, &["portfolio", "export"], 1);
    // A folder given: the file goes into it under its own name.
    let other = env.path().join("to-the-portal");
    std::fs::create_dir_all(&other).unwrap();
    admin.ok(&["portfolio", "export", "1", "--out", other.to_str().unwrap()]);
    assert_eq!(
        std::fs::read(other.join("portefeuille-1-etablissements.csv")).unwrap(),
        b"35600000000048;1\r\n73282932000074;1\r\n"
    );
    // R7: carol (portfolio 2) may not export portfolio 1.
    env.user("carol")
        .fails(&["portfolio", "export", "1", "--out", "-"], 5);
}

fn sync_plans_then_applies_and_a_rerun_is_a_no_op(b: Backend) {
    // Portfolio 1 holds La Poste (356000000), Dupont and Orange; portfolio 2 Société
    // Générale.
    let (fake, env) = portfolio_one(b);
    let admin = env.admin();
    let file = env.path().join("declared.csv");
    // Every kind of line: new (with a name), moved in from 2, unchanged, and a `0` line
    // in a headed file is not possible: removals come from --prune here.
    std::fs::write(
        &file,
        "siren;name\n542051180;Total\n552120222;\n356000000;La Poste\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let plan = env.unchanged(|| admin.json(&["portfolio", "sync", "1", f, "--prune", "--dry-run"]));
    let steps: Vec<(String, String)> = plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["step"].as_str().unwrap().to_string(),
                c["id"].as_str().unwrap()[..9].to_string(),
            )
        })
        .collect();
    let expected = [
        ("add", "542051180"),
        ("move-in", "552120222"),
        ("remove", "732829320"),
        ("remove", "380129866"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(steps, expected, "{plan}");
    assert_eq!(plan["unchanged"], 1);
    assert_eq!(plan["applied"], false);
    // Without a terminal and without --yes: the plan, then no.
    env.unchanged(|| admin.fails(&["portfolio", "sync", "1", f, "--prune"], 2));
    env.unchanged(|| {
        env.user("bob")
            .fails(&["portfolio", "sync", "1", f, "--yes"], 5)
    });

    let done = admin.json(&["portfolio", "sync", "1", f, "--prune", "--yes"]);
    assert_eq!(done["applied"], true);
    assert_eq!(done["changes"].as_array().unwrap().len(), 4);
    let held: Vec<String> = admin
        .json(&["clients", "list", "-p", "1"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["siren"].as_str().unwrap().to_string())
        .collect();
    let mut held = held;
    held.sort();
    assert_eq!(held, ["356000000", "542051180", "552120222"]);
    // Audited as the adds, moves and removals they are.
    let audit = admin.json(&["audit", "list", "-n", "10"]).to_string();
    for action in ["client.add", "client.move", "client.remove"] {
        assert!(audit.contains(action), "{action}: {audit}");
    }
    // Again: nothing to change, exit 0, nothing written.
    let again = env.unchanged(|| admin.json(&["portfolio", "sync", "1", f, "--prune", "--yes"]));
    assert_eq!(again["changes"].as_array().unwrap().len(), 0);

    // The portal's own form: `SIRET;1` and `SIRET;0`.
    let portal = env.path().join("portal.csv");
    std::fs::write(&portal, "73282932000074;1\r\n35600000000048;0\r\n").unwrap();
    let p = portal.to_str().unwrap();
    let asked = fake.asked("356000000");
    let plan = admin.json(&["portfolio", "sync", "1", p, "--dry-run"]);
    let steps: Vec<&str> = plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["step"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["add", "remove"], "{plan}");
    // The new one's name is the register's, asked for it alone.
    assert_eq!(plan["changes"][0]["name"], "CABINET DUPONT", "{plan}");
    assert_eq!(fake.asked("356000000"), asked);
    admin.ok(&["portfolio", "sync", "1", p, "--yes"]);
    let held = admin.json(&["clients", "list", "-p", "1"]).to_string();
    assert!(
        held.contains("CABINET DUPONT") && !held.contains("La Poste"),
        "{held}"
    );
}

fn a_sync_file_with_a_bad_row_changes_nothing(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let file = env.path().join("bad.csv");
    std::fs::write(
        &file,
        "siren,name\n542051180,Total\n123456789,Bad checksum\n380129866,Orange\n",
    )
    .unwrap();
    let out =
        env.unchanged(|| admin.run(&["portfolio", "sync", "1", file.to_str().unwrap(), "--yes"]));
    let err = refused(&out, 8);
    assert!(err.contains("line 3") && err.contains("checksum"), "{err}");
    // A line that is neither SIRET;1 nor SIRET;0 in the portal's form, named.
    std::fs::write(&file, "73282932000074;1\n73282932000074;2\n").unwrap();
    let out =
        env.unchanged(|| admin.run(&["portfolio", "sync", "1", file.to_str().unwrap(), "--yes"]));
    let err = refused(&out, 8);
    assert!(err.contains("line 2"), "{err}");
    // The same company twice.
    std::fs::write(&file, "siren\n542051180\n54205118000066\n").unwrap();
    let out =
        env.unchanged(|| admin.run(&["portfolio", "sync", "1", file.to_str().unwrap(), "--yes"]));
    let err = refused(&out, 8);
    assert!(err.contains("line 3"), "{err}");
}

crate::on_both_backends!(
    mandate_states_at_their_boundaries,
    require_mandate_refuses_an_add_and_an_import_row,
    the_establishments_file_is_exactly_what_the_portal_takes,
    sync_plans_then_applies_and_a_rerun_is_a_no_op,
    a_sync_file_with_a_bad_row_changes_nothing,
);
