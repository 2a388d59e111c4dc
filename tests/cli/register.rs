//! The public company register: names taken from it, clients checked against it, at its
//! pace, through a stand-in on 127.0.0.1 that answers as the API Recherche d'entreprises
//! documents (see support/register.rs). Behind a server, only the server can reach it.

use std::time::Duration;

use serde_json::Value;

use crate::support::*;

const POSTE: &str = "356000000";

/// The cast: one company of each kind the register can answer.
struct Cast {
    fake: FakeRegister,
    ceased: String,
    renamed: String,
    absent: String,
    duplicate: String,
    partial: String,
    too_many: String,
    failing: String,
    slow: String,
}

fn cast() -> Cast {
    let fake = FakeRegister::start();
    let c = Cast {
        ceased: siren(1),
        renamed: siren(2),
        absent: siren(3),
        duplicate: siren(4),
        partial: siren(5),
        too_many: siren(6),
        failing: siren(7),
        slow: siren(8),
        fake,
    };
    c.fake
        .answer(POSTE, Answer::Company(company(POSTE, "LA POSTE")))
        .answer(
            &c.ceased,
            Answer::Company(ceased(&c.ceased, "ANCIENNE SARL", "2024-06-30")),
        )
        .answer(
            &c.renamed,
            Answer::Company(company(&c.renamed, "DUPONT CONSEIL ET ASSOCIES")),
        )
        .answer(&c.absent, Answer::Absent)
        .answer(
            &c.duplicate,
            Answer::Company(duplicate(&c.duplicate, "LA POSTE", POSTE)),
        )
        .answer(&c.partial, Answer::Company(partial(&c.partial)))
        .answer(
            &c.too_many,
            Answer::TooManyOnce(1, company(&c.too_many, "PATIENTE SA")),
        )
        .answer(
            &c.failing,
            Answer::FailOnce(company(&c.failing, "TENACE SAS")),
        )
        .answer(
            &c.slow,
            Answer::Slow(Duration::from_millis(1500), company(&c.slow, "LENTE SA")),
        );
    c
}

fn space(b: Backend, fake: &FakeRegister) -> Env {
    let env = Env::with_register_on(b, fake);
    env.admin().ok(&["portfolio", "create", "--yes"]);
    env.admin().ok(&["portfolio", "create", "--yes"]);
    env
}

/// Clients put straight into the file, as an older version or another tool would have
/// (with the portfolio's count, as migration 0012 would then have made it).
fn seed(env: &Env, clients: &[(&str, &str, i64)]) {
    let db = env.rw();
    for (siren, name, portfolio) in clients {
        db.execute(
            "INSERT INTO clients (siren, name, name_key, portfolio, created_at)
             VALUES (?1, ?2, lower(?2), ?3, '2026-01-01T00:00:00Z')",
            rusqlite::params![siren, name, portfolio],
        )
        .unwrap();
        db.execute(
            "UPDATE portfolios SET client_count = client_count + 1 WHERE number = ?1",
            [portfolio],
        )
        .unwrap();
    }
}

fn finding_of(rows: &Value, siren: &str) -> String {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["siren"] == siren)
        .unwrap_or_else(|| panic!("no {siren} in {rows}"))["finding"]
        .as_str()
        .unwrap_or("null")
        .to_string()
}

fn add_takes_the_registers_name_and_checks_the_rest(b: Backend) {
    let c = cast();
    let env = space(b, &c.fake);
    let admin = env.admin();

    let out = admin
        .cmd()
        .args(["-o", "json", "clients", "add", POSTE, "-p", "1"])
        .output()
        .unwrap();
    let err = succeeded(&out);
    let added: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(added["name"], "LA POSTE");
    assert!(
        err.contains("Name from the company register: LA POSTE."),
        "{err}"
    );

    // A typed name wins, with a word when the register says otherwise.
    let out = admin.run(&["clients", "add", &c.renamed, "--name", "Dupont", "-p", "1"]);
    let err = succeeded(&out);
    assert!(
        err.contains("the company register calls this company DUPONT CONSEIL ET ASSOCIES"),
        "{err}"
    );
    let listed = admin.json(&["clients", "list"]);
    assert!(listed.to_string().contains("\"Dupont\""), "{listed}");

    // Ceased: refused unless on purpose.
    let err = env.unchanged(|| admin.fails(&["clients", "add", &c.ceased, "-p", "1"], 7));
    assert!(err.contains("ceased trading on 2024-06-30"), "{err}");
    assert!(err.contains("--allow-ceased"), "{err}");
    admin.ok(&["clients", "add", &c.ceased, "-p", "1", "--allow-ceased"]);

    // A duplicate SIREN names the one to use, even with a name and --allow-ceased.
    let err = admin.fails(
        &[
            "clients",
            "add",
            &c.duplicate,
            "--name",
            "X",
            "-p",
            "1",
            "--allow-ceased",
        ],
        7,
    );
    assert!(err.contains("the company's SIREN is 356 000 000"), "{err}");
    assert!(err.contains("Use SIREN 356 000 000 instead."), "{err}");

    // Unknown, or not published: a name is needed, and then enough.
    let err = admin.fails(&["clients", "add", &c.absent, "-p", "2"], 6);
    assert!(err.contains("--name"), "{err}");
    let err = admin.fails(&["clients", "add", &c.partial, "-p", "2"], 6);
    assert!(err.contains("does not publish the name"), "{err}");
    let out = admin.run(&["clients", "add", &c.absent, "--name", "Inconnue", "-p", "2"]);
    assert!(
        succeeded(&out).contains("has no company"),
        "{}",
        stderr(&out)
    );
    admin.ok(&[
        "clients",
        "add",
        &c.partial,
        "--name",
        "Discrète",
        "-p",
        "2",
    ]);
}

