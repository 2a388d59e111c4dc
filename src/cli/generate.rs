//! Completion scripts and man pages, rendered from the command tree. The copies in
//! completions/ and man/ are kept equal to these by a test.

use clap_complete::Shell;

use crate::cli::localize::{self, Specs};
use crate::i18n::{self, Lang};

pub const BIN: &str = "urssaf-admin";

/// The date on the man pages: of the last change to what they say (fixed, so that the
/// generated pages only change when their content does).
const MAN_DATE: &str = "2026-11-26";

/// The man pages of each language and their folder under man/: English at the top,
/// French in man/fr/ (where `man` looks for them in a French locale).
pub const MAN_LANGUAGES: [(Lang, &str); 2] = [(Lang::En, ""), (Lang::Fr, "fr")];

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The command tree, in English.
pub fn command() -> clap::Command {
    localize::command(Lang::En)
}

/// The script that registers the completion: the shell then asks the binary itself
/// (`COMPLETE=SHELL urssaf-admin -- WORDS`), so values can come from the space.
pub fn completion(shell: Shell) -> String {
    crate::cli::complete::registration(&shell.to_string())
}

/// The file name each shell looks for.
pub fn completion_file(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "urssaf-admin.bash",
        Shell::Zsh => "_urssaf-admin",
        Shell::Fish => "urssaf-admin.fish",
        Shell::PowerShell => "_urssaf-admin.ps1",
        Shell::Elvish => "urssaf-admin.elv",
        _ => "urssaf-admin.completion",
    }
}

/// `urssaf-admin.1` and one page per subcommand (`urssaf-admin-portfolio-create.1`),
/// each with EXIT STATUS, ENVIRONMENT and FILES; the first one also with EXAMPLES.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    man_pages_in(Lang::En)
}

/// The man pages in `lang`, with the same file names in every language.
pub fn man_pages_in(lang: Lang) -> Vec<(String, Vec<u8>)> {
    fn walk(cmd: clap::Command, root: bool, lang: Lang, out: &mut Vec<(String, Vec<u8>)>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            walk(sub, false, lang, out);
        }
        // The root's long help ends with the exit codes and the environment: here they
        // have sections of their own.
        let cmd = if root {
            cmd.after_long_help(None::<&str>)
        } else {
            cmd
        };
        let man = clap_mangen::Man::new(cmd.clone()).date(MAN_DATE);
        let mut buf = Vec::new();
        render(&man, &cmd, root, lang, &mut buf).expect("rendering to memory cannot fail");
        // clap_mangen puts a blank line between two line breaks before a list of
        // possible values, which mandoc -T lint rightly warns about.
        let text = String::from_utf8_lossy(&buf)
            .replace(".br\n\n.br\n", ".br\n")
            .replace("\n\n.br\n", "\n.br\n");
        let text = translate_roff(&text, lang);
        out.push((man.get_filename(), text.into_bytes()));
    }
    // clap writes the defaults and possible values (translate_roff puts them in `lang`).
    let cmd = localize::tree(lang, Specs::Clap);
    let mut pages = Vec::new();
    walk(cmd, true, lang, &mut pages);
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    pages
}

/// clap_mangen writes its section titles, `[default: …]` and "Possible values:" in
/// English: here they are in `lang`.
fn translate_roff(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    const SECTIONS: [(&str, &str); 6] = [
        ("NAME", "man-section-name"),
        ("SYNOPSIS", "man-section-synopsis"),
        ("DESCRIPTION", "man-section-description"),
        ("OPTIONS", "man-section-options"),
        ("SUBCOMMANDS", "man-section-subcommands"),
        ("EXTRA", "man-section-extra"),
    ];
    let values = format!(
        "\\fI{}\\fR",
        i18n::text_in(lang, "clap-possible-values-heading", None)
    );
    let mut out = String::with_capacity(text.len());
    // After `.IP \(bu 2`: a possible value and its help.
    let mut item = false;
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let body = if let Some((_, id)) = body
            .strip_prefix(".SH ")
            .and_then(|title| SECTIONS.iter().find(|(english, _)| *english == title))
        {
            section(&i18n::text_in(lang, id, None))
        } else if body == "\\fIPossible values:\\fR" {
            values.clone()
        } else if let Some((name, help)) = body
            .split_once(": ")
            .filter(|(name, _)| item && !name.contains(' '))
        {
            // A possible value and its help.
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("name", name.to_string());
            args.set("pad", "");
            args.set("help", help.to_string());
            i18n::text_in(lang, "clap-possible-value", Some(&args))
        } else {
            defaults(body, lang)
        };
        item = body == ".IP \\(bu 2";
        out.push_str(&body);
        out.push_str(end);
    }
    out
}

/// `.SH TITLE`, quoted when it has spaces (as the roff crate writes it).
fn section(title: &str) -> String {
    if title.contains(' ') {
        format!(".SH \"{title}\"")
    } else {
        format!(".SH {title}")
    }
}

