//! The catalogues against the command tree and the code.

use super::errors::suggestion_text;
use super::*;

const LANGS: [Lang; 2] = [Lang::En, Lang::Fr];

/// The tree as src/cli/ writes it (no words: they are in the catalogues), built.
fn bare() -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    cmd
}

/// Every command of `cmd`, with its path.
fn all(cmd: &Command) -> Vec<(Vec<String>, Command)> {
    fn walk(cmd: &Command, path: Vec<String>, out: &mut Vec<(Vec<String>, Command)>) {
        out.push((path.clone(), cmd.clone()));
        for sub in cmd.get_subcommands() {
            let mut path = path.clone();
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
        }
    }
    let mut out = Vec::new();
    walk(cmd, Vec::new(), &mut out);
    out
}

fn find(cmd: &Command, path: &[String]) -> Command {
    path.iter().fold(cmd.clone(), |c, name| {
        c.find_subcommand(name)
            .unwrap_or_else(|| panic!("no {name}"))
            .clone()
    })
}

/// A command or an argument without its words in one language would be shown in
/// the other one, or not explained at all.
#[test]
fn every_command_and_argument_has_its_words_in_both_languages() {
    let mut missing = Vec::new();
    for lang in LANGS {
        let mut need = |id: String| {
            if get(lang, &id).is_none() {
                missing.push(format!("{lang:?}: {id}"));
            }
        };
        need("topic-exit-codes".into());
        need("topic-environment".into());
        for (path, cmd) in all(&bare()) {
            need(command_key(&path));
            for arg in cmd.get_arguments().filter(|a| !is_help_flag(a)) {
                let Some(key) = arg_key(lang, &path, arg) else {
                    let id = arg.get_id().as_str().replace('_', "-");
                    need(format!("arg-{}-{id}", path.join("-")));
                    continue;
                };
                let values = arg.get_possible_values();
                if values
                    .iter()
                    .any(|pv| get(lang, &format!("{key}.value-{}", pv.get_name())).is_some())
                {
                    for pv in &values {
                        need(format!("{key}.value-{}", pv.get_name()));
                    }
                    assert!(
                        translated_parser(arg, values.clone()).is_some(),
                        "{}: add its value enum to translated_parser",
                        arg.get_id()
                    );
                }
                if takes_values(arg) {
                    for name in arg.get_value_names().unwrap_or_default() {
                        need(value_name_key(name));
                    }
                }
            }
        }
    }
    missing.dedup();
    assert!(missing.is_empty(), "not in locales/*/cli.ftl: {missing:#?}");
}

