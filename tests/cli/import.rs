//! Bulk onboarding (`clients import`, `subscriber import`) through the built binary, on
//! both backends: files as offices have them, validation first, idempotent reruns, the
//! report, grouped messages (R10), the audit (R11), and runs killed half-way.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Output, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::on_both_backends;
use crate::support::*;

// language.rs still takes it from here.
pub use crate::support::siren;

fn file(env: &Env, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = env.path().join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn import(who: As, noun: &str, path: &std::path::Path, extra: &[&str]) -> Output {
    let mut args = vec![noun, "import", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    who.run(&args)
}

/// Exit `code`, no panic, and the last two lines of stderr are the error and its hint.
fn refused(out: &Output, code: i32) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(code), "stderr:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() >= 2, "{err}");
    assert!(lines[lines.len() - 2].starts_with("error: "), "{err}");
    assert!(lines[lines.len() - 1].starts_with("hint: "), "{err}");
    err
}

fn client_names(env: &Env, who: As) -> Vec<(String, String, i64)> {
    let _ = env;
    let list = who.json(&["clients", "list"]);
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["siren"].as_str().unwrap().to_string(),
                c["name"].as_str().unwrap().to_string(),
                c["portfolio"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn report_rows(path: &std::path::Path) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(path)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

// ---- clients -----------------------------------------------------------------------------

fn r8_clients_import_then_the_same_file_again_changes_nothing(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let csv = format!(
        "siren,name,portfolio\n{},Alpha SARL,1\n{},Beta SAS,2\n356 000 000,La Poste,1\n",
        siren(1),
        siren(2)
    );
    let path = file(&env, "clients.csv", csv);
    let err = succeeded(&import(admin, "clients", &path, &[]));
    assert!(
        err.contains("2 created, 0 moved, 1 skipped, 0 failed"),
        "{err}"
    );
    let names = client_names(&env, admin);
    assert!(
        names.contains(&(siren(1), "Alpha SARL".into(), 1)),
        "{names:?}"
    );
    assert!(
        names.contains(&(siren(2), "Beta SAS".into(), 2)),
        "{names:?}"
    );
    // The second run finds everything in place: exit 0, nothing created, no trace.
    let err = env.unchanged(|| succeeded(&import(admin, "clients", &path, &[])));
    assert!(
        err.contains("0 created, 0 moved, 3 skipped, 0 failed"),
        "{err}"
    );
}

fn r11_one_audit_entry_per_created_row_plus_one_for_the_run(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let rows: String = (10..15)
        .map(|n| format!("{},Client {n},1\n", siren(n)))
        .collect();
    let path = file(&env, "c.csv", format!("siren,name,portfolio\n{rows}"));
    succeeded(&import(admin, "clients", &path, &[]));
    let audit = admin.json(&["audit", "list", "--limit", "100"]);
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions.iter().filter(|a| **a == "client.add").count(), 7); // 2 by firm()
    let runs: Vec<&Value> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "clients.import")
        .collect();
    assert_eq!(runs.len(), 1, "{audit:#}");
    assert_eq!(runs[0]["detail"], "5 created, 0 moved, 0 skipped, 0 failed");
}

fn bad_rows_at_the_start_middle_and_end_are_all_reported_and_nothing_is_written(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let mut csv = String::from("siren,name,portfolio\n");
    csv.push_str("123456789,Bad Checksum,1\n"); // line 2
    for n in 20..24 {
        csv.push_str(&format!("{},Good {n},1\n", siren(n))); // lines 3-6
    }
    csv.push_str(&format!("{},Nowhere,99\n", siren(30))); // line 7
    csv.push_str(&format!("{},Good 25,2\n", siren(25))); // line 8
    csv.push_str(&format!("{},,1\n", siren(31))); // line 9
    let path = file(&env, "bad.csv", csv);
    let out = env.unchanged(|| import(admin, "clients", &path, &[]));
    let err = refused(&out, 8);
    assert!(err.contains("line 2, siren: "), "{err}");
    assert!(err.contains("checksum"), "{err}");
    assert!(
        err.contains("line 7, portfolio: portfolio 99 does not exist"),
        "{err}"
    );
    assert!(err.contains("line 9, name: "), "{err}");
    assert!(err.contains("3 invalid rows: nothing was written"), "{err}");
    assert!(err.contains("--skip-invalid"), "{err}");

    // --skip-invalid writes the five good rows, and exits 9.
    let report = env.path().join("report.csv");
    let out = import(
        admin,
        "clients",
        &path,
        &["--skip-invalid", "--report", report.to_str().unwrap()],
    );
    let err = refused(&out, 9);
    assert!(
        err.contains("5 created, 0 moved, 0 skipped, 3 failed"),
        "{err}"
    );
    let names = client_names(&env, admin);
    assert!(names.iter().any(|c| c.1 == "Good 25"), "{names:?}");
    assert!(!names.iter().any(|c| c.1 == "Nowhere"), "{names:?}");
    let rows = report_rows(&report);
    assert_eq!(rows.len(), 8, "one report row per input row");
    let actions: Vec<(&str, &str)> = rows.iter().map(|r| (&r[0], &r[3])).collect();
    assert_eq!(actions[0], ("2", "failed"));
    assert_eq!(actions[1], ("3", "created"));
    assert_eq!(actions[5], ("7", "failed"));
    assert_eq!(rows[5][4].to_string(), "portfolio");
    assert_eq!(actions[7], ("9", "failed"));
}

fn a_file_with_only_a_header_an_empty_file_and_a_missing_column(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let header_only = file(&env, "h.csv", "siren,name,portfolio\r\n");
    let err = env.unchanged(|| succeeded(&import(admin, "clients", &header_only, &[])));
    assert!(
        err.contains("0 created, 0 moved, 0 skipped, 0 failed"),
        "{err}"
    );

    let empty = file(&env, "e.csv", "");
    let err = env.unchanged(|| refused(&import(admin, "clients", &empty, &[]), 8));
    assert!(err.contains("the file is empty"), "{err}");
    assert!(err.contains("siren,portfolio"), "{err}");

    let missing = file(
        &env,
        "m.csv",
        format!("siren,raison sociale,portefeuile\n{},X,1\n", siren(40)),
    );
    let err = env.unchanged(|| refused(&import(admin, "clients", &missing, &[]), 8));
    assert!(err.contains("no column 'portfolio'"), "{err}");

    let nowhere = env.path().join("no-such.csv");
    let err = env.unchanged(|| refused(&import(admin, "clients", &nowhere, &[]), 8));
    assert!(err.contains("cannot read"), "{err}");
}

fn r8_a_company_twice_in_the_file_is_an_error_naming_the_first_line(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let s = siren(50);
    let path = file(
        &env,
        "dup.csv",
        format!(
            "siren,name,portfolio\n{s},Twice,1\n{},Other,1\n{s},Twice,1\n",
            siren(51)
        ),
    );
    let err = env.unchanged(|| refused(&import(admin, "clients", &path, &[]), 8));
    assert!(
        err.contains("line 4, siren: the same key is already on line 2"),
        "{err}"
    );
}

fn a_semicolon_file_with_bom_crlf_quotes_and_spaced_identifiers(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let s = siren(60);
    let spaced = format!("{} {} {}", &s[0..3], &s[3..6], &s[6..9]);
    let csv = format!(
        "\u{feff}Portefeuille;Raison sociale;SIREN;Commentaire\r\n\
         1;\"Dupont; Fils & Cie\";{spaced};x\r\n\
         2;\"Le \"\"Bon\"\" Coin\";{};\r\n",
        siren(61)
    );
    let path = file(&env, "excel.csv", csv);
    let err = succeeded(&import(admin, "clients", &path, &[]));
    assert!(err.contains("2 created"), "{err}");
    let names = client_names(&env, admin);
    assert!(
        names.contains(&(s, "Dupont; Fils & Cie".into(), 1)),
        "{names:?}"
    );
    assert!(
        names.contains(&(siren(61), "Le \"Bon\" Coin".into(), 2)),
        "{names:?}"
    );
}

fn cells_padded_with_spaces_and_tabs_are_read_without_them(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let csv = format!(
        " siren ,\tname , portfolio\n  {} ,  Alpha SARL ,  1 \n , ,\t\n\t{}\t,Beta SAS\t,2\n",
        siren(70),
        siren(71)
    );
    let path = file(&env, "padded.csv", csv);
    let err = succeeded(&import(admin, "clients", &path, &[]));
    // The row of blanks is passed over, as an empty row is.
    assert!(
        err.contains("2 created, 0 moved, 0 skipped, 0 failed"),
        "{err}"
    );
    let names = client_names(&env, admin);
    assert!(
        names.contains(&(siren(70), "Alpha SARL".into(), 1)),
        "{names:?}"
    );
    assert!(
        names.contains(&(siren(71), "Beta SAS".into(), 2)),
        "{names:?}"
    );
}

fn windows_1252_names_with_encoding_and_a_clear_error_without(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    // "Société" and "Crème" as Excel writes them on a French Windows.
    let mut bytes = b"siren;name;portfolio\r\n".to_vec();
    bytes.extend_from_slice(siren(70).as_bytes());
    bytes.extend_from_slice(b";Soci\xe9t\xe9 Martin;1\r\n");
    bytes.extend_from_slice(siren(71).as_bytes());
    bytes.extend_from_slice(b";Cr\xe8me \x80 Co;2\r\n");
    let path = file(&env, "cp1252.csv", bytes);
    let err = env.unchanged(|| refused(&import(admin, "clients", &path, &[]), 8));
    assert!(err.contains("line 2"), "{err}");
    assert!(err.contains("--encoding windows-1252"), "{err}");

    succeeded(&import(
        admin,
        "clients",
        &path,
        &["--encoding", "windows-1252"],
    ));
    let names = client_names(&env, admin);
    assert!(
        names.contains(&(siren(70), "Société Martin".into(), 1)),
        "{names:?}"
    );
    assert!(
        names.contains(&(siren(71), "Crème € Co".into(), 2)),
        "{names:?}"
    );
}

fn r8_a_client_of_another_portfolio_fails_unless_moved(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    // Société Générale is in portfolio 2.
    let path = file(
        &env,
        "m.csv",
        "siren,name,portfolio\n552 120 222,Société Générale,1\n",
    );
    let err = env.unchanged(|| refused(&import(admin, "clients", &path, &[]), 8));
    assert!(
        err.contains("already a client in portfolio 2 (--move moves it)"),
        "{err}"
    );

    let bob_before = env.user("bob").json(&["notifications", "list"]);
    let carol_before = env.user("carol").json(&["notifications", "list"]);
    let err = succeeded(&import(admin, "clients", &path, &["--move"]));
    assert!(
        err.contains("0 created, 1 moved, 0 skipped, 0 failed"),
        "{err}"
    );
    let names = client_names(&env, admin);
    assert!(names.contains(&("552120222".into(), "Société Générale".into(), 1)));
    // R10: one message each; carol is told it left her portfolio, not where it went (R7).
    let bob = env.user("bob").json(&["notifications", "list"]);
    let carol = env.user("carol").json(&["notifications", "list"]);
    assert_eq!(
        bob.as_array().unwrap().len(),
        bob_before.as_array().unwrap().len() + 1
    );
    assert_eq!(
        carol.as_array().unwrap().len(),
        carol_before.as_array().unwrap().len() + 1
    );
    let carol_body = carol[0]["body"].as_str().unwrap();
    assert!(carol_body.contains("moved out"), "{carol_body}");
    assert!(!carol_body.contains("portfolio 1"), "{carol_body}");
    let bob_body = bob[0]["body"].as_str().unwrap();
    assert!(
        bob_body.contains("Société Générale (552 120 222): moved in"),
        "{bob_body}"
    );
}

fn r10_a_bulk_run_sends_one_message_per_person(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let before = env.count("outbox");
    // More than a batch, across both portfolios.
    let rows: String = (100..1300)
        .map(|n| format!("{},Client {n},{}\n", siren(n), n % 2 + 1))
        .collect();
    let path = file(&env, "many.csv", format!("siren,name,portfolio\n{rows}"));
    succeeded(&import(admin, "clients", &path, &[]));
    // bob (portfolio 1) and carol (portfolio 2): one message each; never alice.
    assert_eq!(env.count("outbox"), before + 2);
    let bob = env.user("bob").json(&["notifications", "list"]);
    let body = bob[0]["body"].as_str().unwrap();
    assert!(
        body.contains("Portfolio 1, by alice: 600 clients added"),
        "{body}"
    );
    assert!(body.contains("and 580 more"), "{body}");
    assert!(!body.contains("Portfolio 2"), "R7: {body}");
    let mine = admin.json(&["notifications", "list", "--limit", "500"]);
    assert!(
        !mine
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["recipient"] == "alice" && n["subject"].as_str().unwrap().contains("Bulk")),
        "the actor is not notified"
    );
}

