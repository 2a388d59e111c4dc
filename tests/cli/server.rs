//! `urssaf-admin serve` on 127.0.0.1: the OpenAPI document, who may call what, lockout,
//! HTTPS, the server going down, the request log, the offline cache.

use std::collections::BTreeSet;

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::*;

/// A firm on a server: portfolios 1 and 2, bob subscribed to 1, carol to 2.
fn served_firm() -> Env {
    firm(Backend::Remote)
}

fn token_of(env: &Env, who: &str) -> String {
    env.user(who).token()
}

fn openapi_routes(env: &Env) -> BTreeSet<(String, String)> {
    let doc: Value = http()
        .get(format!("{}/openapi.json", env.url()))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(doc["openapi"].as_str().unwrap().chars().next(), Some('3'));
    let mut routes = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                routes.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    routes
}

#[test]
fn the_openapi_document_lists_the_routes_the_issue_asks_for() {
    let env = Env::with_space_on(Backend::Remote);
    let routes = openapi_routes(&env);
    for (method, path) in [
        ("POST", "/v1/sessions"),
        ("DELETE", "/v1/sessions/current"),
        ("GET", "/v1/me"),
        ("GET", "/v1/portfolios"),
        ("POST", "/v1/portfolios"),
        ("GET", "/v1/portfolios/{number}"),
        ("GET", "/v1/portfolios/{number}/subscribers"),
        ("POST", "/v1/portfolios/{number}/subscribers"),
        ("DELETE", "/v1/portfolios/{number}/subscribers/{login}"),
        ("GET", "/v1/clients"),
        ("POST", "/v1/clients"),
        ("PATCH", "/v1/clients/{id}"),
        ("DELETE", "/v1/clients/{id}"),
        ("POST", "/v1/imports/clients"),
        ("POST", "/v1/imports/subscribers"),
        ("GET", "/v1/admins"),
        ("GET", "/v1/settings"),
        ("GET", "/v1/audit"),
        ("GET", "/v1/notifications"),
        ("POST", "/v1/activations"),
        ("GET", "/healthz"),
    ] {
        assert!(
            routes.contains(&(method.into(), path.into())),
            "{method} {path} undocumented"
        );
    }
    // An undocumented route does not exist.
    let r = http()
        .get(format!("{}/v1/secret-admin", env.url()))
        .send()
        .unwrap();
    assert_eq!(r.status(), 404);
}

const NONE: usize = 0;
const EXPIRED: usize = 1;
const SUB1: usize = 2;
const SUB2: usize = 3;
const ADMIN: usize = 4;