/// The French help is laid out by this module: in English, that layout must be
/// clap's own, letter for letter (but for the spaces that end blank lines, which
/// clap does not put before a list of possible values, and the indentation of a
/// possible value's help when it wraps: here nothing wraps).
#[test]
fn the_own_layout_is_claps() {
    let clap = command(Lang::En);
    let own = tree(Lang::En, Specs::Own);
    let text = |s: StyledStr| {
        s.to_string()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (path, _) in all(&clap) {
        let (mut c, mut o) = (
            find(&clap, &path).term_width(1000),
            find(&own, &path).term_width(1000),
        );
        assert_eq!(
            text(o.render_help()),
            text(c.render_help()),
            "-h of {path:?}"
        );
        assert_eq!(
            text(o.render_long_help()),
            text(c.render_long_help()),
            "--help of {path:?}"
        );
    }
}

const MISTAKES: &[&[&str]] = &[
    &["portfolio", "create", "--frobnicate"],
    &["portfolio", "create", "--dry-ru"],
    &["portfoli"],
    &["-o", "jsn", "portfolio", "list"],
    &["--output"],
    &["portfolio", "show", "0"],
    &["portfolio", "show"],
    &["clients", "add"],
    &["--db", "x", "--api-url", "y", "portfolio", "list"],
    &["portfolio", "create", "--yes", "--yes"],
    &["--", "portfolio"],
    &["completions", "zsh", "bash"],
    &["settings", "set", "language", "de"],
    &["admin", "add", "--frobnicate"],
    &["admin", "add", "-z"],
    &["portfolio", "--dry-run", "create"],
    &["clients", "list", "--limit", "0"],
    &["clients", "list", "-n", "x"],
    &["audit", "list", "-n", "-1"],
    &["audit", "list", "--limit", "99999999999999999999"],
    &["notifications", "list", "-n", "0"],
    &["notifications", "list", "--limit", "ten"],
    &["serve", "--listen", "nope"],
    &["serve", "--listen", "127.0.0.1"],
    &["portfolio"],
];

/// The error of `words`, parsed (and its values checked) in `lang`.
fn mistake_of(lang: Lang, words: &[OsString]) -> clap::Error {
    let args = std::iter::once(OsString::from("urssaf-admin")).chain(words.iter().cloned());
    i18n::with(lang, || command(lang).try_get_matches_from(args)).unwrap_err()
}

fn mistake(lang: Lang, words: &[&str]) -> clap::Error {
    let words: Vec<OsString> = words.iter().map(OsString::from).collect();
    mistake_of(lang, &words)
}

/// An error as `print_error` prints it in `lang`.
fn shown(lang: Lang, e: clap::Error) -> String {
    let mut cmd = command(lang);
    i18n::with(lang, || localized(e, &mut cmd).render().to_string())
}

/// English words that clap writes in its errors and tips (and the reasons of its
/// own value parsers).
const ENGLISH: &[&str] = &[
    "error",
    "Usage",
    "tip",
    "possible values",
    "required",
    "found",
    "invalid value",
    "similar",
    "exists",
    "to pass",
    "as a value",
    "use '",
    "subcommand",
    "remove the",
    "before it",
    "is not in",
    "digit",
    "whole number",
    "address and port",
    "syntax",
    "provided",
    "For more",
    "detected",
    "could not",
    "'",
];

/// French as typography has it: no breakable space before « : » nor inside « ».
fn assert_french(text: &str) {
    assert!(text.starts_with("erreur\u{a0}: "), "{text}");
    assert!(
        text.ends_with("Pour plus d'informations, essayez «\u{a0}--help\u{a0}».\n"),
        "{text}"
    );
    for english in ENGLISH {
        // The apostrophes of French words are not clap's quotes.
        if *english == "'" {
            assert!(!text.contains(" '") && !text.contains("' "), "' in {text}");
        } else {
            assert!(!text.contains(english), "{english} in {text}");
        }
    }
    for bad in [" :", " ;", " ?", " !", "« ", " »"] {
        assert!(!text.contains(bad), "{bad:?} in {text}");
    }
}

/// The errors are laid out as clap lays them out: in English, letter for letter.
#[test]
fn errors_are_laid_out_as_claps() {
    for words in MISTAKES {
        let clap = mistake(Lang::En, words).render().to_string();
        let own = i18n::with(Lang::En, || {
            mistake(Lang::En, words)
                .apply::<Localized>()
                .render()
                .to_string()
        });
        assert_eq!(own, clap, "{words:?}");
    }
}

#[test]
fn errors_speak_french() {
    for words in MISTAKES {
        let e = mistake(Lang::Fr, words);
        if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
            // The help itself, in French.
            let text = shown(Lang::Fr, e);
            assert!(text.contains("Utilisation\u{a0}: "), "{text}");
            continue;
        }
        assert_french(&shown(Lang::Fr, e));
    }
}

/// The reasons of the values that the tool checks itself come from the catalogue.
#[test]
fn refused_values_say_why_in_french() {
    for (words, why) in [
        (
            &["clients", "list", "--limit", "0"][..],
            "donnez un nombre entier à partir de 1",
        ),
        (&["audit", "list", "-n", "x"], "donnez un nombre entier"),
        (
            &["notifications", "list", "-n", "0"],
            "donnez un nombre entier",
        ),
        (
            &["serve", "--listen", "nope"],
            "donnez une adresse et un port, comme 127.0.0.1:8080",
        ),
        (&["portfolio", "show", "0"], "numérotés à partir de 1"),
    ] {
        let text = shown(Lang::Fr, mistake(Lang::Fr, words));
        assert!(text.contains(why), "{words:?}: {text}");
        assert_french(&text);
    }
    // In English, the catalogue's English.
    let text = mistake(Lang::En, &["clients", "list", "--limit", "0"]).to_string();
    assert!(
        text.contains("invalid value '0' for '--limit <LIMIT>': give a whole number from 1"),
        "{text}"
    );
}

