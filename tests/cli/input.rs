//! Bad input for every argument that takes one: a one-line error with a hint, the
//! documented exit code, and no change to the space.

use crate::support::*;

fn init(env: &Env, args: &[&str], password: &str) -> std::process::Output {
    env.bare()
        .env("URSSAF_ADMIN_DB", &env.db)
        .arg("init")
        .args(args)
        .arg("--password-stdin")
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap()
}

const GOOD: [&str; 8] = [
    "--siren",
    "356 000 000",
    "--name",
    "Cabinet",
    "--admin",
    "root",
    "--email",
    "root@cabinet.fr",
];

fn with(replace: &str, value: &str) -> Vec<String> {
    let mut args: Vec<String> = GOOD.iter().map(|s| s.to_string()).collect();
    let i = args.iter().position(|a| a == replace).unwrap();
    args[i + 1] = value.to_string();
    args
}

#[test]
fn init_refuses_bad_input_and_creates_nothing() {
    let env = Env::new();
    for (flag, value, code) in [
        ("--siren", "123456789", 8),
        ("--siren", "356-000-000", 8),
        ("--siren", "000000000", 8),
        ("--siren", "35600000000048", 8),
        ("--name", "   ", 8),
        ("--admin", "Root Admin", 8),
        ("--email", "root@", 8),
    ] {
        let args = with(flag, value);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        expect_failure(&init(&env, &args, ADMIN_PW), &args, code);
        assert!(
            !env.db.exists(),
            "{flag} {value}: a database was left behind"
        );
    }
    let err = expect_failure(&init(&env, &GOOD, "short"), &GOOD, 8);
    assert!(err.contains("too short"), "{err}");
    expect_failure(&init(&env, &GOOD, ""), &GOOD, 8);
    assert!(!env.db.exists());

    assert!(init(&env, &GOOD, ADMIN_PW).status.success());
    let again = env.unchanged(|| init(&env, &GOOD, ADMIN_PW));
    let err = expect_failure(&again, &GOOD, 7);
    assert!(err.contains("already exists"), "{err}");
}

