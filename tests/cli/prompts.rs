//! Prompts on a real pseudo-terminal (R4: only an explicit yes creates; R1: the
//! password is asked, never echoed).

use crate::support::*;

// language.rs still takes them from here.
pub use crate::support::{bytes, exit_code};

fn create_answering(env: &Env, answer: &str) -> (i32, String) {
    let mut p = env.admin().pty(&["portfolio", "create"]);
    p.exp_string(&bytes(&format!("Create a new portfolio for {FIRM}?")))
        .unwrap();
    p.exp_string("[y/N]").unwrap();
    p.send_line(answer).unwrap();
    p.flush().unwrap();
    pty_finish(&mut p)
}

fn r4_portfolio_create_asks_and_no_means_nothing(b: Backend) {
    let env = Env::with_space_on(b);
    let (code, _) = env.unchanged(|| create_answering(&env, "n"));
    assert_eq!(code, 3, "answering no is exit 3 (cancelled)");
    assert_eq!(env.count("portfolios"), 0);
    // Enter alone takes the default, which is no.
    let (code, _) = env.unchanged(|| create_answering(&env, ""));
    assert_eq!(code, 3);
    assert_eq!(env.count("portfolios"), 0);
}

fn r4_portfolio_create_asks_and_yes_creates(b: Backend) {
    let env = Env::with_space_on(b);
    let (code, out) = create_answering(&env, "y");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Created portfolio 1"), "{out}");
    assert_eq!(env.count("portfolios"), 1);
}

fn r4_destructive_commands_ask_too(b: Backend) {
    let env = Env::with_space_on(b);
    env.admin().ok(&["portfolio", "create", "--yes"]);
    env.admin()
        .ok(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    let mut p = env.admin().pty(&["clients", "remove", "380 129 866"]);
    p.exp_string("Remove client Orange (380 129 866) from portfolio 1?")
        .unwrap();
    p.send_line("n").unwrap();
    p.flush().unwrap();
    assert_eq!(pty_finish(&mut p).0, 3);
    assert_eq!(env.count("clients"), 1);
}

#[test]
fn r1_login_asks_the_password_without_echo() {
    let env = Env::with_space();
    let user = env.user("tty");
    let mut p = user.pty(&["login", "--user", "alice"]);
    p.exp_string("Password").unwrap();
    p.send_line(ADMIN_PW).unwrap();
    let (code, rest) = pty_finish(&mut p);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("Signed in as alice"), "{rest}");
    assert!(!rest.contains(ADMIN_PW), "the password was echoed: {rest}");
    user.ok(&["portfolio", "list"]);
}

#[test]
fn r1_init_asks_the_password_twice() {
    let env = Env::new();
    let mut cmd = env.bare_std();
    cmd.env("URSSAF_ADMIN_DB", &env.db).args([
        "init",
        "--siren",
        "356000000",
        "--name",
        "Cabinet",
        "--admin",
        "root",
        "--email",
        "root@cabinet.fr",
    ]);
    let mut p = pty(cmd);
    p.exp_string("New password").unwrap();
    p.send_line(ADMIN_PW).unwrap();
    p.exp_string("Repeat the password").unwrap();
    p.send_line(ADMIN_PW).unwrap();
    let (code, rest) = pty_finish(&mut p);
    assert_eq!(code, 0, "{rest}");
    assert!(!rest.contains(ADMIN_PW));
    assert!(env.db.exists());
}

#[test]
fn tables_on_a_terminal_plain_rows_in_a_pipe() {
    let env = Env::with_space();
    env.admin().ok(&["portfolio", "create", "--yes"]);
    env.admin().ok(&[
        "clients",
        "add",
        "73282932000074",
        "--name",
        "Etab",
        "-p",
        "1",
    ]);
    let (code, out) = on_terminal(env.admin().std_cmd_with(&["clients", "list"]));
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&bytes("╭")) && out.contains(&bytes("│")),
        "no table border:\n{out}"
    );
    assert!(out.contains(&bytes("732 829 320 00074")), "{out}");
    // In a pipe, identifiers go as plain digits, for scripts.
    let piped = env.admin().ok(&["clients", "list"]);
    assert_eq!(
        piped,
        "SIREN\tSIRET\tName\tPortfolio\n732829320\t73282932000074\tEtab\t1\n"
    );
}

