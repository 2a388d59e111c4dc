//! The HTTP contract, exactly: what `urssaf-admin serve` answers is what `/openapi.json`
//! says, checked on 127.0.0.1 as an integrator would.

use reqwest::Method;
use reqwest::blocking::Client as Http;
use serde_json::{Value, json};

use crate::support::*;

fn http() -> Http {
    urssaf_admin::server::install_crypto();
    Http::new()
}

fn url(env: &Env) -> String {
    env.server.as_ref().unwrap().url.clone()
}

fn token_of(env: &Env, who: &str) -> String {
    env.user(who).ok(&["auth", "token"]).trim().to_string()
}

fn document(env: &Env) -> Value {
    http()
        .get(format!("{}/openapi.json", url(env)))
        .send()
        .unwrap()
        .json()
        .unwrap()
}

/// Every documented operation: (method, path, operation).
fn operations(doc: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                out.push((method.to_uppercase(), path.clone(), op.clone()));
            }
        }
    }
    out
}

fn secured(op: &Value) -> bool {
    op["security"].as_array().is_some_and(|s| !s.is_empty())
}

fn send(method: &str, url: &str, token: Option<&str>, body: Option<&Value>) -> (u16, Value) {
    let mut req = http().request(Method::from_bytes(method.as_bytes()).unwrap(), url);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(b);
    }
    let r = req.send().unwrap();
    let status = r.status().as_u16();
    (status, r.json().unwrap_or(Value::Null))
}