fn every_argument_refuses_bad_values(b: Backend) {
    let env = Env::with_space_on(b);
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    admin.ok(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    env.onboard("bob", 1, BOB_PW);

    let cases: &[(&[&str], i32, &str)] = &[
        // portfolio numbers
        (&["portfolio", "show", "0"], 2, "numbered from 1"),
        (&["portfolio", "show", "abc"], 2, "numbered from 1"),
        (&["portfolio", "show", "99"], 6, "does not exist"),
        (&["clients", "list", "-p", "-3"], 2, ""),
        (&["clients", "list", "-p", "42"], 6, "does not exist"),
        (&["clients", "list", "--limit", "0"], 2, ""),
        (&["clients", "list", "--limit", "ten"], 2, ""),
        (&["audit", "list", "--limit", "0"], 2, ""),
        // identifiers
        (
            &["clients", "add", "123456789", "--name", "X", "-p", "1"],
            8,
            "checksum",
        ),
        (
            &["clients", "add", "404833047", "--name", "X", "-p", "1"],
            8,
            "checksum",
        ),
        (
            &["clients", "add", "73282932000079", "--name", "X", "-p", "1"],
            8,
            "checksum",
        ),
        (
            &["clients", "add", "12345678900007", "--name", "X", "-p", "1"],
            8,
            "SIREN 123 456 789",
        ),
        (
            &["clients", "add", "20003452800041", "--name", "X", "-p", "1"],
            8,
            "checksum",
        ),
        (
            &["clients", "add", "000000000", "--name", "X", "-p", "1"],
            8,
            "zeros",
        ),
        (
            &["clients", "add", "00000000000000", "--name", "X", "-p", "1"],
            8,
            "zeros",
        ),
        (
            &["clients", "add", "356-000-000", "--name", "X", "-p", "1"],
            8,
            "'-'",
        ),
        (
            &["clients", "add", "35600000", "--name", "X", "-p", "1"],
            8,
            "8 digits",
        ),
        (
            &["clients", "add", "", "--name", "X", "-p", "1"],
            8,
            "0 digits",
        ),
        (
            &["clients", "add", "552120222", "--name", "", "-p", "1"],
            8,
            "raison sociale",
        ),
        (
            &["clients", "add", "552120222", "--name", "X", "-p", "7"],
            6,
            "does not exist",
        ),
        (
            &["clients", "add", "380 129 866", "--name", "X", "-p", "1"],
            7,
            "already a client",
        ),
        (&["clients", "move", "1234", "--to", "1"], 8, "4 digits"),
        (
            &["clients", "move", "552120222", "--to", "1"],
            6,
            "no client",
        ),
        (&["clients", "remove", "abc", "--yes"], 8, "'a'"),
        // subscribers
        (
            &[
                "subscriber",
                "add",
                "-p",
                "1",
                "Dave Smith",
                "--email",
                "d@cabinet.fr",
            ],
            8,
            "login",
        ),
        (
            &["subscriber", "add", "-p", "1", "dave", "--email", "dave"],
            8,
            "email",
        ),
        (
            &[
                "subscriber",
                "add",
                "-p",
                "1",
                "dave",
                "--email",
                "dave@cabinet",
            ],
            8,
            "email",
        ),
        (&["subscriber", "add", "-p", "1", "dave"], 2, "--email"),
        (
            &["subscriber", "add", "-p", "5", "bob"],
            6,
            "does not exist",
        ),
        (
            &["subscriber", "add", "-p", "1", "bob"],
            7,
            "already subscribed",
        ),
        (
            &[
                "subscriber",
                "add",
                "-p",
                "1",
                "dave",
                "--email",
                "d@c.fr",
                "--name",
                " ",
            ],
            8,
            "name",
        ),
        (
            &["subscriber", "modify", "-p", "1", "bob"],
            2,
            "nothing to modify",
        ),
        (
            &["subscriber", "modify", "-p", "1", "bob", "--email", "x"],
            8,
            "email",
        ),
        (
            &["subscriber", "modify", "-p", "1", "zoe", "--name", "Zoe"],
            6,
            "not subscribed",
        ),
        (
            &[
                "subscriber",
                "modify",
                "-p",
                "1",
                "bob",
                "--suspend",
                "--resume",
            ],
            2,
            "",
        ),
        (
            &["subscriber", "remove", "-p", "1", "zoe", "--yes"],
            6,
            "not subscribed",
        ),
        // administrators
        (&["admin", "add", "zoe"], 6, "no user"),
        (&["admin", "add", "alice"], 7, "already an administrator"),
        (&["admin", "add", "Not A Login"], 8, "login"),
        (
            &["admin", "remove", "bob", "--yes"],
            6,
            "not an administrator",
        ),
        // settings and global flags
        (
            &["settings", "set", "third-party-registration", "yes-please"],
            2,
            "",
        ),
        (&["settings", "set", "colour", "on"], 2, ""),
        (&["-o", "xml", "portfolio", "list"], 2, ""),
        (
            &["--profile", "../../etc", "portfolio", "list"],
            8,
            "profile",
        ),
        (&["portfolio", "frobnicate"], 2, ""),
    ];
    for (args, code, needle) in cases {
        let err = env.unchanged(|| admin.fails(args, *code));
        assert!(
            err.contains(needle),
            "{args:?}: expected '{needle}' in:\n{err}"
        );
        if *code != 2 {
            assert!(
                err.contains("\nhint: ") || *code == 6 || *code == 7,
                "{args:?}: no hint:\n{err}"
            );
        }
    }
}

fn login_and_activate_refuse_bad_input(b: Backend) {
    let env = Env::with_space_on(b);
    let x = env.user("x");
    env.unchanged(|| {
        let out = x
            .cmd()
            .args(["login", "--user", "alice", "--password-stdin"])
            .write_stdin("")
            .output()
            .unwrap();
        expect_failure(&out, &["login"], 8)
    });
    env.unchanged(|| {
        let out = x.activate("nobody", "AAAA", "a long enough password");
        expect_failure(&out, &["activate"], 4)
    });
}

crate::on_both_backends!(
    every_argument_refuses_bad_values,
    login_and_activate_refuse_bad_input,
);