fn clients_list_csv_round_trips_through_import(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    admin.ok(&[
        "clients",
        "add",
        "732 829 320 00074",
        "--name",
        "Établissement, Lyon",
        "-p",
        "2",
    ]);
    let exported = admin.ok(&["-o", "csv", "clients", "list"]);
    let before = client_names(&env, admin);

    let other = Env::with_space_on(b);
    other.admin().ok(&["portfolio", "create", "--yes"]);
    other.admin().ok(&["portfolio", "create", "--yes"]);
    let path = file(&other, "export.csv", &exported);
    succeeded(&import(other.admin(), "clients", &path, &[]));
    assert_eq!(client_names(&other, other.admin()), before);
    let sirets: Vec<Value> = other
        .admin()
        .json(&["clients", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["siret"].clone())
        .collect();
    assert!(
        sirets.contains(&Value::from("73282932000074")),
        "{sirets:?}"
    );
}

fn dry_run_writes_nothing_and_json_lists_every_row(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let path = file(
        &env,
        "d.csv",
        format!(
            "siren,name,portfolio\n{},Dry,1\n356000000,La Poste,1\n",
            siren(80)
        ),
    );
    let out = env.unchanged(|| {
        admin.run(&[
            "-o",
            "json",
            "clients",
            "import",
            path.to_str().unwrap(),
            "--dry-run",
        ])
    });
    let err = succeeded(&out);
    assert!(
        err.contains("Dry run: 1 to create, 0 to move, 1 skipped, 0 failed; nothing was written"),
        "{err}"
    );
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["line"], 2);
    assert_eq!(rows[0]["action"], "would-create");
    assert_eq!(rows[1]["action"], "skipped");
    assert_eq!(rows[1]["key"], "356000000");
}