fn an_unreachable_register_is_not_fatal_with_a_name(b: Backend) {
    // Nothing listens at the register's address.
    let env = Env::with_register_at(b, "http://127.0.0.1:9");
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    let err = env.unchanged(|| admin.fails(&["clients", "add", POSTE, "-p", "1"], 10));
    assert!(
        err.contains("the company register at http://127.0.0.1:9"),
        "{err}"
    );
    assert!(err.contains("--name"), "{err}");
    let out = admin.run(&["clients", "add", POSTE, "--name", "La Poste", "-p", "1"]);
    let err = succeeded(&out);
    assert!(err.contains("the name you gave is not checked"), "{err}");
}

fn lookup_shows_what_the_register_says_and_sends_only_the_number(b: Backend) {
    let c = cast();
    let env = space(b, &c.fake);
    let admin = env.admin();
    let e = admin.json(&["clients", "lookup", "356 000 000"]);
    assert_eq!(e["siren"], POSTE);
    assert_eq!(e["status"], "found");
    assert_eq!(e["name"], "LA POSTE");
    assert_eq!(e["state"], "active");
    assert_eq!(e["head_office_siret"], "35600000000048");
    assert_eq!(
        e["head_office_address"],
        "9 RUE DU COLONEL PIERRE AVIA 75015 PARIS 15"
    );
    assert!(e["fetched_at"].is_string());
    let e = admin.json(&["clients", "lookup", &c.ceased]);
    assert_eq!(
        (e["state"].as_str(), e["closed_on"].as_str()),
        (Some("ceased"), Some("2024-06-30"))
    );
    let csv = admin.ok(&["-o", "csv", "clients", "lookup", &c.absent]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "siren,status,name,state,closed_on,head_office_siret,head_office_address,duplicate_of,public,fetched_at"
        )
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with(&format!("{},not-found,", c.absent)),
        "{csv}"
    );
    let table = admin.ok(&["clients", "lookup", POSTE]);
    assert!(
        table.contains("LA POSTE") && table.contains("35600000000048"),
        "{table}"
    );

    for r in c.fake.requests() {
        assert!(
            r.q.len() == 9 && r.q.bytes().all(|b| b.is_ascii_digit()),
            "{r:?}"
        );
        assert!(!r.query.to_lowercase().contains("poste"), "{r:?}");
        assert!(r.user_agent.starts_with("urssaf-admin/"), "{r:?}");
        assert!(r.user_agent.contains("(+http"), "{r:?}");
    }
}