/// A request without a valid session is 401 before anything else of it is read: its
/// path, query and body here are all malformed, and the answer is still 401.
#[test]
fn without_a_session_every_secured_route_is_401_before_its_path_query_or_body() {
    let env = Env::with_space_on(Backend::Remote);
    let doc = document(&env);
    let base = url(&env);
    let mut checked = 0;
    let mut failures = Vec::new();
    for (method, path, op) in operations(&doc) {
        if !secured(&op) {
            continue;
        }
        let concrete = path
            .replace("{number}", "+1")
            .replace("{login}", "x")
            .replace("{id}", "0");
        let target = format!("{base}{concrete}?limit=0&portfolio=01&dry_run=maybe");
        for authorization in [
            None,
            Some("Basic YWxpY2U6cHc="),
            Some("Bearer"),
            Some("Bearer "),
            Some("Bearer two words"),
            Some("Bearer not-a-session"),
            Some("bearer not-a-session"),
        ] {
            let mut req = http()
                .request(Method::from_bytes(method.as_bytes()).unwrap(), &target)
                .header("Accept-Language", "fr")
                .header("Content-Type", "text/plain")
                .body("{not json");
            if let Some(a) = authorization {
                req = req.header("Authorization", a);
            }
            let r = req.send().unwrap();
            let status = r.status().as_u16();
            let body: Value = r.json().unwrap_or(Value::Null);
            if status != 401
                || body["kind"] != "auth"
                || body["message"] != "aucune session n'est ouverte"
            {
                failures.push(format!(
                    "{method} {concrete} ({authorization:?}): {status} {body}"
                ));
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
    assert!(failures.is_empty(), "{failures:#?}");
    // The example of the issue.
    let (status, body) = send("DELETE", &format!("{base}/v1/clients/0"), None, None);
    assert_eq!((status, body["kind"].as_str()), (401, Some("auth")));
    // The routes that sign in need no session.
    let (status, _) = send("GET", &format!("{base}/healthz"), None, None);
    assert_eq!(status, 200);
    let (status, _) = send(
        "POST",
        &format!("{base}/v1/sessions"),
        None,
        Some(&json!({"login": "alice", "password": ADMIN_PW})),
    );
    assert_eq!(status, 201);
}

/// `limit=0` is refused as `--limit 0` is; above the maximum the page is clamped, as the
/// document says.
#[test]
fn limit_zero_is_refused_and_a_large_limit_is_clamped_as_documented() {
    let env = Env::with_space_on(Backend::Remote);
    let base = url(&env);
    let token = token_of(&env, "alice");
    for path in ["/v1/clients", "/v1/audit", "/v1/notifications"] {
        for bad in [
            "0",
            "-1",
            "+5",
            "05",
            "ten",
            "",
            "1.5",
            "9223372036854775808",
        ] {
            let (status, body) = send(
                "GET",
                &format!("{base}{path}?limit={}", bad.replace('+', "%2B")),
                Some(&token),
                None,
            );
            assert_eq!(status, 422, "{path}?limit={bad}: {body}");
            assert_eq!(body["kind"], "invalid", "{path}?limit={bad}: {body}");
            assert!(
                body["message"].as_str().unwrap().contains("from 1"),
                "{body}"
            );
        }
        let (status, _) = send(
            "GET",
            &format!("{base}{path}?limit=9223372036854775807"),
            Some(&token),
            None,
        );
        assert_eq!(status, 200, "{path}");
    }
    // Several entries in the audit; limit=1 answers one.
    env.admin().ok(&["portfolio", "create", "--yes"]);
    let (_, audit) = send(
        "GET",
        &format!("{base}/v1/audit?limit=1"),
        Some(&token),
        None,
    );
    assert_eq!(audit.as_array().unwrap().len(), 1, "{audit}");
    let doc = document(&env);
    for (path, op) in [("/v1/clients", "get"), ("/v1/audit", "get")] {
        let limit = doc["paths"][path][op]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "limit")
            .unwrap()
            .clone();
        assert_eq!(limit["schema"]["minimum"], 1, "{path}: {limit}");
        let words: Vec<&str> = limit["description"]
            .as_str()
            .unwrap()
            .split_whitespace()
            .collect();
        assert!(
            words
                .join(" ")
                .contains("larger number than 1000 is read as 1000"),
            "{path}: {limit}"
        );
    }
}

/// A batch that writes nothing says `would-create` and `would-move`, as the command
/// line's report does; a written one says `created` and `moved`.
#[test]
fn an_import_batch_that_writes_nothing_answers_would_create_and_would_move() {
    let env = crate::rules::firm(Backend::Remote);
    let base = url(&env);
    let token = token_of(&env, "alice");
    let clients = |dry_run: bool, rows: Value| {
        send(
            "POST",
            &format!("{base}/v1/imports/clients"),
            Some(&token),
            Some(
                &json!({"run": "contract-run-clients", "dry_run": dry_run, "move": true,
                         "rows": rows}),
            ),
        )
    };
    let rows = json!([
        {"line": 2, "id": "380129866", "name": "Orange", "portfolio": "1"},
        {"line": 3, "id": "356000000", "name": "La Poste", "portfolio": "2"},
    ]);
    let actions = |body: &Value| -> Vec<String> {
        body["outcomes"]
            .as_array()
            .unwrap_or_else(|| panic!("{body}"))
            .iter()
            .map(|o| o["action"].as_str().unwrap().to_string())
            .collect()
    };
    let (status, body) = env.unchanged(|| clients(true, rows.clone()));
    assert_eq!(status, 200, "{body}");
    assert_eq!(actions(&body), ["would-create", "would-move"], "{body}");
    assert_eq!(body["summary"]["written"], false);

    // Refused for its bad row (no skip_invalid): nothing written, and said so.
    let mut refused = rows.as_array().unwrap().clone();
    refused.push(json!({"line": 4, "id": "123456789", "name": "Bad", "portfolio": "1"}));
    let (status, body) = env.unchanged(|| clients(false, Value::Array(refused)));
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        actions(&body),
        ["would-create", "would-move", "failed"],
        "{body}"
    );

    let subscribers = |dry_run: bool| {
        send(
            "POST",
            &format!("{base}/v1/imports/subscribers"),
            Some(&token),
            Some(
                &json!({"run": "contract-run-subscribers", "dry_run": dry_run,
                "rows": [{"line": 2, "login": "dan", "email": "dan@cabinet.fr",
                          "name": "Dan", "portfolio": "1"}]}),
            ),
        )
    };
    let (status, body) = env.unchanged(|| subscribers(true));
    assert_eq!(status, 200, "{body}");
    assert_eq!(actions(&body), ["would-create"], "{body}");
    assert!(body["outcomes"][0]["activation_code"].is_null(), "{body}");

    // Written for real, the same rows say what was done.
    let (_, body) = clients(false, rows);
    assert_eq!(actions(&body), ["created", "moved"], "{body}");
    let (_, body) = subscribers(false);
    assert_eq!(actions(&body), ["created"], "{body}");
    assert!(body["outcomes"][0]["activation_code"].is_string(), "{body}");
}

/// Numbers in paths and queries are plain digits: `+1` or `01` is not portfolio 1 but a
/// 422, on every route that takes one.
#[test]
fn numbers_in_paths_and_queries_are_plain_digits() {
    let env = crate::rules::firm(Backend::Remote);
    let base = url(&env);
    let token = token_of(&env, "alice");
    let doc = document(&env);
    let mut routes = 0;
    for (method, path, op) in operations(&doc) {
        let numbers: Vec<String> = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["schema"]["type"] == "integer" || p["schema"]["type"][0] == "integer")
            .map(|p| {
                format!(
                    "{}:{}",
                    p["in"].as_str().unwrap(),
                    p["name"].as_str().unwrap()
                )
            })
            .collect();
        for number in numbers {
            routes += 1;
            let (place, name) = number.split_once(':').unwrap();
            let body = match op["requestBody"].is_null() {
                true => None,
                false if path.contains("subscribers/{login}") => Some(json!({"name": "Bobby"})),
                false => Some(json!({"login": "dave", "email": "dave@cabinet.fr"})),
            };
            let at = |n: &str| {
                let concrete = path.replace("{login}", "bob");
                match place {
                    "path" => format!("{base}{}?dry_run=true", concrete.replace("{number}", n)),
                    _ => format!("{base}{concrete}?dry_run=true&{name}={n}"),
                }
            };
            for bad in [
                "%2B1",
                "01",
                "1.0",
                "1e0",
                "%201",
                "abc",
                "0",
                "-1",
                "99999999999999999999",
            ] {
                let (status, answer) = send(&method, &at(bad), Some(&token), body.as_ref());
                assert_eq!(status, 422, "{method} {}: {answer}", at(bad));
                assert_eq!(answer["kind"], "invalid", "{method} {}: {answer}", at(bad));
            }
            let (status, answer) = send(&method, &at("1"), Some(&token), body.as_ref());
            assert!(status < 300, "{method} {}: {status} {answer}", at("1"));
        }
    }
    // Five routes under /v1/portfolios/{number}, two `portfolio` and three `limit` queries.
    assert_eq!(
        routes, 10,
        "the numeric parameters changed: update this test"
    );
}