fn r2_only_administrators_import(b: Backend) {
    let env = firm(b);
    let path = file(
        &env,
        "x.csv",
        format!("siren,name,portfolio\n{},X,1\n", siren(90)),
    );
    let err = env.unchanged(|| refused(&import(env.user("bob"), "clients", &path, &[]), 5));
    assert!(err.contains("not an administrator"), "{err}");
    let subs = file(
        &env,
        "s.csv",
        "login,email,name,portfolio\ndan,dan@cabinet.fr,Dan,1\n",
    );
    env.unchanged(|| refused(&import(env.user("bob"), "subscriber", &subs, &[]), 5));
}

// ---- subscribers ---------------------------------------------------------------------------

fn r6_subscriber_import_creates_accounts_and_keeps_their_codes_in_the_report(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let csv = "login;email;name;portfolio\r\n\
               dan;dan@cabinet.fr;Dan Durand;1\r\n\
               dan;dan@cabinet.fr;Dan Durand;2\r\n\
               bob;;;2\r\n\
               bob;bob@cabinet.fr;;1\r\n";
    let path = file(&env, "team.csv", csv);
    let report = env.path().join("codes.csv");
    let outbox_before = env.count("outbox");
    let err = succeeded(&import(
        admin,
        "subscriber",
        &path,
        &["--report", report.to_str().unwrap()],
    ));
    assert!(err.contains("3 created, 1 skipped, 0 failed"), "{err}");
    assert!(err.contains("1 activation code in"), "{err}");
    let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the report holds codes");
    let rows = report_rows(&report);
    assert_eq!(rows.len(), 4);
    assert_eq!(&rows[0][3], "created");
    assert_eq!(&rows[3][3], "skipped");
    let code = rows[0][6].to_string();
    assert!(!code.is_empty(), "{rows:?}");
    assert!(rows[1][6].is_empty(), "one code per newcomer");

    // R10 grouped: dan one welcome for both portfolios, bob one message (portfolio 1,
    // where dan arrived), carol one (portfolio 2: dan and bob); alice none.
    assert_eq!(env.count("outbox"), outbox_before + 3);
    let out = env
        .user("dan")
        .activate("dan", &code, "dan's long password");
    assert!(out.status.success(), "{}", stderr(&out));
    env.user("dan").login("dan", "dan's long password");
    let dan = env.user("dan").json(&["notifications", "list"]);
    let welcome = dan
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["subject"].as_str().unwrap().contains("Bulk"))
        .unwrap();
    let body = welcome["body"].as_str().unwrap();
    assert!(body.contains("access to portfolio 1, 2"), "{body}");
    assert!(!body.contains(&code), "a spent code is scrubbed: {body}");
    let carol = env.user("carol").json(&["notifications", "list"]);
    let body = carol[0]["body"].as_str().unwrap();
    assert!(body.contains("2 collaborators subscribed"), "{body}");
    let subs = admin.json(&["subscriber", "list", "-p", "2"]);
    let logins: Vec<&str> = subs
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["login"].as_str().unwrap())
        .collect();
    assert!(
        logins.contains(&"dan") && logins.contains(&"bob"),
        "{logins:?}"
    );

    // Again: everything holds.
    let err = env.unchanged(|| succeeded(&import(admin, "subscriber", &path, &[])));
    assert!(err.contains("0 created, 4 skipped, 0 failed"), "{err}");
    // And what `subscriber list -o csv` prints is a file import reads.
    let exported = file(
        &env,
        "subs.csv",
        admin.ok(&["-o", "csv", "subscriber", "list"]),
    );
    let err = env.unchanged(|| succeeded(&import(admin, "subscriber", &exported, &[])));
    assert!(err.contains("0 created, 5 skipped, 0 failed"), "{err}");
}

