//! The outbox delivered by email (R10) through a real SMTP server on 127.0.0.1
//! (aiosmtpd, installed by .ci/install-deps): the right people get the right messages,
//! never the actor; a server down then back sends each message once; a refused
//! recipient holds up nobody else; `serve` delivers on its own.

use std::io::BufRead;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::support::*;

/// Debian's python3, which has python3-aiosmtpd (another python3 may come first on PATH).
const PYTHON: &str = "/usr/bin/python3";

struct Sink {
    child: Child,
    dir: tempfile::TempDir,
}

impl Sink {
    fn start(port: u16, reject: &str) -> Sink {
        let dir = tempfile::tempdir().unwrap();
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/support/smtp_sink.py");
        let mut child = Command::new(PYTHON)
            .arg(script)
            .arg(dir.path())
            .arg(port.to_string())
            .env("REJECT", reject)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3-aiosmtpd is installed by .ci/install-deps");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP server did not start");
        Sink { child, dir }
    }

    /// What the server wrote for each message received, in order.
    fn records(&self) -> Vec<Value> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }

    /// (recipient, raw message) of everything received, in order.
    fn received(&self) -> Vec<(String, String)> {
        self.records()
            .iter()
            .map(|v| (field(v, "to"), field(v, "data")))
            .collect()
    }

    /// (recipient, subject, text) as a mail reader shows them, decoded.
    fn shown(&self) -> Vec<(String, String, String)> {
        self.records()
            .iter()
            .map(|v| (field(v, "to"), field(v, "subject"), field(v, "body")))
            .collect()
    }

    fn clear(&self) {
        for e in std::fs::read_dir(self.dir.path()).unwrap() {
            std::fs::remove_file(e.unwrap().path()).unwrap();
        }
    }
}