#[test]
fn errors_are_red_on_a_terminal_unless_no_color() {
    let env = Env::with_space();
    let nobody = env.user("nobody");
    let (code, out) = on_terminal(nobody.std_cmd_with(&["clients", "list"]));
    assert_eq!(code, 4);
    assert!(out.contains("\u{1b}["), "no colour on a terminal: {out:?}");
    let mut cmd = nobody.std_cmd_with(&["clients", "list"]);
    cmd.env("NO_COLOR", "1");
    let (code, out) = on_terminal(cmd);
    assert_eq!(code, 4);
    assert!(!out.contains("\u{1b}["), "colour despite NO_COLOR: {out:?}");
    assert!(out.contains("error: you are not signed in"), "{out:?}");
    let (_, out) = on_terminal(nobody.std_cmd_with(&["--no-color", "clients", "list"]));
    assert!(
        !out.contains("\u{1b}["),
        "colour despite --no-color: {out:?}"
    );
}

crate::on_both_backends!(
    r4_portfolio_create_asks_and_no_means_nothing,
    r4_portfolio_create_asks_and_yes_creates,
    r4_destructive_commands_ask_too,
    ctrl_c_and_ctrl_d_at_a_confirmation_cancel,
);

#[test]
fn r6_activate_asks_the_code_without_echo() {
    let env = Env::with_space();
    env.admin().ok(&["portfolio", "create", "--yes"]);
    let added = env.admin().json(&[
        "subscriber",
        "add",
        "-p",
        "1",
        "dave",
        "--email",
        "dave@cabinet.fr",
    ]);
    let code = added["activation_code"].as_str().unwrap().to_string();
    let mut p = env.user("dave").pty(&["activate", "--user", "dave"]);
    p.exp_string("Activation code").unwrap();
    p.send_line(&code).unwrap();
    p.exp_string("New password").unwrap();
    p.send_line("dave's long password").unwrap();
    p.exp_string("Repeat the password").unwrap();
    p.send_line("dave's long password").unwrap();
    let (exit, rest) = pty_finish(&mut p);
    assert_eq!(exit, 0, "{rest}");
    assert!(!rest.contains(&code), "the code was echoed: {rest}");
    env.user("dave").login("dave", "dave's long password");
    // Without a terminal, the flag is named.
    let err = env
        .user("dave")
        .fails(&["activate", "--user", "dave", "--password-stdin"], 2);
    assert!(err.contains("--code"), "{err}");
}

// ---- the first ten minutes (issue 14): the password rule, cancelling, --no-input ----

/// `init` of a new space, on a terminal: the password is asked.
fn init_on_a_terminal(env: &Env) -> std::process::Command {
    let mut cmd = env.bare_std();
    cmd.env("URSSAF_ADMIN_DB", &env.db).args([
        "init",
        "--siren",
        "356000000",
        "--name",
        "Cabinet",
        "--admin",
        "root",
        "--email",
        "root@cabinet.fr",
    ]);
    cmd
}

/// `cmd` on a terminal that echoes (rexpect starts it without), then `stty -a`: what
/// the command left the terminal in.
fn then_stty(cmd: &std::process::Command) -> std::process::Command {
    let mut sh = std::process::Command::new("sh");
    sh.env_clear()
        .args(["-c", r#"stty echo; "$@"; echo "exit=$?"; stty -a"#, "sh"])
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            sh.env(k, v);
        }
    }
    sh.env("NO_COLOR", "1");
    sh
}