fn subscriber_rows_that_cannot_be_right_are_refused(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let csv = "login,email,name,portfolio\n\
               newbie,,,1\n\
               eve,not-an-email,,1\n\
               bob,someone.else@cabinet.fr,,2\n\
               Bad Login,x@cabinet.fr,,1\n\
               frank,frank@cabinet.fr,,abc\n\
               gina,gina@cabinet.fr,,1\n\
               gina,gina@cabinet.fr,,1\n";
    let path = file(&env, "bad.csv", csv);
    let err = env.unchanged(|| refused(&import(admin, "subscriber", &path, &[]), 8));
    for expected in [
        "line 2, email: newbie has no account yet",
        "line 3, email: ",
        "line 4, email: bob already has an account, with another email",
        "line 5, login: ",
        "line 6, portfolio: ",
        "line 8, login: the same key is already on line 7",
    ] {
        assert!(err.contains(expected), "{expected}:\n{err}");
    }
    assert!(err.contains("6 invalid rows"), "{err}");
}

fn line_numbers_as_people_count_them_with_crlf_and_blank_lines(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    // Lines: 1 header, 2 good, 3 blank, 4 bad checksum, 5 good, 6-7 a name on two
    // lines (Alt+Enter in Excel: refused), 8 bad portfolio, then Excel's empty rows.
    let csv = format!(
        "siren;name;portfolio\r\n{};A;1\r\n\r\n123456789;B;1\r\n{};C;1\r\n{};\"D\r\nE\";1\r\n{};F;x\r\n;;\r\n;;\r\n",
        siren(200),
        siren(201),
        siren(202),
        siren(203)
    );
    let path = file(&env, "crlf.csv", csv);
    let report = env.path().join("r.csv");
    let out = env.unchanged(|| {
        import(
            admin,
            "clients",
            &path,
            &["--report", report.to_str().unwrap()],
        )
    });
    let err = refused(&out, 8);
    assert!(err.contains("line 4, siren: "), "{err}");
    assert!(err.contains("line 6, name: invalid name 'D␍␊E'"), "{err}");
    assert!(err.contains("line 8, portfolio: "), "{err}");
    assert!(
        err.contains("3 invalid rows"),
        "the empty rows are not rows: {err}"
    );
    let lines: Vec<String> = report_rows(&report)
        .iter()
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(lines, ["2", "4", "5", "6", "8"]);
}

