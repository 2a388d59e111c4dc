//! Completion scripts and man pages, rendered from the command tree. The copies in
//! completions/ and man/ are kept equal to these by a test.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

pub const BIN: &str = "urssaf-admin";

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

pub fn completion(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut command(), BIN, &mut buf);
    String::from_utf8(buf).expect("clap_complete writes UTF-8")
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

/// `urssaf-admin.1` and one page per subcommand (`urssaf-admin-portfolio-create.1`).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    fn walk(cmd: clap::Command, out: &mut Vec<(String, Vec<u8>)>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            walk(sub, out);
        }
        let man = clap_mangen::Man::new(cmd).date("");
        let mut buf = Vec::new();
        man.render(&mut buf)
            .expect("rendering to memory cannot fail");
        out.push((man.get_filename(), buf));
    }
    let mut cmd = command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    walk(cmd, &mut pages);
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    pages
}
