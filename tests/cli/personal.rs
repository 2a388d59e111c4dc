//! Personal data (RGPD), on both backends through the built binary: a person's export
//! holds what was put in and nothing about anyone else; an erasure leaves nothing of the
//! person in the database file; the retention removes old audit entries and message
//! bodies, by hand and by `serve` (R2, R3, R10, R11).

use serde_json::Value;

use crate::support::*;

const ZOE: &str = "zoe.leaver";
const ZOE_EMAIL: &str = "zoe.depart@example.org";
const ZOE_NAME: &str = "Zoé Départ";
const ZOE_PW: &str = "zoe's long password";

/// Zoé: an account of her own, in portfolio 1, signed in once, with a wrong password
/// counted, a change of her name and email audited, and a hand-over to carol.
fn with_zoe(b: Backend) -> Env {
    let env = firm(b);
    let admin = env.admin();
    let added = admin.json(&[
        "subscriber",
        "add",
        "-p",
        "1",
        ZOE,
        "--email",
        "first@example.org",
        "--name",
        "Zoé Avant",
    ]);
    let code = added["activation_code"].as_str().unwrap();
    succeeded(&env.user("zoe").activate(ZOE, code, ZOE_PW));
    env.user("zoe").login(ZOE, ZOE_PW);
    admin.ok(&[
        "subscriber",
        "modify",
        "-p",
        "1",
        ZOE,
        "--name",
        ZOE_NAME,
        "--email",
        ZOE_EMAIL,
    ]);
    let out = env
        .user("zoe")
        .cmd()
        .args(["login", "--user", ZOE, "--password-stdin"])
        .write_stdin("not her password\n")
        .output()
        .unwrap();
    expect_failure(&out, &["login"], 4);
    admin.ok(&["subscriber", "copy", "--from", ZOE, "--to", "carol"]);
    env
}