/// Every route, by every kind of caller. Changes are dry runs, so the matrix leaves the
/// space as it found it and each cell is independent of the others.
#[test]
fn authorization_matrix_every_route_by_every_caller() {
    let env = served_firm();
    let base = env.url();
    let expired = {
        env.user("old").login("alice", ADMIN_PW);
        let t = token_of(&env, "old");
        let hash: String = {
            use sha2::Digest;
            sha2::Sha256::digest(t.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        };
        let n = env
            .rw()
            .execute(
                "UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z' WHERE token_hash = ?1",
                [hash],
            )
            .unwrap();
        assert_eq!(n, 1);
        t
    };
    let tokens = [
        None,
        Some(expired),
        Some(token_of(&env, "bob")),
        Some(token_of(&env, "carol")),
        Some(token_of(&env, "alice")),
    ];
    // (method, path as documented, concrete path, body, expected per caller)
    let matrix: Vec<(&str, &str, &str, Value, [u16; 5])> = vec![
        (
            "GET",
            "/healthz",
            "/healthz",
            json!(null),
            [200, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/v1/me",
            "/v1/me",
            json!(null),
            [401, 401, 200, 200, 200],
        ),
        (
            "GET",
            "/v1/portfolios",
            "/v1/portfolios",
            json!(null),
            [401, 401, 200, 200, 200],
        ),
        (
            "POST",
            "/v1/portfolios",
            "/v1/portfolios?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/portfolios/{number}",
            "/v1/portfolios/1",
            json!(null),
            [401, 401, 200, 403, 200],
        ),
        (
            "GET",
            "/v1/portfolios/{number}/subscribers",
            "/v1/portfolios/1/subscribers",
            json!(null),
            [401, 401, 200, 403, 200],
        ),
        (
            "POST",
            "/v1/portfolios/{number}/subscribers",
            "/v1/portfolios/1/subscribers?dry_run=true",
            json!({"login": "dave", "email": "dave@cabinet.fr"}),
            [401, 401, 403, 403, 200],
        ),
        (
            "PATCH",
            "/v1/portfolios/{number}/subscribers/{login}",
            "/v1/portfolios/1/subscribers/bob?dry_run=true",
            json!({"name": "Bobby"}),
            [401, 401, 403, 403, 200],
        ),
        (
            "DELETE",
            "/v1/portfolios/{number}/subscribers/{login}",
            "/v1/portfolios/1/subscribers/bob?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/subscribers",
            "/v1/subscribers?portfolio=1",
            json!(null),
            [401, 401, 200, 403, 200],
        ),
        (
            "GET",
            "/v1/admins",
            "/v1/admins",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "PUT",
            "/v1/admins/{login}",
            "/v1/admins/bob?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "DELETE",
            "/v1/admins/{login}",
            "/v1/admins/alice?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 409],
        ),
        (
            "POST",
            "/v1/users/{login}/activation-code",
            "/v1/users/bob/activation-code?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 409],
        ),
        (
            "GET",
            "/v1/clients",
            "/v1/clients?portfolio=1",
            json!(null),
            [401, 401, 200, 403, 200],
        ),
        (
            "POST",
            "/v1/clients",
            "/v1/clients?dry_run=true",
            json!({"id": "380129866", "name": "Orange", "portfolio": 1}),
            [401, 401, 403, 403, 200],
        ),
        (
            "PATCH",
            "/v1/clients/{id}",
            "/v1/clients/356000000?dry_run=true",
            json!({"portfolio": 2}),
            [401, 401, 403, 403, 200],
        ),
        (
            "DELETE",
            "/v1/clients/{id}",
            "/v1/clients/356000000?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/clients/{id}/mandate",
            "/v1/clients/356000000/mandate",
            json!(null),
            [401, 401, 200, 403, 200],
        ),
        (
            "PUT",
            "/v1/clients/{id}/mandate",
            "/v1/clients/356000000/mandate?dry_run=true",
            json!({"signed_on": "2026-01-15", "renews": "yearly"}),
            [401, 401, 403, 403, 200],
        ),
        // None is recorded: nothing to clear.
        (
            "DELETE",
            "/v1/clients/{id}/mandate",
            "/v1/clients/356000000/mandate?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 404],
        ),
        (
            "GET",
            "/v1/mandates",
            "/v1/mandates?expiring=30",
            json!(null),
            [401, 401, 200, 200, 200],
        ),
        (
            "GET",
            "/v1/portfolios/{number}/establishments",
            "/v1/portfolios/1/establishments",
            json!(null),
            [401, 401, 200, 403, 200],
        ),
        (
            "POST",
            "/v1/portfolios/{number}/sync",
            "/v1/portfolios/1/sync?dry_run=true",
            json!({"rows": [{"line": 1, "id": "356000000", "keep": true}]}),
            [401, 401, 403, 403, 200],
        ),
        (
            "POST",
            "/v1/imports/clients",
            "/v1/imports/clients",
            json!({"run": "matrix-run-1", "dry_run": true,
                   "rows": [{"line": 2, "id": "380129866", "name": "Orange", "portfolio": "1"}]}),
            [401, 401, 403, 403, 200],
        ),
        (
            "POST",
            "/v1/imports/subscribers",
            "/v1/imports/subscribers",
            json!({"run": "matrix-run-2", "dry_run": true,
                   "rows": [{"line": 2, "login": "dan", "email": "dan@cabinet.fr",
                             "name": "", "portfolio": "1"}]}),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/settings",
            "/v1/settings",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "PATCH",
            "/v1/settings",
            "/v1/settings?dry_run=true",
            json!({"third_party_registration": true}),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/audit",
            "/v1/audit",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/notifications",
            "/v1/notifications",
            json!(null),
            [401, 401, 200, 200, 200],
        ),
        (
            "POST",
            "/v1/users/{login}/disable",
            "/v1/users/bob/disable?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        // bob is not disabled: nothing to enable.
        (
            "POST",
            "/v1/users/{login}/enable",
            "/v1/users/bob/enable?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 409],
        ),
        // alice's own (an export of someone else's would tell them, a change to the
        // outbox); tests/cli/personal.rs has a collaborator's own, and the refusals.
        (
            "GET",
            "/v1/users/{login}/personal-data",
            "/v1/users/alice/personal-data",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        // bob is active: he must be disabled before he can be erased.
        (
            "POST",
            "/v1/users/{login}/erase",
            "/v1/users/bob/erase?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 409],
        ),
        (
            "POST",
            "/v1/audit/purge",
            "/v1/audit/purge?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "POST",
            "/v1/handovers",
            "/v1/handovers?dry_run=true",
            json!({"from": "bob", "to": "carol"}),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/access/clients/{id}",
            "/v1/access/clients/356000000",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/access/users/{login}",
            "/v1/access/users/bob",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/access/review",
            "/v1/access/review?idle=30",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        (
            "GET",
            "/v1/register",
            "/v1/register",
            json!(null),
            [401, 401, 200, 200, 200],
        ),
        // Any signed-in user may ask the register (this one knows no company).
        (
            "GET",
            "/v1/register/{id}",
            "/v1/register/356000000?ask=quick",
            json!(null),
            [401, 401, 200, 200, 200],
        ),
        (
            "POST",
            "/v1/register-renames",
            "/v1/register-renames?dry_run=true",
            json!(null),
            [401, 401, 403, 403, 200],
        ),
        // Sign-in routes: wrong credentials are 401 whoever asks (a bearer does not
        // matter), and the fifth wrong password in a row locks the login: 429.
        (
            "POST",
            "/v1/sessions",
            "/v1/sessions",
            json!({"login": "nobody", "password": "not a password"}),
            [401, 401, 401, 401, 429],
        ),
        (
            "POST",
            "/v1/activations",
            "/v1/activations",
            json!({"login": "nobody", "code": "AAAA", "password": "a long enough password"}),
            [401, 401, 401, 401, 429],
        ),
        (
            "GET",
            "/v1/sessions",
            "/v1/sessions",
            json!(null),
            [401, 401, 200, 200, 200],
        ),
        // Nobody has a session 999999; only an administrator may end another's.
        (
            "DELETE",
            "/v1/sessions/{id}",
            "/v1/sessions/999999",
            json!(null),
            [401, 401, 404, 404, 404],
        ),
        (
            "DELETE",
            "/v1/users/{login}/sessions",
            "/v1/users/nobody/sessions",
            json!(null),
            [401, 401, 403, 403, 404],
        ),
        // Skipped by the loop (they would end the callers' sessions), checked below.
        (
            "DELETE",
            "/v1/sessions",
            "/v1/sessions",
            json!(null),
            [401, 401, 200, 200, 200],
        ),
        // Logout last: it revokes each caller's session.
        (
            "DELETE",
            "/v1/sessions/current",
            "/v1/sessions/current",
            json!(null),
            [401, 401, 200, 200, 200],
        ),
    ];
    let documented = openapi_routes(&env);
    let covered: BTreeSet<(String, String)> = matrix
        .iter()
        .map(|(m, p, ..)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(
        documented, covered,
        "the matrix must cover exactly the documented routes"
    );

    let before = env.snapshot();
    let mut failures = Vec::new();
    for (method, _, path, body, expected) in &matrix {
        if *path == "/v1/sessions/current" || (*method == "DELETE" && *path == "/v1/sessions") {
            continue;
        }
        for (who, token) in tokens.iter().enumerate() {
            let mut req = http().request(
                Method::from_bytes(method.as_bytes()).unwrap(),
                format!("{base}{path}"),
            );
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            if !body.is_null() {
                req = req.json(body);
            }
            let status = req.send().unwrap().status().as_u16();
            if status != expected[who] {
                failures.push(format!(
                    "{method} {path} as #{who}: {status}, expected {}",
                    expected[who]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    let strip = |s: String| -> String {
        s.lines()
            .filter(|l| !l.starts_with("sessions:") && !l.starts_with("audit:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        strip(before),
        strip(env.snapshot()),
        "the matrix changed the space"
    );

    // Logout revokes: the same token is refused afterwards.
    let logout = &matrix.last().unwrap().4;
    for who in [SUB1, SUB2, ADMIN, NONE, EXPIRED] {
        let mut req = http().delete(format!("{base}/v1/sessions/current"));
        if let Some(t) = &tokens[who] {
            req = req.bearer_auth(t);
        }
        assert_eq!(
            req.send().unwrap().status().as_u16(),
            logout[who],
            "logout as #{who}"
        );
    }
    let r = http()
        .get(format!("{base}/v1/me"))
        .bearer_auth(tokens[ADMIN].as_ref().unwrap())
        .send()
        .unwrap();
    assert_eq!(r.status(), 401);
}

#[test]
fn r7_over_http_carol_never_sees_a_client_of_portfolio_1() {
    let env = served_firm();
    let base = env.url();
    let carol = token_of(&env, "carol");
    let get = |path: &str| {
        let r = http()
            .get(format!("{base}{path}"))
            .bearer_auth(&carol)
            .send()
            .unwrap();
        (r.status().as_u16(), r.text().unwrap())
    };
    for path in [
        "/v1/clients",
        "/v1/clients?search=Poste",
        "/v1/clients?search=356",
        "/v1/clients?limit=1000",
    ] {
        let (status, body) = get(path);
        assert_eq!(status, 200, "{path}");
        assert!(
            !body.contains("356000000") && !body.contains("La Poste"),
            "{path}: {body}"
        );
    }
    for path in [
        "/v1/clients?portfolio=1",
        "/v1/portfolios/1",
        "/v1/portfolios/1/subscribers",
    ] {
        let (status, body) = get(path);
        assert_eq!(status, 403, "{path}");
        assert!(!body.contains("La Poste"), "{path}: {body}");
    }
    let r = http()
        .delete(format!("{base}/v1/clients/356000000?dry_run=true"))
        .bearer_auth(&carol)
        .send()
        .unwrap();
    assert_eq!(r.status(), 403);
    assert!(!r.text().unwrap().contains("La Poste"));
}

#[test]
fn pages_of_clients_follow_the_cursor() {
    let env = served_firm();
    let admin = env.admin();
    for (siren, name) in [
        ("380129866", "Orange"),
        ("200034528", "INSEE"),
        ("542107651", "Alpha"),
    ] {
        admin.ok(&["clients", "add", siren, "--name", name, "-p", "1"]);
    }
    let base = env.url();
    let token = token_of(&env, "alice");
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut req = http()
            .get(format!("{base}/v1/clients"))
            .bearer_auth(&token)
            .query(&[("limit", "2")]);
        if let Some(c) = &cursor {
            req = req.query(&[("cursor", c)]);
        }
        let page: Value = req.send().unwrap().json().unwrap();
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 2);
        seen.extend(
            items
                .iter()
                .map(|c| c["siren"].as_str().unwrap().to_string()),
        );
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5);
    // The CLI walks the pages for the user.
    assert_eq!(
        admin.json(&["clients", "list"]).as_array().unwrap().len(),
        5
    );
    assert_eq!(
        admin
            .json(&["clients", "list", "--limit", "3"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let r = http()
        .get(format!("{base}/v1/clients?cursor=garbage"))
        .bearer_auth(&token)
        .send()
        .unwrap();
    assert_eq!(r.status(), 422);
}

#[test]
fn five_wrong_passwords_lock_the_login() {
    let env = Env::with_space_on(Backend::Remote);
    let base = env.url();
    let try_login = |pw: &str| {
        http()
            .post(format!("{base}/v1/sessions"))
            .json(&json!({"login": "alice", "password": pw}))
            .send()
            .unwrap()
    };
    for _ in 0..4 {
        assert_eq!(try_login("wrong password!").status(), 401);
    }
    let fifth = try_login("wrong password!");
    assert_eq!(fifth.status(), 429);
    let wait: u64 = fifth.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 60 && wait <= 15 * 60, "{wait}");
    // Even the right password waits now.
    assert_eq!(try_login(ADMIN_PW).status(), 429);
    // The CLI says so: exit 1 and how long.
    let out = env
        .user("x")
        .cmd()
        .args(["login", "--user", "alice", "--password-stdin"])
        .write_stdin(format!("{ADMIN_PW}\n"))
        .output()
        .unwrap();
    let err = expect_failure(&out, &["login"], 1);
    assert!(err.contains("locked for 15 more minute"), "{err}");
    // Other logins are not affected; alice's sessions opened before still work.
    env.admin().ok(&["portfolio", "list"]);
}

#[test]
fn a_server_that_is_down_is_exit_10_naming_the_url() {
    let mut env = Env::with_space_on(Backend::Remote);
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    admin.ok(&[
        "clients",
        "add",
        "356000000",
        "--name",
        "La Poste",
        "-p",
        "1",
    ]);
    assert_eq!(
        admin.json(&["clients", "list"]).as_array().unwrap().len(),
        1
    );
    let url = env.url();
    let mut server = env.server.take().unwrap();
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    // The profile remembers the server; the environment is gone with the test server.
    let cmd = |args: &[&str]| {
        env.user("alice")
            .std_cmd_at(&url)
            .args(args)
            .output()
            .unwrap()
    };
    for args in [
        &["portfolio", "create", "--yes"][..],
        &["subscriber", "list"],
    ] {
        let err = expect_failure(&cmd(args), args, 10);
        assert!(err.contains(&url), "{err}");
        assert!(err.contains("connection refused"), "{err}");
    }
    // A listing the cache holds answers from it, saying why and how old it is.
    let out = cmd(&["clients", "list"]);
    let err = succeeded(&out);
    assert!(err.contains("connection refused"), "{err}");
    assert!(err.contains("this is what it last said"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("La Poste"));
    // --offline answers from the cache and says how old it is.
    let out = cmd(&["-o", "json", "clients", "list", "--offline"]);
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["siren"], "356000000");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("offline: as fetched from the server at")
    );
    let out = cmd(&["-o", "json", "portfolio", "list", "--offline"]);
    assert!(out.status.success());
    drop(server);
}

#[test]
fn the_offline_cache_follows_the_server_and_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = served_firm();
    let admin = env.admin();
    admin.ok(&["clients", "list"]);
    admin.ok(&["clients", "move", "356000000", "--to", "2"]);
    admin.ok(&["clients", "remove", "552120222", "--yes"]);
    admin.ok(&["clients", "list"]);
    let cached = admin.json(&["clients", "list", "--offline"]);
    assert_eq!(cached.as_array().unwrap().len(), 1, "{cached}");
    assert_eq!(cached[0]["portfolio"], 2);
    // Bob's cache holds only what bob may see.
    env.user("bob").ok(&["clients", "list"]);
    let bob_cache = env
        .path()
        .join(format!("cache/urssaf-admin/{}.db", env.profile_name("bob")));
    let mode = std::fs::metadata(&bob_cache).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(
        env.user("bob")
            .json(&["clients", "list", "--offline"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    // Signing out forgets the cache; offline answers need a signed-in user.
    env.admin().ok(&["logout"]);
    env.admin().fails(&["clients", "list", "--offline"], 4);
    let admin_cache = env.path().join(format!(
        "cache/urssaf-admin/{}.db",
        env.profile_name("alice")
    ));
    assert!(!admin_cache.exists());
    // A local profile has no cache to read.
    let local = Env::with_space();
    local.admin().fails(&["clients", "list", "--offline"], 2);
}

#[test]
fn https_with_a_private_ca() {
    let env = Env::with_space();
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let params =
        rcgen::CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .unwrap();
    let issuer = rcgen::Issuer::new(ca_params, &ca_key);
    let cert = params.signed_by(&key, &issuer).unwrap();
    let dir = env.path();
    std::fs::write(dir.join("ca.pem"), ca.pem()).unwrap();
    std::fs::write(dir.join("cert.pem"), cert.pem()).unwrap();
    std::fs::write(dir.join("key.pem"), key.serialize_pem()).unwrap();
    let server = Server::start(
        &env,
        &[
            "--tls-cert",
            dir.join("cert.pem").to_str().unwrap(),
            "--tls-key",
            dir.join("key.pem").to_str().unwrap(),
        ],
    );
    assert!(
        server.url.starts_with("https://127.0.0.1:"),
        "{}",
        server.url
    );
    let login = |extra: &[&str]| {
        env.user("tls")
            .cmd()
            .env_remove("URSSAF_ADMIN_DB")
            .args(["--api-url", &server.url])
            .args(extra)
            .args(["login", "--user", "alice", "--password-stdin"])
            .write_stdin(format!("{ADMIN_PW}\n"))
            .output()
            .unwrap()
    };
    // An unknown CA is refused...
    expect_failure(&login(&[]), &["login"], 10);
    // ...the firm's CA is trusted when named, and remembered by the profile.
    succeeded(&login(&["--ca-cert", dir.join("ca.pem").to_str().unwrap()]));
    let status = env
        .user("tls")
        .cmd()
        .env_remove("URSSAF_ADMIN_DB")
        .args(["-o", "json", "auth", "status"])
        .output()
        .unwrap();
    let status: Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(status["space"], server.url);
    assert_eq!(status["login"], "alice");
}

#[test]
fn plain_http_only_on_loopback_unless_insisted() {
    let env = Env::with_space();
    let out = env
        .bare()
        .arg("--db")
        .arg(&env.db)
        .args(["serve", "--listen", "0.0.0.0:0"])
        .output()
        .unwrap();
    let err = expect_failure(&out, &["serve"], 2);
    assert!(err.contains("plain HTTP"), "{err}");
    let server = Server::start(&env, &["--listen", "0.0.0.0:0", "--insecure-plain-http"]);
    assert!(
        server.log().contains("WARNING: serving PLAIN HTTP"),
        "{}",
        server.log()
    );
}

#[test]
fn the_request_log_has_one_line_per_request_and_no_secret() {
    let env = served_firm();
    let token = token_of(&env, "alice");
    env.admin().ok(&["clients", "list", "--search", "Poste"]);
    let log = env.server.as_ref().unwrap().log();
    let line = log
        .lines()
        .find(|l| l.starts_with("GET /v1/clients 200 "))
        .unwrap_or_else(|| panic!("no request line:\n{log}"));
    assert!(line.ends_with(" alice"), "{line}");
    assert!(line.contains("ms"), "{line}");
    assert!(log.contains("POST /v1/sessions 201 "), "{log}");
    for secret in [ADMIN_PW, BOB_PW, token.as_str(), "Poste"] {
        assert!(!log.contains(secret), "the log holds {secret}:\n{log}");
    }
}

#[test]
fn oversized_bodies_are_refused_and_sigterm_stops_cleanly() {
    let mut env = Env::with_space_on(Backend::Remote);
    use std::io::{Read, Write};
    // Announced too large: refused before the body is read.
    let addr = env.url().trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    stream
        .write_all(
            b"POST /v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 5242880\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    let mut server = env.server.take().unwrap();
    let pid = server.child.id() as i32;
    unsafe { libc::kill(pid, libc::SIGTERM) };
    let status = server.child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{}", server.log());
    assert!(server.log().contains("Server stopped."));
}

#[test]
fn a_flag_beats_the_environment_and_both_in_the_environment_is_ambiguous() {
    let env = Env::with_space_on(Backend::Remote);
    let url = env.url();
    let out = env
        .admin()
        .cmd()
        .env("URSSAF_ADMIN_DB", &env.db)
        .env("URSSAF_ADMIN_API_URL", &url)
        .args(["portfolio", "list"])
        .output()
        .unwrap();
    let err = expect_failure(&out, &["portfolio", "list"], 2);
    assert!(
        err.contains("URSSAF_ADMIN_DB and URSSAF_ADMIN_API_URL"),
        "{err}"
    );
    // --api-url on the command line wins over URSSAF_ADMIN_DB in the environment.
    let out = env
        .admin()
        .cmd()
        .env("URSSAF_ADMIN_DB", "/nonexistent/space.db")
        .env_remove("URSSAF_ADMIN_API_URL")
        .args(["--api-url", &url, "-o", "json", "auth", "status"])
        .output()
        .unwrap();
    succeeded(&out);
}

#[test]
fn a_client_that_sends_its_headers_too_slowly_is_cut_off() {
    use std::io::{Read, Write};
    let env = Env::with_space_on(Backend::Remote);
    let addr = env.url().trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    let started = std::time::Instant::now();
    let mut buf = Vec::new();
    // The server gives up on the unfinished request and closes the connection.
    let _ = stream.read_to_end(&mut buf);
    let waited = started.elapsed();
    assert!(
        waited < std::time::Duration::from_secs(20),
        "still open after {waited:?}"
    );
    assert!(
        !String::from_utf8_lossy(&buf).contains("\"ok\""),
        "answered an unfinished request"
    );
}

#[test]
fn plain_http_to_another_machine_is_refused_before_sending_anything() {
    let env = Env::with_space();
    let out = env
        .user("far")
        .cmd()
        .env_remove("URSSAF_ADMIN_DB")
        .args(["--api-url", "http://urssaf.cabinet.invalid:8080"])
        .args(["login", "--user", "alice", "--password-stdin"])
        .write_stdin(format!("{ADMIN_PW}\n"))
        .output()
        .unwrap();
    let err = expect_failure(&out, &["login"], 8);
    assert!(err.contains("in clear"), "{err}");
    assert!(err.contains("https://"), "{err}");
}

/// An import request carries at most 5,000 rows; a larger one changes nothing. A run id
/// belongs to the administrator who started it.
#[test]
fn import_batches_are_capped_and_runs_are_their_owners() {
    let env = served_firm();
    let base = env.url();
    let alice = token_of(&env, "alice");
    let max = urssaf_admin::contract::MAX_BATCH;
    let rows: Vec<Value> = (0..=max)
        .map(|i| json!({"line": i + 2, "id": "380129866", "name": "Orange", "portfolio": "1"}))
        .collect();
    let r = env.unchanged(|| {
        http()
            .post(format!("{base}/v1/imports/clients"))
            .bearer_auth(&alice)
            .json(&json!({"run": "big-batch-run", "rows": rows}))
            .send()
            .unwrap()
    });
    assert_eq!(r.status(), 422);
    let body: Value = r.json().unwrap();
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains(&format!("at most {max} rows")),
        "{body}"
    );

    // A second administrator cannot add batches to alice's run.
    let one = |token: &str, run: &str| {
        http()
            .post(format!("{base}/v1/imports/clients"))
            .bearer_auth(token)
            .json(&json!({"run": run,
                "rows": [{"line": 2, "id": "380129866", "name": "Orange", "portfolio": "1"}]}))
            .send()
            .unwrap()
    };
    assert_eq!(one(&alice, "alice-run-0001").status(), 200);
    env.admin().ok(&["admin", "add", "bob"]);
    let bob = token_of(&env, "bob");
    let r = env.unchanged(|| one(&bob, "alice-run-0001"));
    assert_eq!(r.status(), 409);
}

/// A request axum refuses before our handlers (a malformed path or body) still gets our
/// JSON error, in the language the client asks for.
#[test]
fn malformed_requests_get_a_json_error_in_the_callers_language() {
    let env = served_firm();
    let token = token_of(&env, "alice");
    for (lang, word) in [
        ("fr-FR,fr;q=0.9", "le serveur a refusé"),
        ("en", "the server refused"),
    ] {
        let answer = http()
            .post(format!("{}/v1/portfolios?dry_run=maybe", env.url()))
            .bearer_auth(&token)
            .header("Accept-Language", lang)
            .send()
            .unwrap();
        assert_eq!(answer.status().as_u16(), 400);
        let body: Value = answer.json().unwrap();
        assert_eq!(body["kind"], "usage", "{body}");
        assert!(
            body["message"].as_str().unwrap().starts_with(word),
            "{body}"
        );
        let answer = http()
            .post(format!("{}/v1/portfolios/1/subscribers", env.url()))
            .bearer_auth(&token)
            .header("Accept-Language", lang)
            .header("Content-Type", "application/json")
            .body("{not json")
            .send()
            .unwrap();
        assert!(answer.status().is_client_error());
        let body: Value = answer.json().unwrap();
        assert!(
            body["message"].as_str().unwrap().starts_with(word),
            "{body}"
        );
    }
}

/// R8 through the API itself: a batch posted straight to the import route with the same
/// company twice fails the second row, as the CLI does, and writes nothing.
#[test]
fn r8_a_batch_with_a_company_twice_fails_on_the_server_too() {
    let env = firm(Backend::Remote);
    let token = env.admin().token();
    let before = env.count("clients");
    let answer: Value = http()
        .post(format!("{}/v1/imports/clients", env.url()))
        .bearer_auth(&token)
        .json(&json!({"run": "twice-in-one-batch",
            "rows": [
                {"line": 2, "id": "380129866", "name": "Orange", "portfolio": "1"},
                {"line": 3, "id": "380 129 866", "name": "Orange again", "portfolio": "2"}]}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let outcomes = answer["outcomes"].as_array().unwrap();
    assert_eq!(outcomes[1]["action"], "failed", "{answer}");
    assert_eq!(outcomes[1]["column"], "siren", "{answer}");
    assert!(
        outcomes[1]["message"].as_str().unwrap().contains("line 2"),
        "{answer}"
    );
    assert_eq!(answer["summary"]["written"], false, "{answer}");
    assert_eq!(env.count("clients"), before);
}

/// R6: a dry run hands out no activation code, over the API as on the command line.
#[test]
fn r6_a_dry_run_hands_out_no_activation_code() {
    let env = firm(Backend::Remote);
    let token = env.admin().token();
    let answer: Value = http()
        .post(format!(
            "{}/v1/portfolios/1/subscribers?dry_run=true",
            env.url()
        ))
        .bearer_auth(&token)
        .json(&json!({"login": "dan", "email": "dan@cabinet.fr"}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(answer["account_created"], true, "{answer}");
    assert!(answer["activation_code"].is_null(), "{answer}");
    assert_eq!(env.count("users"), 3, "nothing was created");
    let answer: Value = http()
        .post(format!("{}/v1/imports/subscribers", env.url()))
        .bearer_auth(&token)
        .json(&json!({"run": "dry-codes", "dry_run": true,
            "rows": [{"line": 2, "login": "dan", "email": "dan@cabinet.fr",
                      "name": "", "portfolio": "1"}]}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(answer["outcomes"][0]["action"], "would-create", "{answer}");
    assert!(
        answer["outcomes"][0]["activation_code"].is_null(),
        "{answer}"
    );
    for backend in [Backend::Local, Backend::Remote] {
        let env = firm(backend);
        let out = env.admin().json(&[
            "subscriber",
            "add",
            "--portfolio",
            "1",
            "dan",
            "--email",
            "dan@cabinet.fr",
            "--dry-run",
        ]);
        assert!(out["activation_code"].is_null(), "{backend:?}: {out}");
    }
}

/// An API client is told what to do next as a code that names no flag; the terminal
/// words the same code with its commands, on both backends.
#[test]
fn errors_name_no_flag_over_the_api_and_the_terminal_words_the_next_step() {
    let env = firm(Backend::Remote);
    let token = env.admin().token();
    let r = http()
        .post(format!("{}/v1/portfolios/1/subscribers", env.url()))
        .bearer_auth(&token)
        .json(&json!({"login": "bob"}))
        .send()
        .unwrap();
    assert_eq!(r.status(), 409);
    let body: Value = r.json().unwrap();
    assert_eq!(
        body["next"],
        json!({"do": "list_subscribers", "portfolio": 1}),
        "{body}"
    );
    assert!(!body.to_string().contains("--"), "{body}");
    for backend in [Backend::Local, Backend::Remote] {
        let env = firm(backend);
        let err = env
            .admin()
            .fails(&["subscriber", "add", "--portfolio", "1", "bob"], 7);
        assert!(
            err.contains("urssaf-admin subscriber list --portfolio 1"),
            "{backend:?}: {err}"
        );
    }
}

/// One search, online and offline: the offline cache finds a client by the start of its
/// SIRET as the space does (R7: it holds only what the server answered).
#[test]
fn offline_search_answers_as_the_space_does() {
    let env = firm(Backend::Remote);
    let admin = env.admin();
    admin.ok(&[
        "clients",
        "add",
        "732 829 320 00074",
        "--name",
        "Etablissement",
        "-p",
        "1",
    ]);
    admin.ok(&["clients", "list"]);
    for search in ["732 829 320 000", "7328", "Poste", "poste"] {
        let online = admin.json(&["clients", "list", "--search", search]);
        let offline = admin.json(&["clients", "list", "--offline", "--search", search]);
        assert_eq!(online, offline, "{search}");
        assert!(
            !online.as_array().unwrap().is_empty() || search == "poste",
            "{search}"
        );
    }
}

/// A read asked again may be answered from what the server kept (src/server/answers.rs),
/// but never once anything changed: a commit by another process, a logout and a disabled
/// account are each seen on the very next call (R1), and a kept answer is its caller's
/// only (R7).
#[test]
fn a_repeated_read_sees_every_change_on_its_next_call() {
    let env = served_firm();
    let base = env.url();
    let get = |token: &str, path: &str| {
        let r = http()
            .get(format!("{base}{path}"))
            .bearer_auth(token)
            .send()
            .unwrap();
        (r.status().as_u16(), r.text().unwrap())
    };
    let (alice, bob, carol) = (
        token_of(&env, "alice"),
        token_of(&env, "bob"),
        token_of(&env, "carol"),
    );
    let list = "/v1/clients?limit=100";
    let (status, first) = get(&alice, list);
    assert_eq!(status, 200);
    assert!(
        first.contains("La Poste") && first.contains("Soci"),
        "{first}"
    );
    assert_eq!(get(&alice, list), (200, first.clone()));
    let (status, bobs) = get(&bob, list);
    assert_eq!(status, 200);
    assert!(
        bobs.contains("La Poste") && !bobs.contains("Soci"),
        "{bobs}"
    );

    // Another process changes the file behind the server's back.
    env.rw()
        .execute(
            "UPDATE clients SET name = 'La Poste Renommée' WHERE siren = '356000000'",
            [],
        )
        .unwrap();
    let (_, renamed) = get(&alice, list);
    assert!(renamed.contains("La Poste Renommée"), "{renamed}");

    // The kept portfolio counts follow a client added through the server.
    let counts = |body: &str| -> Vec<u64> {
        let v: Value = serde_json::from_str(body).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| p["clients"].as_u64().unwrap())
            .collect()
    };
    let (_, before) = get(&alice, "/v1/portfolios");
    assert_eq!(counts(&before), [1, 1]);
    assert_eq!(get(&alice, "/v1/portfolios").1, before);
    let added = http()
        .post(format!("{base}/v1/clients"))
        .bearer_auth(&alice)
        .json(&json!({"id": "380129866", "name": "Orange", "portfolio": 1}))
        .send()
        .unwrap();
    assert_eq!(added.status(), 201);
    assert_eq!(counts(&get(&alice, "/v1/portfolios").1), [2, 1]);

    // Bob signs out: the answer kept for his token is not given again.
    assert_eq!(get(&bob, list).0, 200);
    let out = http()
        .delete(format!("{base}/v1/sessions/current"))
        .bearer_auth(&bob)
        .send()
        .unwrap();
    assert!(out.status().is_success(), "{}", out.status());
    assert_eq!(get(&bob, list).0, 401);

    // Carol is disabled: her next call is refused.
    assert_eq!(get(&carol, list).0, 200);
    assert_eq!(get(&carol, list).0, 200);
    env.admin().ok(&["user", "disable", "carol", "--yes"]);
    assert_eq!(get(&carol, list).0, 401);
}