/// Every value parser of the tree says why it refuses a value in the reader's
/// language: an argument that takes a value and checks it (not a text, a path, or
/// one of a list) must be in the list above.
#[test]
fn every_checked_value_is_known() {
    let known = [
        "portfolio",
        "to",
        "number",
        "limit",
        "listen",
        "session",
        "minutes",
        "days",
        "months",
        "expiring",
        "signed",
        "until",
        "mandate_signed",
        "idle",
        "since",
        "until",
        "target",
        "trusted_proxy",
    ];
    for (path, cmd) in all(&bare()) {
        for arg in cmd.get_arguments().filter(|a| takes_values(a)) {
            let parser = arg.get_value_parser();
            let id = parser.type_id();
            let free = [
                TypeId::of::<String>(),
                TypeId::of::<std::path::PathBuf>(),
                TypeId::of::<OsString>(),
            ]
            .iter()
            .any(|t| id == *t)
                || parser.possible_values().is_some();
            assert!(
                free || known.contains(&arg.get_id().as_str()),
                "{path:?} {}: say in the catalogue why a value is refused \
                 (a value parser like cli::limit), then add it here",
                arg.get_id()
            );
        }
    }
}

/// Every kind of error clap has is worded in French: by its context, else by the
/// general words, with the usage and where to learn more.
#[test]
fn every_kind_of_error_speaks_french() {
    let kinds = [
        ErrorKind::InvalidValue,
        ErrorKind::UnknownArgument,
        ErrorKind::InvalidSubcommand,
        ErrorKind::NoEquals,
        ErrorKind::ValueValidation,
        ErrorKind::TooManyValues,
        ErrorKind::TooFewValues,
        ErrorKind::WrongNumberOfValues,
        ErrorKind::ArgumentConflict,
        ErrorKind::MissingRequiredArgument,
        ErrorKind::MissingSubcommand,
        ErrorKind::InvalidUtf8,
        ErrorKind::DisplayHelp,
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
        ErrorKind::DisplayVersion,
        ErrorKind::Io,
        ErrorKind::Format,
    ];
    let mut cmd = command(Lang::Fr);
    let usage = cmd.render_usage();
    for kind in kinds {
        // Without its context: the general words.
        let mut e = clap::error::Error::<Localized>::new(kind).with_cmd(&cmd);
        e.insert(ContextKind::Usage, ContextValue::StyledStr(usage.clone()));
        let text = i18n::with(Lang::Fr, || e.render().to_string());
        assert_french(&text);
        assert!(text.contains("Utilisation\u{a0}: urssaf-admin"), "{text}");
        // Written by clap as an English sentence (I/O, FromArgMatches).
        let text = shown(Lang::Fr, clap::Error::raw(kind, "something went wrong"));
        if matches!(
            kind,
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        ) {
            // Help and version: what clap was given to show, as clap shows it.
            let clap = clap::Error::raw(kind, "something went wrong").render();
            assert_eq!(text, clap.to_string(), "{kind:?}");
        } else {
            assert_french(&text);
            if kind != ErrorKind::InvalidUtf8 {
                assert!(text.contains("n'a pas pu être comprise"), "{text}");
            }
        }
    }
    // A byte that is not UTF-8.
    use std::os::unix::ffi::OsStringExt;
    let words = [
        OsString::from("clients"),
        OsString::from("add"),
        OsString::from_vec(vec![0xff]),
        OsString::from("-p"),
        OsString::from("1"),
        OsString::from("--name"),
        OsString::from("x"),
    ];
    let e = mistake_of(Lang::Fr, &words);
    assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
    let text = shown(Lang::Fr, e);
    assert_french(&text);
    assert!(
        text.contains("UTF-8 valide")
            && text.contains("Utilisation\u{a0}: urssaf-admin clients add"),
        "{text}"
    );
    let e = mistake_of(Lang::En, &words);
    let clap = e.render().to_string();
    let own = i18n::with(Lang::En, || {
        mistake_of(Lang::En, &words)
            .apply::<Localized>()
            .render()
            .to_string()
    });
    assert_eq!(own, clap);
}

