//! completions/ and man/ are generated from the command tree and committed. This test
//! fails when they drift; URSSAF_ADMIN_UPDATE_GENERATED=1 rewrites them instead.

use std::path::Path;

use urssaf_admin::cli::generate;

fn check(path: &Path, expected: &[u8], stale: &mut Vec<String>) {
    if std::env::var_os("URSSAF_ADMIN_UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
    } else if std::fs::read(path).ok().as_deref() != Some(expected) {
        stale.push(path.display().to_string());
    }
}

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for shell in generate::SHELLS {
        let path = root
            .join("completions")
            .join(generate::completion_file(shell));
        check(&path, generate::completion(shell).as_bytes(), &mut stale);
    }
    // man/ in English, man/fr/ in French, with the same file names.
    for (lang, dir) in generate::MAN_LANGUAGES {
        let dir = root.join("man").join(dir);
        let pages = generate::man_pages_in(lang);
        assert!(pages.iter().any(|(name, _)| name == "urssaf-admin.1"));
        assert!(
            pages
                .iter()
                .any(|(name, _)| name == "urssaf-admin-portfolio-create.1")
        );
        for (name, bytes) in &pages {
            check(&dir.join(name), bytes, &mut stale);
        }
        // No page left behind for a command that no longer exists.
        if std::env::var_os("URSSAF_ADMIN_UPDATE_GENERATED").is_none() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let name = entry.unwrap().file_name().to_string_lossy().to_string();
                if name.ends_with(".1") && !pages.iter().any(|(n, _)| *n == name) {
                    stale.push(format!("{}/{name} (no such command)", dir.display()));
                }
            }
        }
    }
    assert_eq!(
        generate::man_pages(),
        generate::man_pages_in(urssaf_admin::i18n::Lang::En)
    );
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}\nRegenerate with: URSSAF_ADMIN_UPDATE_GENERATED=1 cargo test --test cli generated"
    );
}

#[test]
fn the_completions_command_prints_the_committed_script() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_urssaf-admin"))
        .args(["completions", "zsh"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        out.stdout,
        generate::completion(clap_complete::Shell::Zsh).as_bytes()
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("#compdef urssaf-admin"));
}

/// Every page, English and French, passes `mandoc -T lint` without an error or a
/// warning.
#[test]
fn man_pages_pass_mandoc_lint() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (_, dir) in generate::MAN_LANGUAGES {
        let pages: Vec<_> = std::fs::read_dir(root.join("man").join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "1"))
            .collect();
        assert!(pages.len() > 30, "{pages:?}");
        let out = std::process::Command::new("mandoc")
            .args(["-T", "lint", "-W", "warning"])
            .args(&pages)
            .output()
            .expect("mandoc is installed by .ci/install-deps");
        let report = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && report.is_empty(), "{report}");
    }
    // The sections the issue asks for, in each language.
    let has = |page: &str, sections: &[&str]| {
        let text = std::fs::read_to_string(root.join("man").join(page)).unwrap();
        for section in sections {
            assert!(
                text.contains(&format!(".SH \"{section}\"\n"))
                    || text.contains(&format!(".SH {section}\n")),
                "{section} not in man/{page}"
            );
        }
        text
    };
    has(
        "urssaf-admin.1",
        &["NAME", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"],
    );
    let french = has(
        "fr/urssaf-admin.1",
        &[
            "NOM",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS GLOBALES",
            "SOUS-COMMANDES",
            "CODE DE RETOUR",
            "ENVIRONNEMENT",
            "FICHIERS",
            "EXEMPLES",
        ],
    );
    for english in [
        "[default:",
        "Possible values",
        "Print help",
        ".SH NAME",
        "Exit status",
    ] {
        assert!(
            !french.contains(english),
            "{english} in man/fr/urssaf-admin.1"
        );
    }
    let create = has(
        "fr/urssaf-admin-portfolio-create.1",
        &[
            "NOM",
            "OPTIONS",
            "OPTIONS GLOBALES",
            "CODE DE RETOUR",
            "VOIR AUSSI",
        ],
    );
    assert!(create.contains("Créer un nouveau portefeuille"), "{create}");
    assert!(create.contains("[par défaut\u{a0}: table]"), "{create}");
    assert!(
        create.contains("\\fIValeurs possibles\u{a0}:\\fR"),
        "{create}"
    );
    // The files of a profile, in the words of the page.
    assert!(
        french.contains("$XDG_CACHE_HOME/urssaf\\-admin/PROFIL.db")
            && french.contains("credentials/PROFIL.token")
            && !french.contains("PROFILE."),
        "{french}"
    );
}