fn a_utf8_error_names_the_column(b: Backend) {
    let env = firm(b);
    let mut bytes = format!("portfolio,siren,name\n1,{},", siren(210)).into_bytes();
    bytes.extend_from_slice(b"Caf\xe9 du Port\n");
    let path = file(&env, "latin.csv", bytes);
    let err = env.unchanged(|| refused(&import(env.admin(), "clients", &path, &[]), 8));
    assert!(err.contains("line 2, name: not valid UTF-8"), "{err}");
}

fn r6_a_dry_or_refused_run_shows_no_activation_code(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let path = file(
        &env,
        "t.csv",
        "login,email,name,portfolio\ndan,dan@cabinet.fr,Dan,1\n",
    );
    let report = env.path().join("dry.csv");
    let out = env.unchanged(|| {
        admin.run(&[
            "-o",
            "json",
            "subscriber",
            "import",
            path.to_str().unwrap(),
            "--dry-run",
            "--report",
            report.to_str().unwrap(),
        ])
    });
    succeeded(&out);
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["action"], "would-create");
    assert_eq!(
        rows[0]["activation_code"],
        Value::Null,
        "a code never stored"
    );
    let rows = report_rows(&report);
    assert_eq!(&rows[0][3], "would-create");
    assert!(rows[0][6].is_empty(), "{rows:?}");
}

