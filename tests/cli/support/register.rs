//! A stand-in for API Recherche d'entreprises on 127.0.0.1: `GET /search?q=SIREN`
//! answered with the JSON shapes of the register's OpenAPI examples, and every request
//! recorded (when, what was asked, with which User-Agent), so that tests count what the
//! tool asked and how fast.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How the fake answers one SIREN.
#[derive(Clone)]
pub enum Answer {
    /// A company, as `company` builds it.
    Company(Value),
    /// Nothing found: unknown, or not published.
    Absent,
    /// `429` with `Retry-After: N` the first time, then the company.
    TooManyOnce(u64, Value),
    /// `500` the first time, then the company.
    FailOnce(Value),
    /// The company, after a pause.
    Slow(Duration, Value),
}

#[derive(Clone, Debug)]
pub struct Request {
    pub at: Instant,
    pub query: String,
    /// The SIREN or SIRET asked.
    pub q: String,
    pub user_agent: String,
}

#[derive(Default)]
struct State {
    answers: HashMap<String, Answer>,
    requests: Vec<Request>,
    /// Answers `503` to everything while set.
    down: bool,
    /// Answers `503` once this many requests were answered.
    down_after: Option<usize>,
}

pub struct FakeRegister {
    pub url: String,
    state: Arc<Mutex<State>>,
}

/// A company as the register shows it (`minimal=true&include=siege`).
pub fn company(siren: &str, name: &str) -> Value {
    json!({
        "siren": siren,
        "siren_conserve": null,
        "nom_complet": name.to_lowercase(),
        "nom_raison_sociale": name,
        "sigle": null,
        "nombre_etablissements": 3,
        "nombre_etablissements_ouverts": 2,
        "activite_principale": "53.10Z",
        "categorie_entreprise": "GE",
        "date_creation": "1991-01-01",
        "date_fermeture": null,
        "date_mise_a_jour": "2023-09-21T03:34:50",
        "etat_administratif": "A",
        "nature_juridique": "5510",
        "statut_diffusion": "O",
        "siege": {
            "siret": format!("{siren}00048"),
            "adresse": "9 RUE DU COLONEL PIERRE AVIA 75015 PARIS 15",
            "code_postal": "75015",
            "est_siege": true,
            "etat_administratif": "A",
            "date_fermeture": null,
            "libelle_commune": "PARIS 15"
        },
        "matching_etablissements": []
    })
}

pub fn ceased(siren: &str, name: &str, on: &str) -> Value {
    let mut c = company(siren, name);
    c["etat_administratif"] = json!("C");
    c["date_fermeture"] = json!(on);
    c["siege"]["etat_administratif"] = json!("F");
    c["siege"]["date_fermeture"] = json!(on);
    c
}

pub fn duplicate(siren: &str, name: &str, kept: &str) -> Value {
    let mut c = company(siren, name);
    c["siren_conserve"] = json!(kept);
    c
}

pub fn partial(siren: &str) -> Value {
    let mut c = company(siren, "[NON-DIFFUSIBLE]");
    c["statut_diffusion"] = json!("P");
    c
}

impl FakeRegister {
    /// One for the whole test run, that knows no company: the default of every space.
    pub fn shared() -> &'static FakeRegister {
        static SHARED: std::sync::OnceLock<FakeRegister> = std::sync::OnceLock::new();
        SHARED.get_or_init(FakeRegister::start)
    }

    pub fn start() -> FakeRegister {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State::default()));
        let shared = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let state = shared.clone();
                std::thread::spawn(move || serve(stream, &state));
            }
        });
        FakeRegister { url, state }
    }

    pub fn answer(&self, siren: &str, answer: Answer) -> &FakeRegister {
        self.state
            .lock()
            .unwrap()
            .answers
            .insert(siren.to_string(), answer);
        self
    }

    pub fn requests(&self) -> Vec<Request> {
        self.state.lock().unwrap().requests.clone()
    }

    /// How many times `siren` was asked.
    pub fn asked(&self, siren: &str) -> usize {
        self.requests().iter().filter(|r| r.q == siren).count()
    }

    pub fn set_down(&self, down: bool) {
        let mut s = self.state.lock().unwrap();
        s.down = down;
        s.down_after = None;
    }

    pub fn down_after(&self, answered: usize) {
        self.state.lock().unwrap().down_after = Some(answered);
    }
}

fn serve(stream: TcpStream, state: &Mutex<State>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let target = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut user_agent = String::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = header.split_once(':')
            && k.eq_ignore_ascii_case("user-agent")
        {
            user_agent = v.trim().to_string();
        }
    }
    let query = target.split_once('?').map_or("", |(_, q)| q).to_string();
    let q = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("q="))
        .unwrap_or("")
        .to_string();
    let (status, headers, body, pause) = {
        let mut s = state.lock().unwrap();
        let seen = s.requests.iter().filter(|r| r.q == q).count();
        let answered = s.requests.len();
        s.requests.push(Request {
            at: Instant::now(),
            query: query.clone(),
            q: q.clone(),
            user_agent,
        });
        let down = s.down || s.down_after.is_some_and(|n| answered >= n);
        let found = |c: &Value| json!({"results": [c], "total_results": 1, "page": 1, "per_page": 1, "total_pages": 1});
        if !target.starts_with("/search") {
            (404, vec![], json!({"erreur": "Not found"}), None)
        } else if down {
            (503, vec![], json!({"erreur": "Service indisponible"}), None)
        } else {
            match s.answers.get(&q).cloned() {
                Some(Answer::Company(c)) => (200, vec![], found(&c), None),
                Some(Answer::Absent) | None => (
                    200,
                    vec![],
                    json!({"results": [], "total_results": 0, "page": 1, "per_page": 1, "total_pages": 0}),
                    None,
                ),
                Some(Answer::TooManyOnce(secs, _)) if seen == 0 => (
                    429,
                    vec![format!("Retry-After: {secs}")],
                    json!({"erreur": "Trop de requêtes"}),
                    None,
                ),
                Some(Answer::TooManyOnce(_, c)) => (200, vec![], found(&c), None),
                Some(Answer::FailOnce(_)) if seen == 0 => {
                    (500, vec![], json!({"erreur": "Erreur interne"}), None)
                }
                Some(Answer::FailOnce(c)) => (200, vec![], found(&c), None),
                Some(Answer::Slow(pause, c)) => (200, vec![], found(&c), Some(pause)),
            }
        }
    };
    if let Some(pause) = pause {
        std::thread::sleep(pause);
    }
    let body = body.to_string();
    let mut out = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for h in headers {
        out.push_str(&h);
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    out.push_str(&body);
    let mut stream = stream;
    let _ = stream.write_all(out.as_bytes());
}