fn run(env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    crate::support::Env::new()
        .bare_std()
        .envs(env.iter().copied())
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The help follows --lang, then the locale; command and flag names never change.
#[test]
fn help_speaks_the_chosen_language() {
    let out = run(&[], &["--lang", "fr", "--help"]);
    assert!(out.status.success());
    let help = stdout(&out);
    for words in [
        "Gérer l'espace Urssaf d'un cabinet comptable",
        "Utilisation\u{a0}: urssaf-admin [OPTIONS] <COMMANDE>",
        "Commandes\u{a0}:",
        "Options globales\u{a0}:",
        "Afficher l'aide",
        "Codes de retour\u{a0}:",
        "Environnement\u{a0}:",
        // Names are what people type: the same in French.
        "  portfolio ",
        "  subscriber ",
        "--output <FORMAT>",
        "--no-input",
    ] {
        assert!(help.contains(words), "{words:?} not in:\n{help}");
    }
    assert!(
        !help.contains("Usage:") && !help.contains("Print help"),
        "{help}"
    );

    let out = run(
        &[("LANG", "fr_FR.UTF-8")],
        &["portfolio", "create", "--help"],
    );
    assert!(out.status.success());
    let help = stdout(&out);
    for words in [
        "Créer un nouveau portefeuille",
        "Utilisation\u{a0}: urssaf-admin portfolio create [OPTIONS]",
        "Options\u{a0}:",
        "  -y, --yes",
        "      --dry-run",
        "[par défaut\u{a0}: table]",
        "Valeurs possibles\u{a0}:",
    ] {
        assert!(help.contains(words), "{words:?} not in:\n{help}");
    }
    // The same through `help`.
    let out = run(&[("LANG", "fr_FR.UTF-8")], &["help", "portfolio", "create"]);
    assert_eq!(stdout(&out), help);
    let out = run(&[("URSSAF_ADMIN_LANG", "fr")], &["help", "exit-codes"]);
    assert!(stdout(&out).starts_with("Codes de retour\u{a0}:\n  0   succès\n"));

    // --lang wins over the locale.
    let out = run(
        &[("LANG", "fr_FR.UTF-8")],
        &["--lang", "en", "portfolio", "create", "--help"],
    );
    assert!(out.status.success());
    let help = stdout(&out);
    for words in [
        "Create a new portfolio",
        "Usage: urssaf-admin portfolio create [OPTIONS]",
        "Options:",
        "[default: table]",
        "Print help",
    ] {
        assert!(help.contains(words), "{words:?} not in:\n{help}");
    }
    let out = run(&[], &["help", "exit-codes"]);
    assert!(stdout(&out).starts_with("Exit status:\n  0   success\n"));
}

/// clap's own errors in French: exit 2, `erreur : …`, the usage and where to learn more.
#[test]
fn command_line_errors_speak_french() {
    let out = run(
        &[("LANG", "fr_FR.UTF-8")],
        &["portfolio", "create", "--frobnicate"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("erreur\u{a0}: argument inattendu «\u{a0}--frobnicate\u{a0}»"),
        "{err}"
    );
    assert!(
        err.contains("Utilisation\u{a0}: urssaf-admin portfolio create [OPTIONS]"),
        "{err}"
    );
    assert!(
        err.contains("Pour plus d'informations, essayez «\u{a0}--help\u{a0}»."),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let out = run(&[], &["--lang", "fr", "-o", "jsn", "portfolio", "list"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(
            "erreur\u{a0}: valeur «\u{a0}jsn\u{a0}» invalide pour «\u{a0}--output <FORMAT>\u{a0}»"
        ),
        "{err}"
    );
    assert!(
        err.contains("[valeurs possibles\u{a0}: table, json, csv]"),
        "{err}"
    );
    assert!(
        err.contains("astuce\u{a0}: une valeur proche existe\u{a0}: «\u{a0}json\u{a0}»"),
        "{err}"
    );

    // A value checked by the tool itself: its reason in French too.
    let out = run(&[], &["--lang", "fr", "portfolio", "show", "0"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(
            "erreur\u{a0}: valeur «\u{a0}0\u{a0}» invalide pour «\u{a0}<NUMÉRO>\u{a0}»\u{a0}: "
        ),
        "{err}"
    );

    // The values the tool checks itself (numbers, addresses): why, in French.
    for (args, why) in [
        (
            &["clients", "list", "--limit", "0"][..],
            "«\u{a0}--limit <NOMBRE>\u{a0}»\u{a0}: donnez un nombre entier à partir de 1\n",
        ),
        (
            &["audit", "list", "-n", "x"],
            "«\u{a0}--limit <NOMBRE>\u{a0}»\u{a0}: donnez un nombre entier à partir de 1\n",
        ),
        (
            &["notifications", "list", "-n", "0"],
            "«\u{a0}--limit <NOMBRE>\u{a0}»\u{a0}: donnez un nombre entier à partir de 1\n",
        ),
        (
            &["serve", "--listen", "nope"],
            "«\u{a0}--listen <ADRESSE>\u{a0}»\u{a0}: donnez une adresse et un port, comme 127.0.0.1:8080\n",
        ),
    ] {
        let out = run(&[("URSSAF_ADMIN_LANG", "fr")], args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("erreur\u{a0}: valeur «\u{a0}"), "{err}");
        assert!(err.contains(why), "{args:?}: {err}");
    }

    // A word that is not UTF-8: in French too.
    use std::os::unix::ffi::OsStrExt;
    let out = crate::support::Env::new()
        .bare_std()
        .env("URSSAF_ADMIN_LANG", "fr")
        .arg("clients")
        .arg("add")
        .arg(std::ffi::OsStr::from_bytes(b"\xff"))
        .args(["-p", "1", "--name", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("erreur\u{a0}: un ou plusieurs arguments ne sont pas de l'UTF-8 valide"),
        "{err}"
    );
    assert!(
        err.contains("Utilisation\u{a0}: urssaf-admin clients add ")
            && err.ends_with("Pour plus d'informations, essayez «\u{a0}--help\u{a0}».\n"),
        "{err}"
    );

    // In English, clap's own words.
    let out = run(&[], &["portfolio", "create", "--frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: unexpected argument '--frobnicate' found"),
        "{err}"
    );
    assert!(err.contains("For more information, try '--help'."), "{err}");
}

/// French punctuation stays on its line when the help wraps: no-break spaces before
/// « : » and inside « », narrow ones before ; ? !.
#[test]
fn wrapped_french_help_keeps_punctuation_on_its_line() {
    for columns in ["40", "60"] {
        for args in [
            &["--lang", "fr", "activate", "--help"][..],
            &["--lang", "fr", "--help"],
            &["--lang", "fr", "subscriber", "import", "--help"],
        ] {
            let out = run(&[("COLUMNS", columns)], args);
            assert!(out.status.success());
            let help = stdout(&out);
            assert!(help.contains("\u{a0}:"), "{help}");
            for line in help.lines() {
                assert!(
                    !line
                        .trim_start_matches(' ')
                        .starts_with([':', ';', '?', '!', '»'])
                        && !line.ends_with('«'),
                    "{args:?} at {columns} columns: {line:?}\n{help}"
                );
            }
        }
    }
}