/// clap's tips come as English sentences, which `suggestion_text` recognises: each
/// tip this clap gives is recognised (a newer clap that words one otherwise fails
/// here rather than print English), and said in French. (clap also gives "to pass
/// 'X' as a value, use 'prog -- X'" for a flag-like word close to a subcommand where
/// a positional could take it: no command here has both, and the sentence is the
/// one of `admin add --frobnicate`.)
#[test]
fn every_tip_of_clap_is_translated() {
    let cases: Vec<(clap::Error, Lang, Option<ContextKind>, &str)> = vec![
        // A flag close to one of the command's.
        (
            mistake(Lang::Fr, &["portfolio", "create", "--dry-ru"]),
            Lang::Fr,
            Some(ContextKind::SuggestedArg),
            "un argument proche existe\u{a0}: «\u{a0}--dry-run\u{a0}»",
        ),
        // A subcommand with a typo.
        (
            mistake(Lang::Fr, &["portfoli"]),
            Lang::Fr,
            Some(ContextKind::SuggestedSubcommand),
            "une sous-commande proche existe\u{a0}: «\u{a0}portfolio\u{a0}»",
        ),
        // A value close to a possible one.
        (
            mistake(Lang::Fr, &["-o", "jsn", "portfolio", "list"]),
            Lang::Fr,
            Some(ContextKind::SuggestedValue),
            "une valeur proche existe\u{a0}: «\u{a0}json\u{a0}»",
        ),
        // A value that looks like a flag.
        (
            mistake(Lang::Fr, &["admin", "add", "--frobnicate"]),
            Lang::Fr,
            None,
            "pour passer «\u{a0}--frobnicate\u{a0}» comme valeur, écrivez «\u{a0}-- --frobnicate\u{a0}»",
        ),
        (
            mistake(Lang::Fr, &["admin", "add", "-z"]),
            Lang::Fr,
            None,
            "pour passer «\u{a0}-z\u{a0}» comme valeur, écrivez «\u{a0}-- -z\u{a0}»",
        ),
        // A flag of a subcommand given before it.
        (
            mistake(Lang::Fr, &["portfolio", "--dry-run", "create"]),
            Lang::Fr,
            None,
            "«\u{a0}create --dry-run\u{a0}» existe",
        ),
        // A subcommand after `--`.
        (
            mistake(Lang::Fr, &["--", "portfolio"]),
            Lang::Fr,
            None,
            "la sous-commande «\u{a0}portfolio\u{a0}» existe\u{202f}; pour l'utiliser, \
             retirez le «\u{a0}--\u{a0}» qui la précède",
        ),
    ];
    for (e, lang, similar, french) in cases {
        let suggestions: Vec<String> = match e.get(ContextKind::Suggested) {
            Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
            _ => Vec::new(),
        };
        match similar {
            Some(kind) => assert!(e.get(kind).is_some(), "{french}: no {kind:?}"),
            None => assert!(!suggestions.is_empty(), "{french}: clap gives no tip"),
        }
        for english in &suggestions {
            assert!(
                suggestion_text(lang, english).is_some(),
                "clap's tip {english:?} is not in suggestion_text"
            );
        }
        let text = i18n::with(lang, || e.apply::<Localized>().render().to_string());
        assert_french(&text);
        assert!(
            text.contains(&format!("  astuce\u{a0}: {french}\n")),
            "{french:?} not in {text}"
        );
    }
}

/// What breaks French typography in the text of a Fluent catalogue: an ASCII space
/// (or the wrong no-break one) before « : » (U+00A0) or before ; ? ! (U+202F), an
/// ASCII space inside « ». Only the text counts: not the Fluent syntax (`[one]`,
/// `->`, `.long =`), nor the placeables, nor code in backticks (a command, a URL).
fn french_typography_faults(source: &str) -> Vec<String> {
    use fluent_syntax::ast;
    /// The texts of a pattern: its own (a placeable stands for a word), then those
    /// of the variants of its selections.
    fn texts(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
        let mut own = String::new();
        for e in &p.elements {
            match e {
                ast::PatternElement::TextElement { value } => own.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    own.push('\u{fffc}');
                    if let ast::Expression::Select { variants, .. } = expression {
                        for v in variants {
                            texts(&v.value, out);
                        }
                    }
                }
            }
        }
        out.push(own);
    }
    let res = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    let mut faults = Vec::new();
    for entry in res.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let mut all = Vec::new();
        if let Some(v) = &m.value {
            texts(v, &mut all);
        }
        for a in &m.attributes {
            texts(&a.value, &mut all);
        }
        for text in all {
            // Code in backticks stays as it is typed.
            let prose: Vec<&str> = text.split('`').step_by(2).collect();
            let chars: Vec<char> = prose.join("\u{fffc}").chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + 1).copied();
                let fault = match c {
                    ':' => matches!(before, Some(' ' | '\u{202f}')),
                    ';' | '?' | '!' => matches!(before, Some(' ' | '\u{a0}')),
                    '«' => after == Some(' '),
                    '»' => before == Some(' '),
                    _ => false,
                };
                if fault {
                    let at: String = chars[i.saturating_sub(20)..(i + 10).min(chars.len())]
                        .iter()
                        .collect();
                    faults.push(format!("{}: {c:?} in {at:?}", m.id.name));
                }
            }
        }
    }
    faults
}

