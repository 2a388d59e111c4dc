//! The sheet's story in French and in English: the language follows the locale (LC_ALL,
//! LC_MESSAGES, LANG), `URSSAF_ADMIN_LANG` and `--lang`; prompts, errors, table headers,
//! dates, SIRENs and counts are the language's; JSON and CSV stay the same.

use std::process::Output;

use rexpect::session::spawn_command;

use crate::prompts::{bytes, exit_code};
use crate::support::*;

const FR: &str = "fr_FR.UTF-8";
const EN: &str = "en_GB.UTF-8";

/// A command run under a locale, as a person's shell would have it.
fn run_in(who: &As, locale: &str, args: &[&str]) -> Output {
    who.cmd().env("LANG", locale).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok_in(who: &As, locale: &str, args: &[&str]) -> Output {
    let o = run_in(who, locale, args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    o
}

fn fails_in(who: &As, locale: &str, args: &[&str], code: i32) -> String {
    let o = run_in(who, locale, args);
    assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
    assert!(o.stdout.is_empty(), "an error prints no data");
    stderr(&o)
}

/// R4 on a real terminal: the question in the language, answered in it.
fn create_answering(env: &Env, locale: &str, question: &str, answer: &str) -> (i32, String) {
    let mut cmd = env.admin().std_cmd_with(&["portfolio", "create"]);
    cmd.env("LANG", locale);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string(&bytes(question)).unwrap();
    p.send_line(answer).unwrap();
    p.flush().unwrap();
    let rest = p.exp_eof().unwrap();
    let code = exit_code(p.process().wait().unwrap());
    // Back from one char per byte to the text.
    let rest =
        String::from_utf8_lossy(&rest.chars().map(|c| c as u8).collect::<Vec<_>>()).into_owned();
    (code, rest)
}

/// One language's words for the story.
struct Words {
    locale: &'static str,
    question: String,
    yes: &'static str,
    no: &'static str,
    created: String,
    cancelled: String,
    bad_siren: String,
    bad_siren_hint: String,
    no_portfolio: String,
    clients_header: String,
    portfolios_header: String,
    date: &'static str,
    account_created: String,
    subscribed: String,
    not_yours: String,
}

fn french() -> Words {
    Words {
        locale: FR,
        question: fr(&format!(
            "Créer un nouveau portefeuille pour {FIRM} ? [o/N]"
        )),
        yes: "oui",
        no: "non",
        created: fr(&format!("Portefeuille 1 créé (tiers déclarant : {FIRM}).")),
        cancelled: fr("annulé : rien n'a été modifié"),
        bad_siren: fr(
            "erreur : SIREN/SIRET « 356000001 » invalide : la clé de contrôle du SIREN (Luhn) est fausse",
        ),
        bad_siren_hint: fr("astuce : Un SIREN a 9 chiffres, un SIRET 14"),
        no_portfolio: fr("erreur : le portefeuille 9 n'existe pas"),
        clients_header: fr("SIREN\tSIRET\tNom\tPortefeuille"),
        portfolios_header: fr("Numéro\tTiers déclarant\tCréé le\tClients\tAbonnés"),
        date: "%d/%m/%Y",
        account_created: fr("Compte bob créé. Code d'activation"),
        subscribed: fr("bob est abonné au portefeuille 1."),
        not_yours: fr("erreur : accès refusé : vous n'avez pas d'abonnement au portefeuille 2"),
    }
}

fn english() -> Words {
    Words {
        locale: EN,
        question: format!("Create a new portfolio for {FIRM}? [y/N]"),
        yes: "y",
        no: "n",
        created: format!("Created portfolio 1 (tiers déclarant: {FIRM})."),
        cancelled: "cancelled: nothing was changed".into(),
        bad_siren: "error: invalid SIREN/SIRET '356000001': the SIREN checksum (Luhn) fails".into(),
        bad_siren_hint: "hint: A SIREN has 9 digits, a SIRET 14".into(),
        no_portfolio: "error: portfolio 9 does not exist".into(),
        clients_header: "SIREN\tSIRET\tName\tPortfolio".into(),
        portfolios_header: "Number\tTiers déclarant\tCreated\tClients\tSubscribers".into(),
        date: "%Y-%m-%d",
        account_created: "Created the account bob. Activation code".into(),
        subscribed: "Subscribed bob to portfolio 1.".into(),
        not_yours: "error: permission denied: you are not subscribed to portfolio 2".into(),
    }
}

fn the_story_in(b: Backend, w: Words) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    let l = w.locale;

    // R4: asked in the language; "no" in the language changes nothing.
    let (code, out) = env.unchanged(|| create_answering(&env, l, &w.question, w.no));
    assert_eq!(code, 3, "{out}");
    assert!(out.contains(&w.cancelled), "{out}");
    let (code, out) = create_answering(&env, l, &w.question, w.yes);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(&w.created), "{out}");
    ok_in(&admin, l, &["portfolio", "create", "--yes"]);

    // R3: a malformed SIREN, told in the language, with its hint; nothing written.
    let err = env.unchanged(|| {
        fails_in(
            &admin,
            l,
            &["clients", "add", "356000001", "--name", "X", "-p", "1"],
            8,
        )
    });
    assert!(err.contains(&w.bad_siren), "{err}");
    assert!(err.contains(&w.bad_siren_hint), "{err}");
    let err = fails_in(
        &admin,
        l,
        &["clients", "add", "356000000", "--name", "X", "-p", "9"],
        6,
    );
    assert!(err.contains(&w.no_portfolio), "{err}");

    ok_in(
        &admin,
        l,
        &[
            "clients",
            "add",
            "356000000",
            "--name",
            "La Poste",
            "-p",
            "1",
        ],
    );
    ok_in(
        &admin,
        l,
        &[
            "clients",
            "add",
            "20003452800014",
            "--name",
            "INSEE",
            "-p",
            "2",
        ],
    );

    // Headers in the language, dates in its order; in a pipe, identifiers as plain digits.
    let table = stdout(&ok_in(&admin, l, &["clients", "list"]));
    assert!(table.starts_with(&w.clients_header), "{table}");
    assert!(table.contains("356000000\t\tLa Poste\t1"), "{table}");
    assert!(
        table.contains("200034528\t20003452800014\tINSEE\t2"),
        "{table}"
    );
    let table = stdout(&ok_in(&admin, l, &["portfolio", "list"]));
    assert!(table.starts_with(&w.portfolios_header), "{table}");
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .strftime(w.date)
        .to_string();
    assert!(
        table.contains(&format!("\t{today} ")),
        "no {today} in {table}"
    );

    // JSON and CSV are the same in every language: an interface.
    let json: serde_json::Value =
        serde_json::from_slice(&ok_in(&admin, l, &["-o", "json", "portfolio", "list"]).stdout)
            .unwrap();
    assert_eq!(json[0]["number"], 1);
    assert!(json[0]["created_at"].as_str().unwrap().ends_with('Z'));
    let csv = stdout(&ok_in(&admin, l, &["-o", "csv", "clients", "list"]));
    assert!(
        csv.starts_with("siren,siret,name,portfolio,vat_number,created_at\n356000000,,La Poste,1,"),
        "{csv}"
    );

    // A collaborator, told in the language; they see only their portfolio (R7).
    let err = stdout(&ok_in(
        &admin,
        l,
        &[
            "subscriber",
            "add",
            "-p",
            "1",
            "bob",
            "--email",
            "bob@cabinet.fr",
        ],
    ));
    assert!(err.contains(&w.account_created), "{err}");
    ok_in(
        &admin,
        l,
        &["subscriber", "remove", "-p", "1", "bob", "--yes"],
    );
    let err = stdout(&ok_in(&admin, l, &["subscriber", "add", "-p", "1", "bob"]));
    assert!(err.contains(&w.subscribed), "{err}");
    let code = env
        .sql()
        .query_row(
            "SELECT count(*) FROM activation_codes a JOIN users u ON u.id = a.user_id WHERE u.login = 'bob'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap();
    assert_eq!(code, 1);
}

fn the_sheet_story_in_french(b: Backend) {
    the_story_in(b, french());
}

fn the_sheet_story_in_english(b: Backend) {
    the_story_in(b, english());
}

/// R7 and R2 refusals read in the language too; over HTTP the server answers in the
/// language the client asks for (Accept-Language), whatever its own.
fn permission_errors_in_both_languages(b: Backend) {
    let env = Env::with_space_on(b);
    env.admin().ok(&["portfolio", "create", "--yes"]);
    env.admin().ok(&["portfolio", "create", "--yes"]);
    env.onboard("bob", 1, BOB_PW);
    let bob = env.user("bob");
    for w in [french(), english()] {
        let err = fails_in(&bob, w.locale, &["clients", "list", "-p", "2"], 5);
        assert!(err.contains(&w.not_yours), "{err}");
    }
}

/// `--lang` beats URSSAF_ADMIN_LANG, which beats LC_ALL, LC_MESSAGES and LANG, in that
/// order; an empty variable does not count.
fn the_language_is_chosen_in_the_documented_order(_: Backend) {
    let env = Env::with_space();
    let admin = env.admin();
    let not_found = ["portfolio", "show", "9"];
    let said = |vars: &[(&str, &str)], extra: &[&str]| {
        let mut cmd = admin.cmd();
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let o = cmd.args(extra).args(not_found).output().unwrap();
        assert_eq!(o.status.code(), Some(6));
        let err = stderr(&o);
        if err.starts_with("erreur\u{a0}: ") {
            "fr"
        } else if err.starts_with("error: ") {
            "en"
        } else {
            panic!("neither language: {err}")
        }
    };
    assert_eq!(said(&[], &[]), "en");
    assert_eq!(said(&[("LANG", "fr_FR.UTF-8")], &[]), "fr");
    assert_eq!(said(&[("LANG", "fr_CA")], &[]), "fr");
    assert_eq!(said(&[("LANG", "de_DE.UTF-8")], &[]), "en");
    assert_eq!(
        said(
            &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")],
            &[]
        ),
        "en"
    );
    assert_eq!(
        said(
            &[("LC_MESSAGES", "en_US.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")],
            &[]
        ),
        "fr"
    );
    assert_eq!(said(&[("LC_ALL", ""), ("LANG", "fr_FR.UTF-8")], &[]), "fr");
    assert_eq!(
        said(&[("LANG", "en_US.UTF-8"), ("URSSAF_ADMIN_LANG", "fr")], &[]),
        "fr"
    );
    assert_eq!(
        said(&[("URSSAF_ADMIN_LANG", "fr")], &["--lang", "en"]),
        "en"
    );
    assert_eq!(said(&[("LANG", "C")], &["--lang=fr"]), "fr");
}

/// Counts in summaries take the language's thousands separator: "1,200" or "1 200"
/// (a narrow no-break space, as French typography has it).
fn import_summaries_group_thousands_the_languages_way(b: Backend) {
    let env = Env::with_space_on(b);
    env.admin().ok(&["portfolio", "create", "--yes"]);
    let mut csv = String::from("siren,name,portfolio\n");
    for i in 0..1200 {
        csv.push_str(&format!("{},Client {i},1\n", crate::import::siren(i)));
    }
    let path = env.path().join("clients.csv");
    std::fs::write(&path, csv).unwrap();
    let path = path.to_str().unwrap();
    let fr = stderr(&ok_in(
        &env.admin(),
        FR,
        &["clients", "import", path, "--dry-run"],
    ));
    assert!(
        fr.contains(&super::support::fr(
            "Simulation : 1\u{202f}200 à créer, 0 à déplacer, 0 ignoré, 0 en échec ; rien n'a été écrit"
        )),
        "{fr}"
    );
    let en = stderr(&ok_in(&env.admin(), EN, &["clients", "import", path]));
    assert!(
        en.contains("1,200 created, 0 moved, 0 skipped, 0 failed"),
        "{en}"
    );
    let fr = stderr(&ok_in(&env.admin(), FR, &["clients", "import", path]));
    assert!(
        fr.contains("0 créé, 0 déplacé, 1\u{202f}200 ignorés, 0 en échec"),
        "{fr}"
    );
}

/// R10: notifications are written in the space's language, whatever the language of
/// the person who makes the change; a space takes its creator's language.
fn notifications_speak_the_spaces_language(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    env.onboard("bob", 1, BOB_PW);
    let info = admin.json(&["settings", "show"]);
    assert_eq!(
        info["language"], "en",
        "the test space was created in English"
    );

    let out = stdout(&ok_in(&admin, FR, &["settings", "set", "language", "fr"]));
    assert!(
        out.contains(&fr("Langue des notifications : français.")),
        "{out}"
    );
    assert_eq!(admin.json(&["settings", "show"])["language"], "fr");
    // An administrator working in English; bob is told in French.
    ok_in(
        &admin,
        EN,
        &[
            "clients",
            "add",
            "356000000",
            "--name",
            "La Poste",
            "-p",
            "1",
        ],
    );
    let last = latest_client_notice(&env);
    assert_eq!(
        last["subject"],
        fr("Clients : ajout de La Poste (356 000 000) au portefeuille 1")
    );
    assert!(
        last["body"]
            .as_str()
            .unwrap()
            .contains("alice a ajouté La Poste (356 000 000) au portefeuille 1."),
        "{last}"
    );

    ok_in(&admin, FR, &["settings", "set", "language", "en"]);
    ok_in(
        &admin,
        FR,
        &["clients", "add", "380129866", "--name", "Orange", "-p", "1"],
    );
    let last = latest_client_notice(&env);
    assert_eq!(
        last["subject"],
        "Clients: added Orange (380 129 866) to portfolio 1"
    );
    // Refused values change nothing.
    env.unchanged(|| admin.fails(&["settings", "set", "language", "de"], 2));
}

/// Bob's newest change about a client (his waiting message gathers them), as
/// `{"subject": ...}`.
fn latest_client_notice(env: &Env) -> serde_json::Value {
    let mail = env.user("bob").json(&["notifications", "list"]);
    let newest = mail
        .as_array()
        .unwrap()
        .iter()
        // Newest message first; in one, the newest change last.
        .flat_map(|m| {
            m["changes"]
                .as_array()
                .unwrap()
                .iter()
                .rev()
                .map(move |c| (c.as_str().unwrap().to_string(), m["body"].clone()))
        })
        .find(|(s, _)| s.starts_with("Clients"));
    let (subject, body) = newest.unwrap_or_else(|| panic!("no notice about a client in {mail}"));
    serde_json::json!({ "subject": subject, "body": body })
}

#[test]
fn a_space_created_in_french_notifies_in_french() {
    let env = Env::new();
    env.bare()
        .env("LANG", FR)
        .args([
            "init", "--siren", FIRM_SIREN, "--name", FIRM, "--admin", "alice",
        ])
        .args(["--email", "alice@cabinet.fr", "--password-stdin"])
        .write_stdin(format!("{ADMIN_PW}\n"))
        .assert()
        .success()
        .stdout(predicates::str::contains(format!(
            "Espace de {FIRM} (SIREN 732 829 320) créé"
        )));
    env.admin().login("alice", ADMIN_PW);
    assert_eq!(env.admin().json(&["settings", "show"])["language"], "fr");
}

crate::on_both_backends!(
    the_sheet_story_in_french,
    the_sheet_story_in_english,
    permission_errors_in_both_languages,
    import_summaries_group_thousands_the_languages_way,
    notifications_speak_the_spaces_language,
);

#[test]
fn the_language_is_chosen_in_the_documented_order_locally() {
    the_language_is_chosen_in_the_documented_order(Backend::Local);
}