fn zoe_export_holds_what_was_put_in_and_nothing_about_anyone_else(b: Backend) {
    let env = with_zoe(b);
    let zoe = env.user("zoe");
    let doc = zoe.json(&["user", "export", ZOE]);
    assert_eq!(doc["account"]["login"], ZOE);
    assert_eq!(doc["account"]["name"], ZOE_NAME);
    assert_eq!(doc["account"]["email"], ZOE_EMAIL);
    assert_eq!(doc["account"]["status"], "active");
    assert!(doc["account"]["last_sign_in_at"].is_string(), "{doc}");
    assert_eq!(doc["controller"]["siren"], "732829320");
    let portfolios: Vec<&Value> = doc["subscriptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["portfolio"])
        .collect();
    assert_eq!(portfolios, [&Value::from(1)]);
    assert!(!doc["sessions"].as_array().unwrap().is_empty(), "{doc}");
    let failures = doc["sign_in_failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1, "{doc}");
    assert_eq!(failures[0]["failures"], 1);
    let actions: Vec<&str> = doc["audit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "user.create",
        "subscription.add",
        "user.activate",
        "session.login",
        "subscription.modify",
    ] {
        assert!(actions.contains(&action), "{action} not in {actions:?}");
    }
    // The hand-over names her in carol's entry: about her too.
    assert!(
        doc["audit"].to_string().contains("carol (from zoe.leaver)"),
        "{doc}"
    );
    let messages = doc["messages"].as_array().unwrap();
    assert!(!messages.is_empty());
    assert!(
        messages
            .iter()
            .all(|m| m["email"] == ZOE_EMAIL || m["email"] == "first@example.org")
    );
    // Nothing about anyone else: not bob, not alice's sessions, not the clients.
    let text = doc.to_string();
    for other in [
        "bob",
        "alice@cabinet.fr",
        "Alice Admin",
        "La Poste",
        "Collaborator carol",
    ] {
        assert!(!text.contains(other), "{other} in {text}");
    }

    // R2: bob may export his own data, not hers; the refusal says nothing of who exists.
    let bob = env.user("bob");
    env.unchanged(|| bob.fails(&["user", "export", ZOE], 5));
    env.unchanged(|| bob.fails(&["user", "export", "nobody.here"], 5));
    assert_eq!(
        bob.json(&["user", "export", "bob"])["account"]["login"],
        "bob"
    );

    // An administrator may export anyone's; audited, and the person is told (R10, R11).
    let file = env.path().join("zoe.json");
    let file_s = file.to_str().unwrap();
    let said = env.admin().run(&["user", "export", ZOE, "--out", file_s]);
    assert!(stderr(&said).contains("zoe.json"), "{}", stderr(&said));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(written["account"]["email"], ZOE_EMAIL);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // An existing file is never overwritten.
    env.admin()
        .fails(&["user", "export", ZOE, "--out", file_s], 1);
    let audit = env
        .admin()
        .json(&["audit", "list", "--target", ZOE, "-n", "100"]);
    let exports: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "user.export")
        .map(|e| e["actor"].as_str().unwrap())
        .collect();
    // zoe's own export, and alice's (the refused --out made none).
    assert_eq!(
        exports.iter().filter(|a| **a == "alice").count(),
        1,
        "{audit}"
    );
    assert!(exports.contains(&ZOE), "{audit}");
    let told = env.user("zoe").json(&["notifications", "list"]).to_string();
    assert!(
        told.contains("exported the personal data of zoe.leaver"),
        "{told}"
    );
}

/// Every table, as bytes: the main file and its journal, as the command left them.
fn file_bytes(env: &Env) -> Vec<u8> {
    let mut bytes = std::fs::read(&env.db).unwrap();
    for side in ["-wal", "-journal"] {
        let mut p = env.db.clone().into_os_string();
        p.push(side);
        if let Ok(more) = std::fs::read(std::path::PathBuf::from(p)) {
            bytes.extend(more);
        }
    }
    bytes
}

fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

fn erasing_leaves_nothing_of_the_person_in_the_database_file(b: Backend) {
    let env = with_zoe(b);
    let admin = env.admin();
    // Refused while the account is active (and anyone's but an administrator's).
    let err = env.unchanged(|| admin.fails(&["user", "erase", ZOE, "--yes"], 7));
    assert!(err.contains("disable it before erasing it"), "{err}");
    // R3: the last administrator is active, so cannot be erased either.
    env.unchanged(|| admin.fails(&["user", "erase", "alice", "--yes"], 7));
    admin.ok(&["user", "disable", ZOE, "--yes"]);
    env.unchanged(|| env.user("bob").fails(&["user", "erase", ZOE, "--yes"], 5));
    // A script without --yes, and a dry run, change nothing.
    env.unchanged(|| admin.fails(&["user", "erase", ZOE], 2));
    let preview = env.unchanged(|| admin.json(&["user", "erase", ZOE, "--dry-run"]));
    let pseudonym = preview["pseudonym"].as_str().unwrap().to_string();
    assert!(pseudonym.starts_with("erased#"), "{preview}");
    let before = file_bytes(&env);
    for trace in [ZOE, ZOE_EMAIL, ZOE_NAME] {
        assert!(holds(&before, trace), "{trace} not even there before");
    }
    let (users, audit) = (env.count("users"), env.count("audit"));

    let erased = admin.json(&["user", "erase", ZOE, "--yes"]);
    assert_eq!(erased["pseudonym"], pseudonym.as_str());
    assert!(erased["audit_entries"].as_u64().unwrap() >= 6, "{erased}");

    // Nothing of her in any table, in any free page, nor in the journal.
    let after = file_bytes(&env);
    for trace in [ZOE, ZOE_EMAIL, ZOE_NAME, "first@example.org", "Zoé Avant"] {
        assert!(
            !holds(&after, trace),
            "{trace} is still in the database file"
        );
    }
    assert_eq!(env.integrity(), "ok");
    // Nothing deleted that the record needs: the account (as a pseudonym) and every
    // entry stay, with one more saying an erasure happened, by whom.
    assert_eq!(env.count("users"), users);
    let entries = admin.json(&["audit", "list", "-n", "1000"]);
    assert_eq!(entries.as_array().unwrap().len() as i64, audit + 1);
    let last = &entries[0];
    assert_eq!(last["action"], "user.erase");
    assert_eq!(last["actor"], "alice");
    assert_eq!(last["target"], format!("user {pseudonym}"));
    let text = entries.to_string();
    assert!(
        text.contains(&format!("carol (from {pseudonym})")),
        "{text}"
    );
    assert!(
        admin
            .ok(&["audit", "list", "-n", "1000"])
            .contains(&pseudonym)
    );
    // The pseudonym stands for her wherever she was: her own entries are its entries.
    let hers = admin.json(&["audit", "list", "--actor", &pseudonym]);
    assert!(
        hers.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "session.login"),
        "{hers}"
    );
    // She is gone as a login; the others and the space go on as before.
    admin.fails(&["user", "export", ZOE], 6);
    let review = admin.json(&["access", "review"]).to_string();
    assert!(
        !review.contains(ZOE) && review.contains(&pseudonym),
        "{review}"
    );
    admin.ok(&["subscriber", "list"]);
    env.user("carol").ok(&["clients", "list"]);
    env.unchanged(|| admin.fails(&["user", "erase", &pseudonym, "--yes"], 7));
    // R10: the other administrators would be told; here alice is the only one (the
    // actor), so no message about the erasure exists at all.
    let outbox = admin
        .json(&["notifications", "list", "-n", "1000"])
        .to_string();
    assert!(!outbox.contains("erased the account"), "{outbox}");
}

/// Days ago, as the database writes times.
fn days_ago(days: i64) -> String {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        - days * 86_400;
    jiff::Timestamp::from_second(t).unwrap().to_string()
}