fn a_login_with_two_emails_in_one_file_is_refused(b: Backend) {
    let env = firm(b);
    // The second row of eve carries no email: it takes the first one's.
    let path = file(
        &env,
        "e.csv",
        "login,email,name,portfolio\neve,eve@cabinet.fr,,1\neve,,,2\ndan,dan@cabinet.fr,,1\ndan,dan@ailleurs.fr,,2\n",
    );
    let err = env.unchanged(|| refused(&import(env.admin(), "subscriber", &path, &[]), 8));
    assert!(
        err.contains("line 5, email: dan has another email on line 4"),
        "{err}"
    );
    assert!(err.contains("1 invalid row:"), "{err}");
}

fn the_report_is_private_and_never_the_input(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let csv = format!("siren,name,portfolio\n{},R,1\n", siren(220));
    let path = file(&env, "in.csv", &csv);
    let err = env.unchanged(|| {
        refused(
            &import(
                admin,
                "clients",
                &path,
                &["--report", path.to_str().unwrap()],
            ),
            2,
        )
    });
    assert!(err.contains("is the file being imported"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), csv);
    // An older report readable by others is replaced by a private one.
    let report = file(&env, "old-report.csv", "old");
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o644)).unwrap();
    succeeded(&import(
        admin,
        "clients",
        &path,
        &["--report", report.to_str().unwrap()],
    ));
    let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(&report_rows(&report)[0][3], "created");
}

/// Each portfolio's client count (kept, not counted, since migration 0012) is what its
/// clients are, after adds, moves, removals and imports, and a dry or refused run or a
/// failed command leaves it as it was.
fn portfolio_counts_follow_every_change(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let counts = || -> Vec<(i64, i64)> {
        let listed = admin.json(&["portfolio", "list"]);
        let clients = admin.json(&["clients", "list"]);
        listed
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let n = p["number"].as_i64().unwrap();
                let held = clients
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|c| c["portfolio"] == n)
                    .count();
                assert_eq!(p["clients"], held, "portfolio {n}: {listed} vs {clients}");
                (n, p["clients"].as_i64().unwrap())
            })
            .collect()
    };
    assert_eq!(counts(), [(1, 1), (2, 1)]);
    admin.ok(&["clients", "add", &siren(1), "--name", "Un", "-p", "1"]);
    admin.ok(&["clients", "move", "356000000", "--to", "2"]);
    assert_eq!(counts(), [(1, 1), (2, 2)]);
    admin.ok(&["clients", "remove", "552120222", "--yes"]);
    assert_eq!(counts(), [(1, 1), (2, 1)]);
    let path = file(
        &env,
        "c.csv",
        format!(
            "siren,name,portfolio\n{},Deux,2\n{},Trois,1\n{},Un,2\n",
            siren(2),
            siren(3),
            siren(1)
        ),
    );
    env.unchanged(|| succeeded(&import(admin, "clients", &path, &["--move", "--dry-run"])));
    assert_eq!(counts(), [(1, 1), (2, 1)]);
    succeeded(&import(admin, "clients", &path, &["--move"]));
    assert_eq!(counts(), [(1, 1), (2, 3)]);
    let bad = file(
        &env,
        "bad.csv",
        format!("siren,name,portfolio\n{},Quatre,1\n123,Bad,1\n", siren(4)),
    );
    env.unchanged(|| refused(&import(admin, "clients", &bad, &[]), 8));
    admin.fails(
        &["clients", "add", &siren(2), "--name", "Deux", "-p", "1"],
        7,
    );
    assert_eq!(counts(), [(1, 1), (2, 3)]);
}

