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
    let piped = env.admin().ok(&["clients", "list"]);
    assert_eq!(
        piped,
        "SIREN\tSIRET\tName\tPortfolio\n732 829 320\t732 829 320 00074\tEtab\t1\n"
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