fn field(v: &Value, k: &str) -> String {
    v[k].as_str().unwrap().to_string()
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn unsent(env: &Env) -> i64 {
    env.sql()
        .query_row(
            "SELECT count(*) FROM outbox WHERE status <> 'sent'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// Until `serve` has delivered the whole outbox.
fn wait_until_sent(env: &Env, limit: Duration) {
    wait_until("the outbox delivered", limit, || unsent(env) == 0);
}

/// The firm's SMTP server is the sink on `port`.
fn configure(env: &Env, port: u16) {
    let admin = env.admin();
    admin.ok(&[
        "settings",
        "set",
        "smtp-from",
        "Cabinet Dupont <noreply@cabinet.fr>",
    ]);
    let out = admin.run(&[
        "settings",
        "set",
        "smtp",
        &format!("smtp+plain://127.0.0.1:{port}"),
    ]);
    succeeded(&out);
}

fn to(received: &[(String, String)], who: &str) -> Vec<String> {
    received
        .iter()
        .filter(|(rcpt, _)| rcpt == who)
        .map(|(_, data)| data.clone())
        .collect()
}

#[test]
fn r10_a_change_is_emailed_to_those_concerned_and_never_to_the_actor() {
    let env = firm(Backend::Local);
    let port = free_port();
    let sink = Sink::start(port, "");
    configure(&env, port);
    // What firm() queued before the SMTP server was set went out with the setting.
    assert!(!to(&sink.received(), "bob@cabinet.fr").is_empty());
    sink.clear();

    env.admin()
        .ok(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    let received = sink.received();
    assert_eq!(received.len(), 1, "{received:#?}");
    let bob = &to(&received, "bob@cabinet.fr")[0];
    assert!(
        bob.contains("Cabinet Dupont") && bob.contains("<noreply@cabinet.fr>"),
        "{bob}"
    );
    assert!(bob.contains("Subject: Clients: added Orange"), "{bob}");
    assert!(bob.contains("Message-ID: <outbox-"), "{bob}");
    assert!(bob.contains("Orange") && bob.contains("alice"), "{bob}");
    assert!(
        to(&received, "alice@cabinet.fr").is_empty(),
        "never the actor"
    );
    assert!(
        to(&received, "carol@cabinet.fr").is_empty(),
        "not concerned (R7)"
    );
    let list = env.admin().json(&["notifications", "list", "-n", "1"]);
    assert_eq!(list[0]["status"], "sent");
}

/// R10 in French: a space set to French emails its collaborators in French, subject,
/// text, date and signature, even when the change is made from an English shell.
#[test]
fn r10_a_french_space_emails_in_french() {
    let env = firm(Backend::Local);
    env.admin().ok(&["settings", "set", "language", "fr"]);
    let port = free_port();
    let sink = Sink::start(port, "");
    configure(&env, port);
    sink.clear();
    env.admin()
        .ok(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    let shown = sink.shown();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    let (to, subject, body) = &shown[0];
    assert_eq!(to, "bob@cabinet.fr");
    assert_eq!(
        subject,
        &fr("Clients : ajout de Orange (380 129 866) au portefeuille 1")
    );
    assert!(
        body.starts_with(&fr(
            "alice a ajouté Orange (380 129 866) au portefeuille 1.\n\nQuand : "
        )),
        "{body}"
    );
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .strftime("%d/%m/%Y")
        .to_string();
    assert!(body.contains(&fr(&format!("Quand : {today} "))), "{body}");
    assert!(
        body.contains(&format!("L'espace Urssaf de {FIRM}, par urssaf-admin.")),
        "{body}"
    );
}

#[test]
fn r10_a_server_down_then_back_gets_each_message_exactly_once() {
    let env = firm(Backend::Local);
    let port = free_port();
    {
        let sink = Sink::start(port, "");
        configure(&env, port);
        drop(sink);
    }
    // Down: the change is made (exit 0), a warning says the mail waits.
    let out = env
        .admin()
        .run(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("notifications were not sent"), "{err}");
    // Labelled a warning, naming the mail server.
    assert!(
        err.contains(&format!(
            "warning: notifications were not sent through smtp+plain://127.0.0.1:{port}"
        )),
        "{err}"
    );
    assert_eq!(env.count("clients"), 3);
    let list = env.admin().json(&["notifications", "list", "-n", "1"]);
    assert_eq!(list[0]["status"], "pending");
    assert!(
        list[0]["last_error"]
            .as_str()
            .is_some_and(|e| !e.is_empty()),
        "{list:#}"
    );

    let waiting_id = list[0]["id"].as_i64().unwrap();
    // Back: each waiting message is sent once, however often delivery runs, and with no
    // keyring at all (this server wants no password).
    let sink = Sink::start(port, "");
    let token = env.admin().token();
    for _ in 0..2 {
        let out = env
            .admin()
            .cmd()
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env("URSSAF_ADMIN_TOKEN", &token)
            .args(["notifications", "send", "--now"])
            .output()
            .unwrap();
        succeeded(&out);
    }
    let received = sink.received();
    let orange: Vec<_> = received
        .iter()
        .filter(|(_, d)| d.contains("Orange"))
        .collect();
    assert_eq!(orange.len(), 1, "{received:#?}");
    // The Message-ID names the outbox row: the same at every attempt.
    assert!(
        orange[0]
            .1
            .contains(&format!("Message-ID: <outbox-{waiting_id}-")),
        "{}",
        orange[0].1
    );
    let ids: std::collections::BTreeSet<_> = received
        .iter()
        .map(|(_, d)| {
            d.lines()
                .find(|l| l.starts_with("Message-ID:"))
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), received.len(), "no message twice");
}

#[test]
fn r10_a_refused_recipient_holds_up_nobody_else() {
    let env = firm(Backend::Local);
    let port = free_port();
    let sink = Sink::start(port, "bob@cabinet.fr");
    configure(&env, port);
    sink.clear();
    // A move concerns both portfolios: bob (1) and carol (2).
    let out = env
        .admin()
        .run(&["clients", "move", "356000000", "--to", "2"]);
    assert!(out.status.success());
    let received = sink.received();
    assert_eq!(to(&received, "carol@cabinet.fr").len(), 1, "{received:#?}");
    assert!(to(&received, "bob@cabinet.fr").is_empty());
    let list = env.admin().json(&["notifications", "list", "-n", "2"]);
    let bob = list
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["recipient"] == "bob")
        .unwrap();
    // A 550 is for good: given up at once, with the reason.
    assert_eq!(bob["status"], "failed");
    assert!(
        bob["last_error"].as_str().unwrap().contains("550"),
        "{bob:#}"
    );
}

#[test]
fn r10_serve_delivers_on_its_own() {
    let env = firm(Backend::Remote);
    let port = free_port();
    let sink = Sink::start(port, "");
    configure(&env, port);
    // The backlog firm() queued goes out first.
    wait_until_sent(&env, Duration::from_secs(15));
    assert!(!to(&sink.received(), "bob@cabinet.fr").is_empty());
    sink.clear();
    env.admin()
        .ok(&["clients", "add", "380129866", "--name", "Orange", "-p", "1"]);
    wait_until(
        "the server to deliver the change",
        Duration::from_secs(15),
        || {
            to(&sink.received(), "bob@cabinet.fr")
                .iter()
                .any(|d| d.contains("Orange"))
        },
    );
    assert!(to(&sink.received(), "alice@cabinet.fr").is_empty());
}

#[test]
fn smtp_settings_are_checked_and_the_password_stays_out_of_the_space() {
    let env = firm(Backend::Local);
    let admin = env.admin();
    for (url, why) in [
        ("smtp+plain://mail.cabinet.fr:25", "this machine only"),
        (
            "smtp://user:secret@mail.cabinet.fr",
            "does not go in the URL",
        ),
        ("ftp://mail.cabinet.fr", "not smtp"),
    ] {
        let err = env.unchanged(|| admin.fails(&["settings", "set", "smtp", url], 8));
        assert!(err.contains(why), "{url}: {err}");
    }
    env.unchanged(|| admin.fails(&["settings", "set", "smtp-from", "not an address"], 8));
    admin
        .cmd()
        .args([
            "settings",
            "set",
            "smtp",
            // .invalid never resolves: the delivery tried after the change fails at once.
            "smtp://notifier@mail.cabinet.invalid:587",
            "--password-stdin",
        ])
        .write_stdin("a smtp password\n")
        .assert()
        .success();
    let dump: String = std::fs::read(&env.db)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap();
    assert!(
        !dump.contains("a smtp password"),
        "the password is not in the database"
    );
    let shown = admin.json(&["settings", "show"]);
    assert_eq!(shown["smtp"], "smtp://notifier@mail.cabinet.invalid:587");
    // An error never shows a password typed into the URL.
    let err = admin.fails(
        &["settings", "set", "smtp", "smtp://u:s3cret@host:99999"],
        8,
    );
    assert!(!err.contains("s3cret"), "{err}");
}

/// A bulk run reaches a server in batches: each person still gets one message for the
/// whole run.
#[test]
fn r10_a_run_in_batches_is_one_message_per_person() {
    let env = firm(Backend::Remote);
    let port = free_port();
    let sink = Sink::start(port, "");
    configure(&env, port);
    wait_until_sent(&env, Duration::from_secs(15));
    sink.clear();
    let rows: String = (0..1500)
        .map(|i| format!("{},Client {i},{}\n", siren(50_000 + i), i % 2 + 1))
        .collect();
    let path = env.path().join("run.csv");
    std::fs::write(&path, format!("siren,name,portfolio\n{rows}")).unwrap();
    env.admin()
        .ok(&["clients", "import", path.to_str().unwrap()]);
    wait_until(
        "the run's messages delivered",
        Duration::from_secs(30),
        || unsent(&env) == 0 && sink.received().len() >= 2,
    );
    let received = sink.received();
    assert_eq!(received.len(), 2, "bob and carol, once each: {received:#?}");
    let bob = &to(&received, "bob@cabinet.fr")[0];
    assert!(bob.contains("750 clients added"), "{bob}");
    assert_eq!(to(&received, "carol@cabinet.fr").len(), 1);
}

/// `serve` refuses an SMTP password file that others can read.
#[test]
fn serve_refuses_a_password_file_others_can_read() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::with_space();
    let file = env.path().join("smtp-password");
    std::fs::write(&file, "secret\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = env
        .bare()
        .args([
            "--db",
            env.db.to_str().unwrap(),
            "serve",
            "--listen",
            "127.0.0.1:0",
        ])
        .arg("--smtp-password-file")
        .arg(&file)
        .output()
        .unwrap();
    let err = expect_failure(&out, &["serve"], 8);
    assert!(err.contains("can be read by others"), "{err}");
}

/// The code a welcome email carries, as it reads: four groups of four.
fn code_in(text: &str) -> Option<String> {
    text.split_whitespace()
        .find(|w| {
            let groups: Vec<&str> = w.split('-').collect();
            groups.len() == 4
                && groups
                    .iter()
                    .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_alphanumeric()))
        })
        .map(str::to_string)
}

/// R6 and the security review: the welcome email carries a code made when it is sent,
/// which works once; the space keeps only hashes, so the file never holds it.
#[test]
fn r6_the_welcome_email_carries_a_working_code_the_space_never_holds() {
    let env = firm(Backend::Local);
    let port = free_port();
    let sink = Sink::start(port, "");
    configure(&env, port);
    sink.clear();
    let added = env.admin().json(&[
        "subscriber",
        "add",
        "-p",
        "1",
        "dave",
        "--email",
        "dave@cabinet.fr",
    ]);
    let handed = added["activation_code"].as_str().unwrap().to_string();
    let mails = sink.shown();
    let (_, _, text) = mails
        .iter()
        .find(|(to, ..)| to == "dave@cabinet.fr")
        .expect("dave's welcome was sent");
    let mailed = code_in(text).unwrap_or_else(|| panic!("no code in {text}"));
    assert_ne!(mailed, handed, "each channel has its own code");
    assert!(text.contains("urssaf-admin activate --user dave"), "{text}");
    let mut disk = Vec::new();
    for side in ["", "-wal"] {
        disk.extend(std::fs::read(format!("{}{side}", env.db.display())).unwrap_or_default());
    }
    for code in [&mailed, &handed] {
        for form in [code.clone(), code.replace('-', "")] {
            assert!(
                !disk.windows(form.len()).any(|w| w == form.as_bytes()),
                "{form} is in the database file"
            );
        }
    }
    let dave = env.user("dave");
    let out = dave.activate("dave", &mailed, "dave's long password");
    succeeded(&out);
    // Spent: the other code died with it.
    let out = dave.activate("dave", &handed, "another long password");
    expect_failure(&out, &["activate"], 4);
}

/// A digest interval holds a person's messages so that later changes join them; sent
/// messages go with the audit of their time (12 months by default).
#[test]
fn r10_a_digest_interval_waits_and_sent_messages_are_kept_a_bounded_time() {
    let env = firm(Backend::Local);
    let port = free_port();
    let sink = Sink::start(port, "");
    configure(&env, port);
    env.admin()
        .ok(&["settings", "set", "notification-digest", "60"]);
    sink.clear();
    for (siren, name) in [("380129866", "Orange"), ("542051180", "Total")] {
        env.admin()
            .ok(&["clients", "add", siren, "--name", name, "-p", "1"]);
    }
    env.admin().ok(&["notifications", "send"]);
    assert!(
        to(&sink.received(), "bob@cabinet.fr").is_empty(),
        "not before the hour"
    );
    let bob = env.user("bob").json(&["notifications", "list"]);
    assert_eq!(bob[0]["status"], "pending");
    assert_eq!(bob[0]["changes"].as_array().unwrap().len(), 2, "{bob}");
    // An hour later, one email with both.
    let rw = env.rw();
    rw.execute(
        "UPDATE outbox SET created_at = '2000-01-01T00:00:00Z' WHERE status = 'pending'",
        [],
    )
    .unwrap();
    env.admin().ok(&["notifications", "send"]);
    let mails = to(&sink.received(), "bob@cabinet.fr");
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert!(mails[0].contains("Orange") && mails[0].contains("Total"));
    let sent = |c: &rusqlite::Connection| -> i64 {
        c.query_row(
            "SELECT count(*) FROM outbox WHERE status = 'sent' AND created_at < '2001'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(sent(&rw), 1);
    // Sent long ago: gone at the next delivery.
    rw.execute(
        "UPDATE outbox SET sent_at = '2000-01-01T00:05:00Z' WHERE created_at < '2001'",
        [],
    )
    .unwrap();
    env.admin()
        .ok(&["settings", "set", "notification-digest", "off"]);
    env.admin().ok(&["notifications", "send"]);
    assert_eq!(sent(&rw), 0, "sent in 2000, past the audit's retention");
}