on_both_backends!(
    portfolio_counts_follow_every_change,
    line_numbers_as_people_count_them_with_crlf_and_blank_lines,
    a_utf8_error_names_the_column,
    r6_a_dry_or_refused_run_shows_no_activation_code,
    a_login_with_two_emails_in_one_file_is_refused,
    the_report_is_private_and_never_the_input,
    r8_clients_import_then_the_same_file_again_changes_nothing,
    r11_one_audit_entry_per_created_row_plus_one_for_the_run,
    bad_rows_at_the_start_middle_and_end_are_all_reported_and_nothing_is_written,
    a_file_with_only_a_header_an_empty_file_and_a_missing_column,
    r8_a_company_twice_in_the_file_is_an_error_naming_the_first_line,
    a_semicolon_file_with_bom_crlf_quotes_and_spaced_identifiers,
    cells_padded_with_spaces_and_tabs_are_read_without_them,
    windows_1252_names_with_encoding_and_a_clear_error_without,
    r8_a_client_of_another_portfolio_fails_unless_moved,
    r10_a_bulk_run_sends_one_message_per_person,
    clients_list_csv_round_trips_through_import,
    dry_run_writes_nothing_and_json_lists_every_row,
    r2_only_administrators_import,
    r6_subscriber_import_creates_accounts_and_keeps_their_codes_in_the_report,
    subscriber_rows_that_cannot_be_right_are_refused,
);

// ---- interrupted runs -------------------------------------------------------------------------

fn big_csv(from: u32, n: u32) -> String {
    (from..from + n)
        .map(|i| format!("{},Client {i} SARL,{}\n", siren(i), i % 2 + 1))
        .collect()
}