/// The French catalogue of the help keeps its punctuation on the line: clap wraps at
/// ASCII spaces only.
#[test]
fn french_help_has_no_breakable_space_before_punctuation() {
    // Messages too: a terminal or a mail reader wraps them as well.
    let files = i18n::CATALOGUES
        .iter()
        .find(|(lang, _)| *lang == Lang::Fr)
        .unwrap()
        .1;
    for (name, text) in files {
        let faults = french_typography_faults(text);
        assert!(
            faults.is_empty(),
            "locales/{name} wants U+00A0 before « : » and inside « », U+202F before \
             ; ? and !, here:\n{faults:#?}"
        );
    }
    // The check itself: syntax, placeables and code are not text.
    let sample = "a = x : y ; z\n    .long = «\u{a0}b »\nc = { $n ->\n        [one] un ?\n       *[other] `d : e` https://f{ $n }\n    } !\n";
    assert_eq!(
        french_typography_faults(sample),
        [
            "a: ':' in \"x : y ; z\"",
            "a: ';' in \"x : y ; z\"",
            "a: '»' in \"«\\u{a0}b »\"",
            "c: '?' in \"un ?\"",
            "c: '!' in \"\u{fffc} !\"",
        ]
    );
}

/// Wrapped narrow, no line of the French help starts with a colon, a semicolon or a
/// closing guillemet, and none ends with an opening one.
#[test]
fn wrapped_french_help_keeps_punctuation_on_its_line() {
    let fr = command(Lang::Fr);
    for width in [40, 60] {
        for (path, _) in all(&fr) {
            let mut cmd = find(&fr, &path).term_width(width);
            for help in [cmd.render_help(), cmd.render_long_help()] {
                for line in help.to_string().lines() {
                    let start = line.trim_start_matches(' ');
                    assert!(
                        !start.starts_with([':', ';', '?', '!', '»']) && !line.ends_with('«'),
                        "{path:?} at {width} columns: {line:?}"
                    );
                }
            }
        }
    }
}

/// `help exit-codes` and the man pages read the topics by their columns.
#[test]
fn topics_keep_their_columns() {
    for lang in LANGS {
        for (id, column) in [
            ("topic-exit-codes", 6),
            ("topic-environment", 24),
            ("topic-formatting", 13),
        ] {
            let text = i18n::text_in(lang, id, None);
            let mut lines = text.lines();
            let title = lines.next().unwrap();
            assert!(
                title.ends_with(':') && !title.starts_with(' '),
                "{lang:?} {id}: {title}"
            );
            for line in lines {
                let indent = line.len() - line.trim_start().len();
                let ok = match indent {
                    2 => match line[2..].find("  ") {
                        // A term and its text.
                        Some(gap) => {
                            let at = 2 + gap + line[2 + gap..].len()
                                - line[2 + gap..].trim_start().len();
                            at == column
                        }
                        // A long term (its text below), or the free text of formatting.
                        None => true,
                    },
                    _ => indent == column,
                };
                assert!(ok, "{lang:?} {id}: {line:?}");
            }
        }
    }
}

#[test]
fn french_help_is_french_and_names_stay() {
    let mut fr = command(Lang::Fr);
    let help = fr.render_long_help().to_string();
    for word in [
        "Utilisation\u{a0}: urssaf-admin [OPTIONS] <COMMANDE>",
        "Commandes\u{a0}:",
        "Options globales\u{a0}:",
        "Codes de retour\u{a0}:",
        "portfolio",
        "--output <FORMAT>",
        "[par défaut\u{a0}: table]",
        "Valeurs possibles\u{a0}:",
        "Afficher l'aide",
    ] {
        assert!(help.contains(word), "{word} not in {help}");
    }
    let mut create = find(&fr, &["portfolio".into(), "create".into()]);
    let help = create.render_help().to_string();
    assert!(help.starts_with("Créer un nouveau portefeuille"), "{help}");
    assert!(
        help.contains("--dry-run") && help.contains("-y, --yes"),
        "{help}"
    );
    let mut add = find(&fr, &["subscriber".into(), "add".into()]);
    let help = add.render_help().to_string();
    assert!(help.contains("Arguments\u{a0}:\n  <IDENTIFIANT>"), "{help}");
    assert!(
        !help.contains("Usage") && !help.contains("Print help"),
        "{help}"
    );
}