fn verify_gives_a_finding_per_client_and_asks_only_what_it_lacks(b: Backend) {
    let c = cast();
    let env = space(b, &c.fake);
    let admin = env.admin();
    seed(
        &env,
        &[
            (POSTE, "La Poste", 1),
            (&c.ceased, "Ancienne SARL", 1),
            (&c.renamed, "Dupont Conseil", 1),
            (&c.absent, "Inconnue", 2),
            (&c.duplicate, "Doublon", 2),
            (&c.partial, "Discrète", 2),
        ],
    );
    let out = admin
        .cmd()
        .args(["-o", "json", "clients", "verify"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(11), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("error: 5 clients need a look"), "{err}");
    assert!(
        err.contains("Asking the company register about 6 companies"),
        "{err}"
    );
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(finding_of(&rows, POSTE), "ok");
    assert_eq!(finding_of(&rows, &c.ceased), "ceased");
    assert_eq!(finding_of(&rows, &c.renamed), "renamed");
    assert_eq!(finding_of(&rows, &c.absent), "not-found");
    assert_eq!(finding_of(&rows, &c.duplicate), "duplicate");
    assert_eq!(finding_of(&rows, &c.partial), "not-public");
    let dup = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["siren"] == c.duplicate.as_str())
        .unwrap();
    assert_eq!(dup["duplicate_of"], POSTE);
    assert_eq!(c.fake.requests().len(), 6);

    // Within the week: the register is asked nothing, and the summary says so.
    let out = admin.run(&["clients", "verify"]);
    assert_eq!(out.status.code(), Some(11));
    assert!(
        stderr(&out).contains(
            "6 clients checked: 1 ok, 5 to look at (0 asked of the register, 6 already known)."
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(c.fake.requests().len(), 6);
    let csv = admin.run(&["-o", "csv", "clients", "verify", "-p", "1"]);
    let text = String::from_utf8(csv.stdout).unwrap();
    assert!(
        text.starts_with("siren,siret,name,portfolio,finding,register_name,"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 4, "{text}");
    // The last known state, from the list.
    let listed = admin.json(&["clients", "list", "--register"]);
    assert_eq!(finding_of(&listed, &c.renamed), "renamed");

    // --refresh asks again; so does a space that keeps answers no time at all.
    admin.run(&["clients", "verify", "--refresh"]);
    assert_eq!(c.fake.requests().len(), 12);
    admin.ok(&["settings", "set", "register-max-age", "0"]);
    admin.run(&["clients", "verify", "-p", "2"]);
    assert_eq!(c.fake.requests().len(), 15);
    assert_eq!(
        admin.json(&["settings", "show"])["register_max_age_days"],
        0
    );
}

fn fix_names_renames_audits_and_notifies_for_administrators_only(b: Backend) {
    let c = cast();
    let env = space(b, &c.fake);
    let admin = env.admin();
    env.onboard("bob", 1, BOB_PW);
    seed(
        &env,
        &[
            (POSTE, "La Poste", 1),
            (&c.renamed, "Dupont Conseil", 1),
            (&c.absent, "Autre", 2),
        ],
    );
    let bob = env.user("bob");
    // R7: bob sees portfolio 1 only; R2: he cannot rename.
    let out = bob
        .cmd()
        .args(["-o", "json", "clients", "verify"])
        .output()
        .unwrap();
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2, "{rows}");
    assert!(!rows.to_string().contains(&c.absent), "{rows}");
    env.unchanged(|| bob.fails(&["clients", "verify", "--fix-names"], 5));

    let dry =
        env.unchanged(|| admin.run(&["clients", "verify", "-p", "1", "--fix-names", "--dry-run"]));
    assert!(
        stderr(&dry).contains("Dupont Conseil -> DUPONT CONSEIL ET ASSOCIES"),
        "{}",
        stderr(&dry)
    );
    let out = admin.run(&["clients", "verify", "--fix-names", "-p", "1"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Renamed 1 clients after the company register."),
        "{}",
        stderr(&out)
    );
    let listed = admin.json(&["clients", "list", "-p", "1"]);
    assert!(
        listed.to_string().contains("DUPONT CONSEIL ET ASSOCIES"),
        "{listed}"
    );
    // The search index follows the new name.
    let found = admin.json(&["clients", "list", "--search", "conseil et assoc"]);
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    let audit = admin.json(&["audit", "list"]);
    let entry = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "client.rename")
        .unwrap_or_else(|| panic!("no client.rename in {audit}"));
    assert_eq!(entry["actor"], "alice");
    assert!(
        entry["detail"]
            .as_str()
            .unwrap()
            .contains("Dupont Conseil -> DUPONT CONSEIL ET ASSOCIES")
    );
    let sent = admin.json(&["notifications", "list"]).to_string();
    assert!(
        sent.contains("renamed in portfolio 1") && sent.contains("bob@cabinet.fr"),
        "{sent}"
    );
}

fn the_register_is_asked_at_most_seven_times_a_second(b: Backend) {
    let fake = FakeRegister::start();
    let env = space(b, &fake);
    let sirens: Vec<String> = (100..118).map(siren).collect();
    let clients: Vec<(&str, &str, i64)> =
        sirens.iter().map(|s| (s.as_str(), "Client", 1)).collect();
    seed(&env, &clients);
    // Two commands at once, as two administrators on one machine (or one server).
    let mut children: Vec<_> = (0..2)
        .map(|_| {
            env.admin()
                .std_cmd_with(&["clients", "verify", "--refresh"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in &mut children {
        assert_eq!(child.wait().unwrap().code(), Some(11));
    }
    let mut at: Vec<_> = fake.requests().iter().map(|r| r.at).collect();
    at.sort();
    assert_eq!(at.len(), 2 * sirens.len());
    for w in at.windows(8) {
        let span = w[7] - w[0];
        assert!(span >= Duration::from_secs(1), "8 requests within {span:?}");
    }
}

fn busy_failing_and_slow_answers_are_waited_for(b: Backend) {
    let c = cast();
    let env = space(b, &c.fake);
    let admin = env.admin();
    assert_eq!(
        admin.json(&["clients", "lookup", &c.too_many])["name"],
        "PATIENTE SA"
    );
    let asked: Vec<_> = c
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.q == c.too_many)
        .collect();
    assert_eq!(asked.len(), 2);
    assert!(
        asked[1].at - asked[0].at >= Duration::from_secs(1),
        "Retry-After not honoured"
    );
    assert_eq!(
        admin.json(&["clients", "lookup", &c.failing])["name"],
        "TENACE SAS"
    );
    assert_eq!(c.fake.asked(&c.failing), 2);
    assert_eq!(
        admin.json(&["clients", "lookup", &c.slow])["name"],
        "LENTE SA"
    );
    // Down for good: a bounded number of tries, then a clear error.
    c.fake.set_down(true);
    let before = c.fake.requests().len();
    let err = admin.fails(&["clients", "lookup", POSTE], 10);
    assert!(err.contains("did not answer: 503"), "{err}");
    assert_eq!(c.fake.requests().len() - before, 4);
}

fn an_interrupted_verify_goes_on_where_it_stopped(b: Backend) {
    let fake = FakeRegister::start();
    let env = space(b, &fake);
    let sirens: Vec<String> = (200..210).map(siren).collect();
    let clients: Vec<(&str, &str, i64)> =
        sirens.iter().map(|s| (s.as_str(), "Client", 1)).collect();
    seed(&env, &clients);
    fake.down_after(4);
    let admin = env.admin();
    let out = admin.run(&["clients", "verify"]);
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("stopped after 4 of 10 companies"), "{err}");
    assert!(err.contains("did not answer: 503"), "{err}");
    fake.set_down(false);
    let before = fake.requests().len();
    let out = admin.run(&["clients", "verify"]);
    assert_eq!(out.status.code(), Some(11), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Asking the company register about 6 companies"),
        "{}",
        stderr(&out)
    );
    assert_eq!(fake.requests().len() - before, 6);
    // Each company asked once in all but the one the register failed on.
    let asked: std::collections::HashSet<_> = fake.requests().into_iter().map(|r| r.q).collect();
    assert_eq!(asked.len(), 10);
}

fn import_takes_missing_names_from_the_register(b: Backend) {
    let c = cast();
    let env = space(b, &c.fake);
    let admin = env.admin();
    let file = env.path().join("clients.csv");
    std::fs::write(
        &file,
        format!("siren;portefeuille\n{POSTE};1\n{};1\n", c.renamed),
    )
    .unwrap();
    admin.ok(&["clients", "import", file.to_str().unwrap()]);
    let listed = admin.json(&["clients", "list"]).to_string();
    assert!(
        listed.contains("LA POSTE") && listed.contains("DUPONT CONSEIL ET ASSOCIES"),
        "{listed}"
    );
    // A ceased company's row fails, and with it the file.
    let bad = env.path().join("bad.csv");
    std::fs::write(
        &bad,
        format!(
            "siren,name,portfolio\n{},,2\n{},Connue,2\n",
            c.ceased, c.absent
        ),
    )
    .unwrap();
    let out = env.unchanged(|| admin.run(&["clients", "import", bad.to_str().unwrap()]));
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("line 2, name: company"),
        "{}",
        stderr(&out)
    );
    admin.ok(&["clients", "import", bad.to_str().unwrap(), "--allow-ceased"]);
    assert!(
        admin
            .json(&["clients", "list", "-p", "2"])
            .to_string()
            .contains("ANCIENNE SARL")
    );
}

crate::on_both_backends!(
    add_takes_the_registers_name_and_checks_the_rest,
    an_unreachable_register_is_not_fatal_with_a_name,
    lookup_shows_what_the_register_says_and_sends_only_the_number,
    verify_gives_a_finding_per_client_and_asks_only_what_it_lacks,
    fix_names_renames_audits_and_notifies_for_administrators_only,
    the_register_is_asked_at_most_seven_times_a_second,
    busy_failing_and_slow_answers_are_waited_for,
    an_interrupted_verify_goes_on_where_it_stopped,
    import_takes_missing_names_from_the_register,
);