/// Some entries and messages made old: two audit entries from 2020, and every message
/// (sent) 40 days ago.
fn age(env: &Env) -> i64 {
    let rw = env.rw();
    rw.execute(
        "UPDATE audit SET at = '2020-01-01T00:00:00Z' WHERE id IN (2, 3)",
        [],
    )
    .unwrap();
    rw.execute(
        "UPDATE outbox SET status = 'sent', sent_at = ?1",
        [days_ago(40)],
    )
    .unwrap();
    rw.query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))
        .unwrap()
}

fn retention_removes_old_entries_and_message_bodies(b: Backend) {
    let env = firm(b);
    let admin = env.admin();
    let settings = admin.json(&["settings", "show"]);
    assert_eq!(settings["audit_retention_months"], 12);
    assert_eq!(settings["notification_retention_days"], 30);
    let messages = age(&env);
    assert!(messages > 0);
    let audit = env.count("audit");

    let preview = env.unchanged(|| admin.json(&["audit", "purge", "--dry-run"]));
    assert_eq!(preview["audit_entries"], 2, "{preview}");
    assert_eq!(preview["message_bodies"], messages, "{preview}");
    env.unchanged(|| admin.fails(&["audit", "purge"], 2));
    env.unchanged(|| env.user("bob").fails(&["audit", "purge", "--yes"], 5));

    let done = admin.json(&["audit", "purge", "--yes"]);
    assert_eq!(done["audit_entries"], 2);
    // The two old ones gone, the purge itself recorded.
    assert_eq!(env.count("audit"), audit - 2 + 1);
    let old: i64 = env
        .sql()
        .query_row("SELECT count(*) FROM audit WHERE at < '2021'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(old, 0);
    let last = &admin.json(&["audit", "list", "-n", "1"])[0];
    assert_eq!(last["action"], "audit.purge");
    assert_eq!(last["actor"], "alice");
    // Messages keep their record (to whom, when, the subject), not their bodies.
    let (rows, with_body): (i64, i64) = env
        .sql()
        .query_row(
            "SELECT count(*), count(*) FILTER (WHERE body <> '') FROM outbox",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((rows, with_body), (messages, 0));
    // Applied again: nothing left to remove.
    let again = admin.json(&["audit", "purge", "--yes"]);
    assert_eq!(
        (
            again["audit_entries"].as_u64(),
            again["message_bodies"].as_u64()
        ),
        (Some(0), Some(0))
    );

    // Bounded settings, audited like any other.
    admin.fails(&["settings", "set", "audit-retention", "0"], 2);
    admin.fails(&["settings", "set", "notification-retention", "99999"], 2);
    admin.ok(&["settings", "set", "audit-retention", "6"]);
    admin.ok(&["settings", "set", "notification-retention", "7"]);
    let settings = admin.json(&["settings", "show"]);
    assert_eq!(settings["audit_retention_months"], 6);
    assert_eq!(settings["notification_retention_days"], 7);
    let changed = admin.json(&["audit", "list", "-n", "3"]);
    assert_eq!(changed[1]["target"], "audit-retention", "{changed}");
    assert_eq!(changed[1]["detail"], "6", "{changed}");
    // Six months: an entry from eight months ago goes now.
    env.rw()
        .execute(
            "UPDATE audit SET at = ?1 WHERE id = (SELECT min(id) FROM audit)",
            [days_ago(240)],
        )
        .unwrap();
    assert_eq!(admin.json(&["audit", "purge", "--yes"])["audit_entries"], 1);
}

crate::on_both_backends!(
    zoe_export_holds_what_was_put_in_and_nothing_about_anyone_else,
    erasing_leaves_nothing_of_the_person_in_the_database_file,
    retention_removes_old_entries_and_message_bodies,
);

/// `serve` applies the retention on its own (at start, then daily), recorded under its
/// own name, never a person's.
#[test]
fn serve_applies_the_retention_by_itself() {
    let env = firm(Backend::Local);
    let messages = age(&env);
    let audit = env.count("audit");
    let server = Server::start(&env, &[]);
    wait_until(
        "serve applied the retention",
        std::time::Duration::from_secs(10),
        || env.count("audit") == audit - 2 + 1,
    );
    let (actor, detail): (String, String) = env
        .sql()
        .query_row(
            "SELECT actor, detail FROM audit ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(actor, "urssaf-admin serve");
    assert!(detail.starts_with("2 entries before"), "{detail}");
    let emptied: i64 = env
        .sql()
        .query_row("SELECT count(*) FROM outbox WHERE body = ''", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(emptied, messages);
    // The log line is written after the commit the test saw, so it is waited for too.
    wait_until(
        "serve logged the retention",
        std::time::Duration::from_secs(10),
        || server.log().contains("retention applied"),
    );
}
