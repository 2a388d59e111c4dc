//! French data: search and order that ignore accents and case, names that cannot hide
//! characters, and CSV that a spreadsheet opens without running a formula.

use std::path::PathBuf;

use crate::on_both_backends;
use crate::support::*;

fn names(who: As, args: &[&str]) -> Vec<String> {
    let mut all = vec!["clients", "list"];
    all.extend_from_slice(args);
    who.json(&all)
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

fn file(env: &Env, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = env.path().join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn search_ignores_accents_and_case_for_every_letter(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    for (i, name) in [
        "Zèbre",
        "Établissement Lyon",
        "ECOLE",
        "Œuvres Sociales",
        "eclair",
        "Éclat",
        "Straße Bau",
    ]
    .iter()
    .enumerate()
    {
        admin.ok(&[
            "clients",
            "add",
            &siren(i as u32),
            "--name",
            name,
            "-p",
            "1",
        ]);
    }
    for typed in ["établissement", "etablissement", "ÉTABLISSEMENT", "Etab"] {
        assert_eq!(
            names(admin, &["--search", typed]),
            ["Établissement Lyon"],
            "{typed}"
        );
    }
    assert_eq!(names(admin, &["--search", "oeuvres"]), ["Œuvres Sociales"]);
    assert_eq!(names(admin, &["--search", "STRASSE"]), ["Straße Bau"]);
    assert_eq!(names(admin, &["--search", "zebre"]), ["Zèbre"]);
    // French order: É with E, case aside.
    let sorted = [
        "eclair",
        "Éclat",
        "ECOLE",
        "Établissement Lyon",
        "Œuvres Sociales",
        "Straße Bau",
        "Zèbre",
    ];
    assert_eq!(names(admin, &[]), sorted);
    assert_eq!(names(admin, &["-p", "1"]), sorted);
    if b == Backend::Remote {
        // The offline cache folds and sorts the same way.
        assert_eq!(names(admin, &["--offline"]), sorted);
        assert_eq!(names(admin, &["--offline", "--search", "ÉCOLE"]), ["ECOLE"]);
    }
}

/// More clients than a server's page (`contract::MAX_PAGE`, 1000): the cursor follows
/// the folded order, so the pages meet without a gap or a repeat.
fn pages_follow_the_french_order(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    let prefixes = ["Élan", "elan", "ELAN", "Elan"];
    let expected: Vec<String> = (0..1100)
        .map(|i| format!("{} {i:04}", prefixes[i % prefixes.len()]))
        .collect();
    let mut csv = String::from("siren,name,portfolio\n");
    // Written in reverse, so that no order of insertion hides a wrong sort.
    for (i, name) in expected.iter().enumerate().rev() {
        csv.push_str(&format!("{},{name},1\n", siren(i as u32)));
    }
    let path = file(&env, "many.csv", csv);
    succeeded(&admin.run(&["clients", "import", path.to_str().unwrap()]));
    assert_eq!(names(admin, &[]), expected);
    assert_eq!(names(admin, &["--search", "ÉLAN"]), expected);
    assert_eq!(names(admin, &["--limit", "1050"]), expected[..1050]);
}

/// The search index (migration 0013) follows each way a client comes, moves and goes:
/// an add, an import (which indexes its clients at its end), a dry run (which indexes
/// nothing and leaves the index kept after it), a move and a removal. The index itself
/// holds each client once: the count of a piece is the count of the clients with it.
fn search_index_follows_every_change(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    admin.ok(&["portfolio", "create", "--yes"]);
    admin.ok(&[
        "clients",
        "add",
        &siren(900),
        "--name",
        "Boulangerie Ôlivier",
        "-p",
        "1",
    ]);
    let mut csv = String::from("siren,name,portfolio\n");
    for i in 0..30u32 {
        csv.push_str(&format!("{},Atelier {i:04},1\n", siren(i)));
    }
    csv.push_str(&format!("{},\"Quai \"\"Ouest\"\"\",1\n", siren(40)));
    let path = file(&env, "clients.csv", csv);
    succeeded(&admin.run(&["clients", "import", path.to_str().unwrap()]));
    assert_eq!(
        names(admin, &["--search", "ATELIER 0017"]),
        ["Atelier 0017"]
    );
    assert_eq!(
        names(admin, &["--search", "olivier"]),
        ["Boulangerie Ôlivier"]
    );
    assert_eq!(names(admin, &["--search", "quai \"ou"]), ["Quai \"Ouest\""]);
    assert_eq!(names(admin, &["--search", "er 002"]).len(), 10);
    // Under three characters, no piece to look up: every name is read.
    assert_eq!(names(admin, &["--search", "r "]).len(), 31);

    let dry = file(
        &env,
        "dry.csv",
        format!("siren,name,portfolio\n{},Zinc Sec,1\n", siren(50)),
    );
    env.unchanged(|| {
        succeeded(&admin.run(&["clients", "import", "--dry-run", dry.to_str().unwrap()]))
    });
    assert!(names(admin, &["--search", "zinc"]).is_empty());
    admin.ok(&[
        "clients",
        "add",
        &siren(51),
        "--name",
        "Zinc Après",
        "-p",
        "1",
    ]);
    assert_eq!(names(admin, &["--search", "zinc apres"]), ["Zinc Après"]);

    admin.ok(&["clients", "move", &siren(17), "--to", "2"]);
    assert_eq!(
        names(admin, &["-p", "2", "--search", "atelier 0017"]),
        ["Atelier 0017"]
    );
    assert!(names(admin, &["-p", "1", "--search", "atelier 0017"]).is_empty());
    admin.ok(&["clients", "remove", &siren(17), "--yes"]);
    assert!(names(admin, &["--search", "atelier 0017"]).is_empty());
    assert_eq!(names(admin, &["--search", "atelier 001"]).len(), 9);
    assert_eq!(names(admin, &["--search", "atelier 000"]).len(), 10);

    // Any writer of the file keeps the index: a rename forgets the old name.
    env.rw()
        .execute(
            "UPDATE clients SET name = 'Zed', name_key = 'zed' WHERE siren = ?1",
            [siren(3)],
        )
        .unwrap();
    assert!(names(admin, &["--search", "atelier 0003"]).is_empty());
    assert_eq!(names(admin, &["--search", "zed"]), ["Zed"]);
    let indexed = |piece: &str| -> i64 {
        env.sql()
            .query_row(
                "SELECT count(*) FROM client_search WHERE client_search MATCH ?1",
                [format!("\"{piece}\"")],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(indexed("ate"), 28);
    assert_eq!(indexed("inc"), 1);
    assert_eq!(indexed("oli"), 1);
}

/// A space made before the search key: the migration fills it for the clients there.
#[test]
fn the_migration_gives_existing_clients_their_search_key() {
    let env = Env::with_space();
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    admin.ok(&[
        "clients",
        "add",
        &siren(1),
        "--name",
        "Éts Martin",
        "-p",
        "1",
    ]);
    admin.ok(&["clients", "add", &siren(2), "--name", "Zola", "-p", "1"]);
    admin.ok(&["clients", "add", &siren(3), "--name", "ANDRÉ", "-p", "1"]);
    // Back to schema 6, as that version wrote it.
    env.rw()
        .execute_batch(
            "DROP TRIGGER client_indexed;
             DROP TRIGGER client_renamed;
             DROP TRIGGER client_unindexed;
             DROP TABLE client_search;
             ALTER TABLE portfolios DROP COLUMN client_count;
             DROP TABLE mandates;
             ALTER TABLE space DROP COLUMN require_mandate;
             ALTER TABLE users DROP COLUMN erased_at;
             ALTER TABLE space DROP COLUMN audit_retention_months;
             ALTER TABLE space DROP COLUMN notification_retention_days;
             DROP INDEX audit_by_time;
             ALTER TABLE users DROP COLUMN disabled_at;
             ALTER TABLE users DROP COLUMN last_sign_in_at;
             ALTER TABLE subscriptions DROP COLUMN suspended_by_disable;
             DROP TABLE register_entries;
             ALTER TABLE space DROP COLUMN register_max_age_days;
             DROP INDEX clients_by_portfolio;
             ALTER TABLE clients DROP COLUMN name_key;
             CREATE INDEX clients_by_portfolio
                 ON clients (portfolio, name, siren, siret, created_at);
             PRAGMA user_version = 6;",
        )
        .unwrap();
    assert_eq!(names(admin, &["--search", "ets"]), ["Éts Martin"]);
    assert_eq!(names(admin, &[]), ["ANDRÉ", "Éts Martin", "Zola"]);
    let keys: Vec<String> = env
        .sql()
        .prepare("SELECT name_key FROM clients ORDER BY name_key")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(keys, ["andre", "ets martin", "zola"]);
    // Migration 0012 counted the clients already there.
    assert_eq!(admin.json(&["portfolio", "show", "1"])["clients"], 3);
}

const HIDDEN: [(&str, &str, usize); 5] = [
    ("Orange\u{202E}SA", "U+202E", 7),
    ("\u{200B}Orange", "U+200B", 1),
    ("Ora\u{2066}nge", "U+2066", 4),
    ("Or\u{FEFF}ange", "U+FEFF", 3),
    ("Orange\u{7}", "U+0007", 7),
];

fn names_with_hidden_characters_are_refused_where_they_are(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    for (name, code, position) in HIDDEN {
        let out =
            env.unchanged(|| admin.run(&["clients", "add", &siren(9), "--name", name, "-p", "1"]));
        let err = expect_failure(&out, &["clients", "add", name], 8);
        assert!(
            err.contains(code) && err.contains(&format!("character {position} ")),
            "{name:?}: {err}"
        );
        assert!(!err.contains(name), "the name is shown made visible: {err}");
        let out = env.unchanged(|| {
            admin.run(&[
                "subscriber",
                "add",
                "-p",
                "1",
                "zoe",
                "--email",
                "zoe@cabinet.fr",
                "--name",
                name,
            ])
        });
        let err = expect_failure(&out, &["subscriber", "add", name], 8);
        assert!(err.contains(code), "{name:?}: {err}");
    }
    let path = file(
        &env,
        "hidden.csv",
        format!("siren,name,portfolio\n{},Bad\u{202E}Name,1\n", siren(9)),
    );
    let out = env.unchanged(|| admin.run(&["clients", "import", path.to_str().unwrap()]));
    assert!(stderr(&out).contains("U+202E"), "{}", stderr(&out));
    // Accents, apostrophes and the non-breaking space are names as usual.
    admin.ok(&[
        "clients",
        "add",
        &siren(9),
        "--name",
        "L'Étoile\u{A0}d'Œuf",
        "-p",
        "1",
    ]);
}

#[test]
fn the_firm_name_is_refused_with_a_hidden_character() {
    let env = Env::new();
    let out = env
        .bare()
        .env("URSSAF_ADMIN_DB", &env.db)
        .args([
            "init",
            "--siren",
            FIRM_SIREN,
            "--name",
            "Cabinet\u{202E}Dupont",
        ])
        .args([
            "--admin",
            "root",
            "--email",
            "root@cabinet.fr",
            "--password-stdin",
        ])
        .write_stdin(format!("{ADMIN_PW}\n"))
        .output()
        .unwrap();
    let err = expect_failure(&out, &["init"], 8);
    assert!(
        err.contains("U+202E") && err.contains("character 8 "),
        "{err}"
    );
    assert!(!env.db.exists());
}

fn cells(text: &str, column: &str) -> Vec<String> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let at = r
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == column)
        .unwrap();
    r.records()
        .map(|rec| rec.unwrap()[at].to_string())
        .collect()
}

const FORMULAS: [&str; 4] = ["=HYPERLINK(\"x\")", "-Dupont", "+33 Conseil", "@SUM"];

fn csv_cells_never_start_a_formula_and_read_back_the_same(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    for (i, name) in FORMULAS.iter().enumerate() {
        let name = format!("--name={name}");
        admin.ok(&["clients", "add", &siren(10 + i as u32), &name, "-p", "1"]);
    }
    admin.ok(&["clients", "add", &siren(20), "--name='=quoted", "-p", "1"]);
    let listed = admin.ok(&["-o", "csv", "clients", "list", "-p", "1"]);
    let shown = cells(&listed, "name");
    for name in FORMULAS {
        assert!(shown.contains(&format!("'{name}")), "{name}: {listed}");
    }
    assert!(shown.contains(&"''=quoted".to_string()), "{listed}");
    for cell in listed.lines().flat_map(|l| l.split(',')) {
        let cell = cell.trim_start_matches('"');
        assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}: {listed}");
    }
    // Numbers are left as they are: the portfolio column still reads 1.
    assert!(
        cells(&listed, "portfolio").iter().all(|p| p == "1"),
        "{listed}"
    );

    // The exported file, imported into another portfolio, gives the names back.
    let before = names(admin, &["-p", "1"]);
    let exported = file(&env, "exported.csv", &listed);
    for (i, _) in FORMULAS.iter().enumerate() {
        admin.ok(&["clients", "remove", &siren(10 + i as u32), "--yes"]);
    }
    admin.ok(&["clients", "remove", &siren(20), "--yes"]);
    let report = env.path().join("report.csv");
    succeeded(&admin.run(&[
        "clients",
        "import",
        exported.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
    ]));
    assert_eq!(names(admin, &["-p", "1"]), before);

    // A report names what the file said: a key typed as a formula stays text.
    let bad = file(&env, "bad.csv", "siren,name,portfolio\n=1+1,-Dupont,1\n");
    let out = admin.run(&[
        "clients",
        "import",
        bad.to_str().unwrap(),
        "--skip-invalid",
        "--report",
        report.to_str().unwrap(),
    ]);
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(cells(&text, "key").contains(&"'=1+1".to_string()), "{text}");
    for cell in text.lines().flat_map(|l| l.split(',')) {
        let cell = cell.trim_start_matches('"');
        assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}: {text}");
    }
}

fn subscriber_csv_reads_back_the_same(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    admin.ok(&[
        "subscriber",
        "add",
        "-p",
        "1",
        "zoe",
        "--email",
        "zoe@cabinet.fr",
        "--name=-Zoé",
    ]);
    let listed = admin.ok(&["-o", "csv", "subscriber", "list", "-p", "1"]);
    assert!(
        cells(&listed, "name").contains(&"'-Zoé".to_string()),
        "{listed}"
    );
    let exported = file(&env, "subscribers.csv", &listed);
    admin.ok(&["subscriber", "remove", "-p", "1", "zoe", "--yes"]);
    succeeded(&admin.run(&["subscriber", "import", exported.to_str().unwrap()]));
    let back = admin.ok(&["-o", "csv", "subscriber", "list", "-p", "1"]);
    assert_eq!(cells(&back, "name"), cells(&listed, "name"), "{back}");
}

on_both_backends!(
    search_ignores_accents_and_case_for_every_letter,
    search_index_follows_every_change,
    pages_follow_the_french_order,
    names_with_hidden_characters_are_refused_where_they_are,
    csv_cells_never_start_a_formula_and_read_back_the_same,
    subscriber_csv_reads_back_the_same,
);