/// `[default: table]` in the words of `lang`.
fn defaults(line: &str, lang: Lang) -> String {
    const ENGLISH: &str = "[default: ";
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find(ENGLISH) {
        let Some(len) = rest[at..].find(']') else {
            break;
        };
        let value = &rest[at + ENGLISH.len()..at + len];
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("value", value.to_string());
        out.push_str(&rest[..at]);
        out.push_str(&i18n::text_in(lang, "clap-default", Some(&args)));
        rest = &rest[at + len + 1..];
    }
    out.push_str(rest);
    out
}

fn render(
    man: &clap_mangen::Man,
    cmd: &clap::Command,
    root: bool,
    lang: Lang,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use clap_mangen::roff::{Roff, bold, roman};
    let text = |id: &str| i18n::text_in(lang, id, None);
    man.render_title(w)?;
    man.render_name_section(w)?;
    man.render_synopsis_section(w)?;
    man.render_description_section(w)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(w)?;
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(w)?;
    }
    if cmd.get_after_long_help().is_some() || cmd.get_after_help().is_some() {
        man.render_extra_section(w)?;
    }
    let mut roff = Roff::new();
    let table = |roff: &mut Roff, title: &str, rows: Vec<(String, String)>| {
        roff.control("SH", [title]);
        for (term, text) in rows {
            roff.control("TP", []);
            roff.text([bold(term)]);
            roff.text([roman(text)]);
        }
    };
    table(
        &mut roff,
        &text("man-section-exit-status"),
        rows(&text("topic-exit-codes")),
    );
    table(
        &mut roff,
        &text("man-section-environment"),
        rows(&text("topic-environment")),
    );
    // PROFILE (PROFIL in French), as --profile <PROFILE> names it.
    let profile = text(&localize::value_name_key("PROFILE"));
    let files = FILES
        .iter()
        .map(|(path, id)| (path.replace("PROFILE", &profile), text(id)))
        .collect();
    table(&mut roff, &text("man-section-files"), files);
    if root {
        roff.control("SH", [text("man-section-examples").as_str()]);
        for (i, (title, lines)) in EXAMPLES.iter().enumerate() {
            if i > 0 {
                roff.control("PP", []);
            }
            roff.text([roman(text(title))]);
            roff.control("PP", []);
            roff.control("EX", []);
            for line in *lines {
                roff.text([roman(*line)]);
            }
            roff.control("EE", []);
        }
    } else {
        roff.control("SH", [text("man-section-see-also").as_str()]);
        roff.text([bold("urssaf-admin"), roman("(1)")]);
    }
    roff.to_writer(w)
}
/// "  8   invalid input" lines of a help text, as (term, text) pairs; a line indented
/// deeper goes on with the text above it.
fn rows(help: &str) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = Vec::new();
    for line in help.lines().skip(1) {
        let text = line.trim_start();
        match rows.last_mut() {
            Some((_, above)) if line.len() - text.len() > 4 => {
                if !above.is_empty() {
                    above.push(' ');
                }
                above.push_str(text.trim());
            }
            _ => {
                let (term, rest) = text.split_once("  ").unwrap_or((text, ""));
                rows.push((term.to_string(), rest.trim().to_string()));
            }
        }
    }
    rows
}

/// The files, and the ids of what they hold; PROFILE is a profile's name, in the words
/// of the page's language.
const FILES: &[(&str, &str)] = &[
    (
        "$XDG_CONFIG_HOME/urssaf-admin/config.toml",
        "man-file-config",
    ),
    ("$XDG_DATA_HOME/urssaf-admin/space.db", "man-file-space"),
    ("$XDG_CACHE_HOME/urssaf-admin/PROFILE.db", "man-file-cache"),
    (
        "$XDG_CONFIG_HOME/urssaf-admin/credentials/PROFILE.token",
        "man-file-token",
    ),
];

/// The examples: the id of their title, and the command lines.
const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "man-example-sheet",
        &[
            "urssaf-admin init --siren 732829320 --name \"Cabinet Dupont\" --admin alice --email alice@cabinet.fr",
            "urssaf-admin login --user alice",
            "urssaf-admin portfolio create",
            "urssaf-admin subscriber add --portfolio 1 bob --email bob@cabinet.fr --name \"Bob Martin\"",
            "urssaf-admin clients add 356000000 --name \"La Poste\" --portfolio 1",
            "urssaf-admin clients list",
        ],
    ),
    (
        "man-example-bulk",
        &[
            "urssaf-admin subscriber import team.csv --dry-run",
            "urssaf-admin subscriber import team.csv --report codes.csv",
            "urssaf-admin clients import clients.csv --encoding windows-1252 --skip-invalid",
        ],
    ),
    (
        "man-example-ci",
        &[
            "export URSSAF_ADMIN_TOKEN=$(urssaf-admin auth token)",
            "urssaf-admin clients list --portfolio 1 -o csv > clients.csv",
        ],
    ),
];