/// Starts `clients import -` on the admin's profile, its input to be written by the test.
fn import_from_stdin(env: &Env, extra: &[&str]) -> (std::process::Child, std::process::ChildStdin) {
    let mut args = vec!["clients", "import", "-"];
    args.extend_from_slice(extra);
    let mut child = env
        .admin()
        .std_cmd_with(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    (child, stdin)
}

/// Until `holder` holds the write lock of `env`'s file, which proves it is inside a write
/// transaction; the test fails if it ends first.
fn wait_for_the_write_lock(env: &Env, holder: &mut std::process::Child, what: &str) {
    let probe = env.write_lock_probe();
    wait_until(what, Duration::from_secs(30), || {
        assert!(
            holder.try_wait().unwrap().is_none(),
            "{what}: it ended before it was seen holding the write lock"
        );
        probe.held()
    });
}

fn audited_run_rows(env: &Env) -> i64 {
    env.sql()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'client.add' AND detail LIKE '%(run %'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// The run is one transaction, which it opens before it reads its rows: fed most of a
/// large file and then kept waiting, it holds the write lock when it is killed. The
/// space is exactly as before, and SQLite finds nothing wrong.
#[test]
fn local_a_run_killed_half_way_leaves_the_space_as_before() {
    let env = firm(Backend::Local);
    let before = env.snapshot();
    let (mut child, mut stdin) = import_from_stdin(&env, &[]);
    stdin.write_all(b"siren,name,portfolio\n").unwrap();
    // Far more than a pipe holds: when this returns, the run has taken in most of it.
    stdin.write_all(big_csv(1000, 40_000).as_bytes()).unwrap();
    wait_for_the_write_lock(&env, &mut child, "the run inside its transaction");
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    drop(stdin);
    assert_eq!(before, env.snapshot(), "a killed run left data behind");
    assert_eq!(env.integrity(), "ok");
}

/// Over HTTP each batch is one transaction: a client killed between batches leaves whole
/// batches, each with its audit entries (R11), and never part of one.
#[test]
fn remote_a_run_killed_between_batches_leaves_whole_batches() {
    const BATCH: i64 = urssaf_admin::contract::BATCH as i64;
    let env = firm(Backend::Remote);
    let clients_before = env.count("clients");
    let (mut child, mut stdin) = import_from_stdin(&env, &["--skip-invalid"]);
    stdin.write_all(b"siren,name,portfolio\n").unwrap();
    stdin.write_all(big_csv(5000, 1500).as_bytes()).unwrap();
    stdin.flush().unwrap();
    // The first batch is written; the rest waits for the end of the input.
    wait_until("the first batch", Duration::from_secs(20), || {
        env.count("clients") >= clients_before + BATCH
    });
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    assert_eq!(env.count("clients"), clients_before + BATCH);
    assert_eq!(audited_run_rows(&env), BATCH);
    assert_eq!(env.integrity(), "ok");
}

/// The server killed while it writes a batch (it holds the write lock of its file): that
/// batch leaves nothing, the ones before stay whole with their audit entries (R11), and
/// the command says how many rows were written.
#[test]
fn remote_a_server_killed_inside_a_batch_leaves_whole_batches() {
    const BATCH: u32 = urssaf_admin::contract::BATCH as u32;
    let mut env = firm(Backend::Remote);
    let clients_before = env.count("clients");
    let written = |batches: u32| clients_before + i64::from(batches * BATCH);
    let (child, mut stdin) = import_from_stdin(&env, &["--skip-invalid"]);
    stdin.write_all(b"siren,name,portfolio\n").unwrap();
    stdin.write_all(big_csv(5000, BATCH).as_bytes()).unwrap();
    stdin.flush().unwrap();
    wait_until("the first batch", Duration::from_secs(20), || {
        env.count("clients") == written(1)
    });
    let probe = env.write_lock_probe();
    assert!(!probe.held(), "the server is idle between batches");
    // One whole batch at a time: the command sends it at once. A batch written between
    // two looks is followed by another, until one is caught under way.
    let mut sent = 1;
    let mut server = env.server.take().unwrap();
    wait_until("the server inside a batch", Duration::from_secs(60), || {
        assert!(
            server.child.try_wait().unwrap().is_none(),
            "the server stopped"
        );
        if probe.held() {
            return true;
        }
        if sent == 1 || env.count("clients") == written(sent) {
            assert!(sent < 10, "no batch was ever seen under way");
            let rows = big_csv(5000 + sent * BATCH, BATCH);
            stdin.write_all(rows.as_bytes()).unwrap();
            stdin.flush().unwrap();
            sent += 1;
        }
        false
    });
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(10), "{err}");
    let before_it = sent - 1;
    assert!(
        err.contains(&format!("{before_it},000 rows were written before")),
        "{err}"
    );
    assert_eq!(env.count("clients"), written(before_it), "whole batches");
    assert_eq!(audited_run_rows(&env), i64::from(before_it * BATCH));
    assert_eq!(env.integrity(), "ok");
}

/// Validation first over HTTP too: a bad row in the last batch, and no batch is written.
#[test]
fn remote_a_bad_row_in_the_last_batch_writes_no_batch() {
    let env = firm(Backend::Remote);
    let mut csv = format!("siren,name,portfolio\n{}", big_csv(9000, 2500));
    csv.push_str(&format!("{},Nowhere,42\n", siren(20_000)));
    let path = file(&env, "late.csv", csv);
    let out = env.unchanged(|| import(env.admin(), "clients", &path, &[]));
    let err = refused(&out, 8);
    assert!(
        err.contains("line 2502, portfolio: portfolio 42 does not exist"),
        "{err}"
    );
}

/// In a pipe, no progress bar: stderr is the summary line alone.
#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let env = firm(Backend::Local);
    let path = file(
        &env,
        "p.csv",
        format!("siren,name,portfolio\n{}", big_csv(30_000, 3000)),
    );
    let err = succeeded(&import(env.admin(), "clients", &path, &[]));
    assert_eq!(err, "3,000 created, 0 moved, 0 skipped, 0 failed\n");
}

/// At a terminal, the progress of a long run shows on stderr, then the summary.
#[test]
fn a_progress_bar_at_a_terminal() {
    let env = firm(Backend::Local);
    let path = file(
        &env,
        "big.csv",
        format!("siren,name,portfolio\n{}", big_csv(40_000, 60_000)),
    );
    let mut cmd = env
        .admin()
        .std_cmd_with(&["clients", "import", path.to_str().unwrap()]);
    cmd.env("TERM", "xterm");
    let mut p = pty_with_timeout(cmd, 60_000);
    // "512.00 KiB/1.72 MiB": bytes read of the file's size.
    p.exp_regex(r"[0-9.]+ [KM]iB/1\.72 MiB").unwrap();
    p.exp_string("60,000 created, 0 moved, 0 skipped, 0 failed")
        .unwrap();
    p.exp_eof().unwrap();
}
