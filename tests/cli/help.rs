//! How the help reads: a command's own arguments and options first, then the options of
//! every command under their own heading, in `--help`, `-h` and the man pages; and a
//! global option typed for a command that has no use for it is refused, not ignored.

use std::process::Output;

fn run(args: &[&str]) -> Output {
    crate::support::Env::new()
        .bare_std()
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Where each of `words` starts in `text`, failing on one that is not there.
fn positions(text: &str, words: &[&str]) -> Vec<usize> {
    words
        .iter()
        .map(|w| {
            text.find(w)
                .unwrap_or_else(|| panic!("{w:?} not in:\n{text}"))
        })
        .collect()
}

fn in_order(text: &str, words: &[&str]) {
    let at = positions(text, words);
    assert!(at.is_sorted(), "not in the order {words:?}:\n{text}");
}

#[test]
fn own_options_come_before_the_global_ones() {
    for flag in ["--help", "-h"] {
        let out = run(&["--lang", "en", "subscriber", "add", flag]);
        assert!(out.status.success());
        let help = stdout(&out);
        in_order(
            &help,
            &[
                "Arguments:\n  <LOGIN>",
                "Options:\n  -p, --portfolio",
                "--dry-run",
                "Global options:\n      --profile",
                "--lang",
                "-h, --help",
            ],
        );
        // Each option is shown once, in its own section.
        assert_eq!(help.matches("--profile").count(), 1, "{help}");
        assert_eq!(help.matches("--dry-run").count(), 1, "{help}");

        let out = run(&["--lang", "fr", "subscriber", "add", flag]);
        assert!(out.status.success());
        in_order(
            &stdout(&out),
            &[
                "Arguments\u{a0}:\n  <IDENTIFIANT>",
                "Options\u{a0}:\n  -p, --portfolio",
                "Options globales\u{a0}:\n      --profile",
                "-h, --help",
            ],
        );
    }
    // A command with no option of its own has only the global ones.
    let help = stdout(&run(&["--lang", "en", "check", "--help"]));
    assert!(!help.contains("\nOptions:"), "{help}");
    in_order(&help, &["Usage:", "Global options:", "--db"]);
}

#[test]
fn the_man_pages_have_a_section_for_the_global_options() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for (page, own, global) in [
        (
            "urssaf-admin-clients-add.1",
            ".SH OPTIONS\n",
            ".SH \"GLOBAL OPTIONS\"\n",
        ),
        (
            "fr/urssaf-admin-clients-add.1",
            ".SH OPTIONS\n",
            ".SH \"OPTIONS GLOBALES\"\n",
        ),
    ] {
        let text = std::fs::read_to_string(root.join(page)).unwrap();
        // The synopsis names every option: the sections start after it.
        let sections = &text[text.find(own).unwrap_or_else(|| panic!("{page}"))..];
        let entry = "\\fB\\-\\-profile\\fR \\fI";
        in_order(sections, &[own, "\\-\\-dry\\-run", global, entry]);
        assert_eq!(text.matches(entry).count(), 1, "{page}");
    }
}

#[test]
fn a_global_option_that_means_nothing_for_the_command_is_refused() {
    for (args, said) in [
        (
            &["--lang", "en", "serve", "--api-url", "https://example.org"][..],
            "error: '--api-url' means nothing for 'urssaf-admin serve'\n\n\
             Usage: urssaf-admin serve [OPTIONS]\n",
        ),
        (
            &["--lang", "en", "completions", "bash", "--db", "space.db"],
            "error: '--db' means nothing for 'urssaf-admin completions'\n",
        ),
        (
            &["--lang", "en", "--profile", "work", "help", "portfolio"],
            "error: '--profile' means nothing for 'urssaf-admin help'\n",
        ),
        (
            &["--lang", "fr", "serve", "--ca-cert", "ca.pem"],
            "erreur\u{a0}: «\u{a0}--ca-cert\u{a0}» n'a pas de sens pour \
             «\u{a0}urssaf-admin serve\u{a0}»\n\nUtilisation\u{a0}: urssaf-admin serve",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
        let err = stderr(&out);
        assert!(err.starts_with(said), "{args:?}:\n{err}");
    }
    // What the command uses is still taken.
    let out = run(&["--lang", "en", "completions", "bash", "--no-color"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(&["--lang", "en", "--quiet", "help", "exit-codes"]);
    assert!(out.status.success(), "{}", stderr(&out));
}
