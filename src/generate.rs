//! Completion scripts and man pages, rendered from the command tree. The copies in
//! completions/ and man/ are kept equal to these by a test.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

pub const BIN: &str = "urssaf-admin";

/// The date on the man pages: of the last change to what they say (fixed, so that the
/// generated pages only change when their content does).
const MAN_DATE: &str = "2026-11-26";

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

pub fn command() -> clap::Command {
    Cli::command()
}

/// The script that registers the completion: the shell then asks the binary itself
/// (`COMPLETE=SHELL urssaf-admin -- WORDS`), so values can come from the space.
pub fn completion(shell: Shell) -> String {
    crate::complete::registration(&shell.to_string())
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
    fn walk(cmd: clap::Command, root: bool, out: &mut Vec<(String, Vec<u8>)>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            walk(sub, false, out);
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
        render(&man, &cmd, root, &mut buf).expect("rendering to memory cannot fail");
        // clap_mangen puts a blank line between two line breaks before a list of
        // possible values, which mandoc -T lint rightly warns about.
        let text = String::from_utf8_lossy(&buf)
            .replace(".br\n\n.br\n", ".br\n")
            .replace("\n\n.br\n", "\n.br\n");
        out.push((man.get_filename(), text.into_bytes()));
    }
    let mut cmd = command();
    cmd.build();
    let mut pages = Vec::new();
    walk(cmd, true, &mut pages);
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    pages
}

fn render(
    man: &clap_mangen::Man,
    cmd: &clap::Command,
    root: bool,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use clap_mangen::roff::{Roff, bold, roman};
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
    table(&mut roff, "EXIT STATUS", rows(crate::cli::EXIT_CODES));
    table(&mut roff, "ENVIRONMENT", rows(crate::cli::ENVIRONMENT));
    let files = FILES
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    table(&mut roff, "FILES", files);
    if root {
        roff.control("SH", ["EXAMPLES"]);
        for (i, (title, lines)) in EXAMPLES.iter().enumerate() {
            if i > 0 {
                roff.control("PP", []);
            }
            roff.text([roman(*title)]);
            roff.control("PP", []);
            roff.control("EX", []);
            for line in *lines {
                roff.text([roman(*line)]);
            }
            roff.control("EE", []);
        }
    } else {
        roff.control("SH", ["SEE ALSO"]);
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

const FILES: &[(&str, &str)] = &[
    (
        "$XDG_CONFIG_HOME/urssaf-admin/config.toml",
        "Profiles: the login, the database or server, where the token is kept. Never a password or a token.",
    ),
    (
        "$XDG_DATA_HOME/urssaf-admin/space.db",
        "The default space (SQLite, mode 0600).",
    ),
    (
        "$XDG_CACHE_HOME/urssaf-admin/PROFILE.db",
        "What a server last sent, for --offline (mode 0600).",
    ),
    (
        "$XDG_CONFIG_HOME/urssaf-admin/credentials/PROFILE.token",
        "The session token, only after login --insecure-storage (mode 0600); otherwise it is in the system keyring, service urssaf-admin.",
    ),
];

const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "The Urssaf sheet (Créer un portefeuille), from a terminal:",
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
        "Bulk onboarding, checked first, then written, with a private report:",
        &[
            "urssaf-admin subscriber import team.csv --dry-run",
            "urssaf-admin subscriber import team.csv --report codes.csv",
            "urssaf-admin clients import clients.csv --encoding windows-1252 --skip-invalid",
        ],
    ),
    (
        "In a script, with a token from CI:",
        &[
            "export URSSAF_ADMIN_TOKEN=$(urssaf-admin auth token)",
            "urssaf-admin clients list --portfolio 1 -o csv > clients.csv",
        ],
    ),
];
