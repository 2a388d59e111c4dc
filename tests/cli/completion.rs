//! Completion in real shells (bash, zsh, fish) through the committed scripts: names from
//! the command tree, values from the space, silence when there is nothing to say.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `shell` with the environment `who` runs urssaf-admin with, and the built binary
/// first on the PATH (the scripts call `urssaf-admin`).
fn shell(who: As, program: &str) -> Command {
    let base = who.std_cmd();
    let mut cmd = Command::new(program);
    cmd.env_clear();
    for (k, v) in base.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    let bin_dir = Path::new(BIN).parent().unwrap();
    cmd.env(
        "PATH",
        format!(
            "{}:{}",
            bin_dir.display(),
            std::env::var("PATH").unwrap_or_default()
        ),
    );
    cmd
}

fn run(mut cmd: Command) -> String {
    let out = cmd.output().expect("the shell runs");
    succeeded(&out);
    assert!(
        out.stderr.is_empty(),
        "completion printed on stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A space with portfolios 1 to 3, bob subscribed to 2 and dan to 3, signed in as alice.
fn space(b: Backend) -> Env {
    let env = Env::with_space_on(b);
    for _ in 0..3 {
        env.admin().ok(&["portfolio", "create", "--yes"]);
    }
    env.onboard("bob", 2, BOB_PW);
    env.admin().ok(&[
        "subscriber",
        "add",
        "-p",
        "3",
        "dan",
        "--email",
        "dan@cabinet.fr",
    ]);
    env
}

const BASH: &str = r#"
source "$ROOT/completions/urssaf-admin.bash"
complete_line() {
    COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; COMP_TYPE=9
    read -ra COMP_WORDS <<< "$1"
    [[ "$1" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _clap_complete_urssaf_admin urssaf-admin "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
    printf '%s\n' "${COMPREPLY[@]}"
    echo ---
}
complete_line "urssaf-admin port"
complete_line "urssaf-admin clients list --portfolio "
complete_line "urssaf-admin portfolio show "
complete_line "urssaf-admin subscriber remove -p 2 "
complete_line "urssaf-admin help exit"
complete_line "urssaf-admin subscriber remove "
complete_line "urssaf-admin admin remove "
complete_line "urssaf-admin admin add "
"#;

fn parts(out: &str) -> Vec<Vec<String>> {
    out.split("---\n")
        .map(|p| {
            p.lines()
                .map(|l| l.split('\t').next().unwrap().trim().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        })
        .collect()
}

#[test]
fn bash_completes_commands_and_portfolio_numbers() {
    let env = space(Backend::Local);
    let mut cmd = shell(env.admin(), "bash");
    cmd.args(["--norc", "--noprofile", "-c", BASH])
        .env("ROOT", root());
    let parts = parts(&run(cmd));
    assert_eq!(parts[0], ["portfolio"]);
    assert_eq!(parts[1], ["1", "2", "3"]);
    // A positional value: the numbers first, then the flags.
    assert_eq!(parts[2][..3], ["1", "2", "3"]);
    assert_eq!(parts[3][0], "bob");
    assert!(
        !parts[3].contains(&"dan".to_string()),
        "-p 2: its subscribers only"
    );
    assert_eq!(parts[4], ["exit-codes"]);
    // -p 2 above offered bob alone; without it, every subscriber.
    assert_eq!(parts[5][..2], ["bob", "dan"]);
    assert_eq!(parts[6][0], "alice", "admin remove: the administrators");
    assert_eq!(
        parts[7][..2],
        ["bob", "dan"],
        "admin add: not those already admins"
    );
    // The scripts register the function for the command.
    let mut cmd = shell(env.admin(), "bash");
    cmd.args(["--norc", "--noprofile", "-c"]).arg(format!(
        "source {}/completions/urssaf-admin.bash; complete -p urssaf-admin",
        root().display()
    ));
    assert!(run(cmd).contains("-F _clap_complete_urssaf_admin urssaf-admin"));
}

#[test]
fn fish_completes_commands_and_portfolio_numbers() {
    let env = space(Backend::Local);
    let mut cmd = shell(env.admin(), "fish");
    cmd.args(["--no-config", "-c"]).arg(format!(
        "source {}/completions/urssaf-admin.fish
         complete -C 'urssaf-admin port'; echo ---
         complete -C 'urssaf-admin clients list --portfolio '; echo ---
         complete -C 'urssaf-admin --profile '",
        root().display()
    ));
    let parts = parts(&run(cmd));
    assert_eq!(parts[0], ["portfolio"]);
    assert_eq!(parts[1], ["1", "2", "3"]);
    assert!(
        parts[2].contains(&env.profile_name("alice")),
        "{:?}",
        parts[2]
    );
}

/// R7: a subscriber is offered only the portfolios they may see.
#[test]
fn r7_completion_offers_a_subscriber_only_their_portfolios() {
    let env = space(Backend::Local);
    let mut cmd = shell(env.user("bob"), "fish");
    cmd.args(["--no-config", "-c"]).arg(format!(
        "source {}/completions/urssaf-admin.fish
         complete -C 'urssaf-admin clients list -p '",
        root().display()
    ));
    assert_eq!(parts(&run(cmd))[0], ["2"]);
}

#[test]
fn zsh_completes_commands_and_portfolio_numbers() {
    let env = space(Backend::Local);
    let mut cmd = shell(env.admin(), "zsh");
    cmd.args(["-f", "-i"]).env("TERM", "dumb").env("PS1", "> ");
    let mut p = pty(cmd);
    p.send_line(&format!(
        "autoload -Uz compinit && compinit -u && source {}/completions/_urssaf-admin && echo RE''ADY",
        root().display()
    ))
    .unwrap();
    p.exp_string("READY").unwrap();
    p.send("urssaf-admin port\t").unwrap();
    p.flush().unwrap();
    p.exp_string("portfolio ").unwrap();
    // A new line (Ctrl-U clears this one).
    p.send("\x15urssaf-admin clients list --portfolio \t")
        .unwrap();
    p.flush().unwrap();
    // Three candidates: zsh lists them under the line.
    p.exp_regex(r"1\s+2\s+3").unwrap();
}

/// Over HTTP the server is not asked on each <TAB>: the profile's offline cache, filled
/// by the last listing, answers.
#[test]
fn remote_completion_reads_the_offline_cache() {
    let env = space(Backend::Remote);
    let complete = || {
        let mut cmd = shell(env.admin(), "fish");
        cmd.args(["--no-config", "-c"]).arg(format!(
            "source {}/completions/urssaf-admin.fish
             complete -C 'urssaf-admin clients list --portfolio '",
            root().display()
        ));
        parts(&run(cmd)).remove(0)
    };
    assert!(complete().is_empty(), "nothing fetched yet");
    env.admin().ok(&["portfolio", "list"]);
    assert_eq!(complete(), ["1", "2", "3"]);
    // R7: another session on the profile (a token from CI) finds the cache forgotten.
    let bob_token = env.user("bob").token();
    let out = env
        .admin()
        .with_token(&bob_token)
        .args(["-o", "json", "portfolio", "list", "--offline"])
        .output()
        .unwrap();
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        seen,
        serde_json::json!([]),
        "alice's portfolios are not bob's to see"
    );
}

/// Nobody signed in, or a server that is down: no candidates, not a word on stderr.
#[test]
fn completion_is_silent_when_it_has_nothing_to_offer() {
    let env = space(Backend::Local);
    for (who, extra) in [
        (env.user("nobody"), vec![]),
        (env.admin(), vec!["--api-url", "http://127.0.0.1:9"]),
    ] {
        let mut cmd = who.std_cmd();
        cmd.env("COMPLETE", "fish")
            .args(["--", "urssaf-admin"])
            .args(&extra)
            .args(["clients", "list", "--portfolio", ""]);
        let started = std::time::Instant::now();
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stdout.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }
}

/// `completions SHELL` prints the committed script.
#[test]
fn completions_prints_the_committed_scripts() {
    let env = Env::new();
    for (shell, file) in [
        ("bash", "urssaf-admin.bash"),
        ("zsh", "_urssaf-admin"),
        ("fish", "urssaf-admin.fish"),
        ("powershell", "_urssaf-admin.ps1"),
        ("elvish", "urssaf-admin.elv"),
    ] {
        let out = env.bare().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        let committed = std::fs::read(root().join("completions").join(file)).unwrap();
        assert_eq!(out.stdout, committed, "{shell}");
    }
}

#[test]
fn help_topics() {
    let env = Env::new();
    let out = env.bare().args(["help", "exit-codes"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("9   a bulk run finished with failures"),
        "{text}"
    );
    let out = env.bare().args(["help", "environment"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for var in [
        "URSSAF_ADMIN_TOKEN",
        "URSSAF_ADMIN_DB",
        "NO_COLOR",
        "XDG_CACHE_HOME",
    ] {
        assert!(text.contains(var), "{var}: {text}");
    }
    let out = env.bare().args(["help", "formatting"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("-o json"));
    let out = env
        .bare()
        .args(["help", "portfolio", "create"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Usage: urssaf-admin portfolio create")
    );
    let out = env.bare().args(["help", "no-such-topic"]).output().unwrap();
    expect_failure(&out, &["help", "no-such-topic"], 2);
    // clap's way still works: the words before `help` are the command.
    let out = env
        .bare()
        .args(["portfolio", "help", "create"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Usage: urssaf-admin portfolio create")
    );
    // Help needs no space: an environment that names two is no obstacle.
    let out = env
        .bare()
        .env("URSSAF_ADMIN_DB", "x.db")
        .env("URSSAF_ADMIN_API_URL", "http://127.0.0.1:1")
        .args(["help", "exit-codes"])
        .output()
        .unwrap();
    assert!(out.status.success());
}