/// The command was cancelled the documented way and gave the terminal back as it was.
fn cancelled_and_sane(out: &str) {
    assert!(
        out.contains("error: cancelled: nothing was changed"),
        "{out}"
    );
    assert!(out.contains("hint: Run the command again"), "{out}");
    assert!(out.contains("exit=3"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
    let modes: Vec<&str> = out.split(|c: char| c.is_whitespace() || c == ';').collect();
    for mode in ["echo", "icanon", "isig"] {
        assert!(
            modes.contains(&mode),
            "the terminal was left without {mode}:\n{out}"
        );
    }
}

#[test]
fn init_states_the_password_rule_and_asks_again_after_a_bad_one() {
    let env = Env::new();
    // On a terminal that echoes, so that an echoed password would show.
    let mut p = pty(then_stty(&init_on_a_terminal(&env)));
    p.exp_string("at least 12 characters").unwrap();
    p.exp_string("New password").unwrap();
    p.send_line("tiny").unwrap();
    p.exp_string("error: the password is too short").unwrap();
    p.exp_string("New password").unwrap();
    p.send_line(ADMIN_PW).unwrap();
    p.exp_string("Repeat the password").unwrap();
    p.send_line("another long password").unwrap();
    p.exp_string("error: the two passwords differ").unwrap();
    p.exp_string("New password").unwrap();
    p.send_line(ADMIN_PW).unwrap();
    p.exp_string("Repeat the password").unwrap();
    p.send_line(ADMIN_PW).unwrap();
    let (_, rest) = pty_finish(&mut p);
    assert!(rest.contains("exit=0"), "{rest}");
    assert!(!rest.contains(ADMIN_PW), "the password was echoed: {rest}");
    assert!(env.db.exists());
}

#[test]
fn init_gives_up_after_three_bad_passwords_and_creates_nothing() {
    let env = Env::new();
    let mut p = pty(then_stty(&init_on_a_terminal(&env)));
    for _ in 0..3 {
        p.exp_string("New password").unwrap();
        p.send_line("tiny").unwrap();
    }
    let (_, rest) = pty_finish(&mut p);
    assert!(rest.contains("exit=8"), "{rest}");
    assert!(
        rest.contains("no acceptable password after 3 tries"),
        "{rest}"
    );
    assert!(
        rest.contains("at least 12 characters"),
        "the rule is the hint: {rest}"
    );
    assert!(!rest.contains("tiny"), "the password was echoed: {rest}");
    assert!(!env.db.exists());
    // From standard input, a short password fails at once, with the reason.
    let out = init_on_a_terminal(&env)
        .arg("--password-stdin")
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(b"tiny\n")?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(8));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the password is too short"), "{err}");
    assert!(!env.db.exists());
}

#[test]
fn ctrl_c_at_the_password_prompt_cancels_and_leaves_the_terminal_sane() {
    let env = Env::with_space();
    let sessions = env.count("sessions");
    let user = env.user("ctrlc");
    let mut p = pty(then_stty(&user.std_cmd_with(&["login", "--user", "alice"])));
    p.exp_string("Password").unwrap();
    p.send("half a pass").unwrap();
    p.send_control('c').unwrap();
    let (_, out) = pty_finish(&mut p);
    cancelled_and_sane(&out);
    assert!(!out.contains("half a pass"), "echoed: {out}");
    assert_eq!(env.count("sessions"), sessions);
}

#[test]
fn ctrl_d_at_a_new_password_and_at_the_login_prompt_cancel() {
    let env = Env::new();
    let mut p = pty(then_stty(&init_on_a_terminal(&env)));
    p.exp_string("New password").unwrap();
    p.send_control('d').unwrap();
    cancelled_and_sane(&pty_finish(&mut p).1);
    assert!(!env.db.exists());

    let env = Env::with_space();
    let mut p = pty(then_stty(&env.user("ctrld").std_cmd_with(&["login"])));
    p.exp_string("Login").unwrap();
    p.send("ali").unwrap();
    p.send_control('d').unwrap();
    cancelled_and_sane(&pty_finish(&mut p).1);
    // Ctrl-C at the same text prompt, too.
    let mut p = pty(then_stty(&env.user("ctrld").std_cmd_with(&["login"])));
    p.exp_string("Login").unwrap();
    p.send_control('c').unwrap();
    cancelled_and_sane(&pty_finish(&mut p).1);
}

fn ctrl_c_and_ctrl_d_at_a_confirmation_cancel(b: Backend) {
    let env = Env::with_space_on(b);
    for key in ['c', 'd'] {
        let mut p = pty(then_stty(
            &env.admin().std_cmd_with(&["portfolio", "create"]),
        ));
        p.exp_string("[y/N]").unwrap();
        p.send_control(key).unwrap();
        cancelled_and_sane(&pty_finish(&mut p).1);
        assert_eq!(env.count("portfolios"), 0, "Ctrl-{key} created a portfolio");
    }
}

#[test]
fn an_empty_password_is_asked_again_three_times_then_cancels() {
    let env = Env::with_space();
    let mut p = env.user("empty").pty(&["login", "--user", "alice"]);
    for _ in 0..3 {
        p.exp_string("Password").unwrap();
        p.send_line("").unwrap();
    }
    let (code, rest) = pty_finish(&mut p);
    assert_eq!(code, 3, "{rest}");
    assert!(
        rest.contains("no answer after 3 tries: nothing was changed"),
        "{rest}"
    );
}

#[test]
fn no_input_on_a_terminal_says_prompts_are_off_not_that_there_is_no_terminal() {
    let env = Env::with_space();
    let (code, out) = on_terminal(
        env.admin()
            .std_cmd_with(&["--no-input", "portfolio", "create"]),
    );
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("prompts are turned off by --no-input"),
        "{out}"
    );
    assert!(!out.contains("no terminal"), "{out}");
    let (code, out) = on_terminal(env.user("off").std_cmd_with(&["--no-input", "login"]));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("no login given, and prompts are turned off by --no-input"),
        "{out}"
    );
    let (code, out) =
        on_terminal(
            env.user("off")
                .std_cmd_with(&["--no-input", "login", "--user", "alice"]),
        );
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("a password is needed and prompts are turned off by --no-input"),
        "{out}"
    );
    assert!(out.contains("--password-stdin"), "the hint is kept: {out}");
    // Without a terminal, it is still the terminal that is missing.
    let err = env.admin().fails(&["--no-input", "portfolio", "create"], 2);
    assert!(err.contains("no terminal"), "{err}");
}