/// Every status a route can answer is documented and described: the bearer check, axum's
/// refusals, the body limit and the timeout.
#[test]
fn every_status_is_documented_with_a_description() {
    let env = Env::with_space_on(Backend::Remote);
    let doc = document(&env);
    let mut failures = Vec::new();
    for (method, path, op) in operations(&doc) {
        let responses = op["responses"].as_object().unwrap();
        let mut expected = vec!["413", "500", "503"];
        if secured(&op) {
            expected.push("401");
        }
        let has_params = op["parameters"].as_array().is_some_and(|p| !p.is_empty());
        let has_body = !op["requestBody"].is_null();
        if has_params || has_body {
            expected.extend(["400", "422"]);
        }
        if has_body {
            expected.push("415");
        }
        for status in expected {
            if !responses.contains_key(status) {
                failures.push(format!("{method} {path}: {status} undocumented"));
            }
        }
        for (status, response) in responses {
            if response["description"].as_str().is_none_or(str::is_empty) {
                failures.push(format!("{method} {path}: {status} has no description"));
            }
            if status.starts_with(['4', '5'])
                && response["content"]["application/json"]["schema"]["$ref"]
                    != "#/components/schemas/Error"
            {
                failures.push(format!("{method} {path}: {status} is not an Error"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    // A method the path does not have: 405 with Allow, as our JSON error.
    let r = http()
        .request(Method::PUT, format!("{}/v1/portfolios", url(&env)))
        .send()
        .unwrap();
    assert_eq!(r.status(), 405);
    assert!(r.headers().contains_key("allow"), "{:?}", r.headers());
    assert!(r.json::<Value>().unwrap()["message"].is_string());
}
