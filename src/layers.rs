//! The direction of dependencies, checked: domain <- space <- (server, cli). One crate
//! cannot have the compiler enforce it, so this test reads the sources: each top-level
//! module may name only the modules and crates its layer allows, and no two modules use
//! each other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, lowest first, and what each may use besides the layers below it.
const LAYERS: &[(&str, &[&str])] = &[
    // Words, errors and secrets: used everywhere, using nothing above.
    (
        "base",
        &["alloc", "error", "i18n", "messages", "secret", "spool"],
    ),
    // The records and the rules that need no storage.
    ("domain", &["domain"]),
    // Files of the machine the tool runs on.
    ("platform", &["config", "credentials", "private"]),
    // The wire format, shared by the server and the remote space.
    ("contract", &["contract", "tls"]),
    // Storage, and delivering what it queued (`space::mail`).
    ("space", &["space"]),
    ("server", &["server"]),
    // Commands, their context, completion and generated files, and the terminal.
    ("cli", &["cli", "ui"]),
];

/// Crates a layer must not use, whatever the layer above allows.
const FORBIDDEN_CRATES: &[(&str, &[&str])] = &[
    (
        "domain",
        &[
            "clap",
            "rusqlite",
            "reqwest",
            "axum",
            "lettre",
            "dialoguer",
            "console",
        ],
    ),
    (
        "space",
        &["clap", "dialoguer", "console", "indicatif", "comfy_table"],
    ),
    (
        "server",
        &["clap", "dialoguer", "console", "indicatif", "comfy_table"],
    ),
];

/// Modules a layer may not use even though they sit below it.
const FORBIDDEN_EDGES: &[(&str, &str)] = &[
    // The remote space and the server meet only through the contract.
    ("space::remote", "server"),
    ("server", "space::remote"),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, ms)| ms.contains(&module))
}

/// Every `.rs` file under `src/`, with its text up to its unit tests.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let text = match text.find("#[cfg(test)]\nmod tests") {
                    Some(i) => text[..i].to_string(),
                    None => text,
                };
                let rel = path
                    .strip_prefix(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))
                    .unwrap()
                    .with_extension("");
                let name = rel.to_string_lossy().replace('/', "::");
                out.push((name.trim_end_matches("::mod").to_string(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut out,
    );
    out
}

/// The top-level modules a file names (`crate::x`, `use crate::{x, y}`), and the
/// external crates it names.
fn uses(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut modules = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + 7..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    modules.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // `crate::space::remote` matters for the forbidden edges.
            let full: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            if full.starts_with("space::remote") {
                modules.insert("space::remote".into());
            }
            modules.insert(name);
        }
    }
    let mut crates = BTreeSet::new();
    for word in code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')) {
        if let Some((first, _)) = word.split_once("::") {
            crates.insert(first.to_string());
        }
    }
    (modules, crates)
}

fn top(name: &str) -> &str {
    name.split("::").next().unwrap_or(name)
}

#[test]
fn dependencies_point_one_way() {
    let mut problems = Vec::new();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, text) in sources() {
        let module = top(&file).to_string();
        if module == "lib" || module == "main" || module == "layers" || module == "proptests" {
            continue;
        }
        let Some(mine) = layer_of(&module) else {
            problems.push(format!("{file}: module {module} is in no layer"));
            continue;
        };
        let (modules, crates) = uses(&text);
        for used in &modules {
            let used_top = top(used);
            if used_top == module || used_top == "t" {
                continue;
            }
            graph
                .entry(module.clone())
                .or_default()
                .insert(used_top.to_string());
            match layer_of(used_top) {
                Some(theirs) if theirs <= mine => {}
                Some(theirs) => problems.push(format!(
                    "{file}: {} uses {used_top} ({})",
                    LAYERS[mine].0, LAYERS[theirs].0
                )),
                None => {}
            }
            for (from, to) in FORBIDDEN_EDGES {
                let from_here =
                    file == *from || file.starts_with(&format!("{from}::")) || module == *from;
                if from_here && (used == to || used_top == *to) {
                    problems.push(format!("{file}: uses {to}"));
                }
            }
        }
        for (layer, banned) in FORBIDDEN_CRATES {
            if LAYERS[mine].0 == *layer {
                for c in banned.iter() {
                    if crates.contains(*c) {
                        problems.push(format!("{file}: the {layer} layer uses the crate {c}"));
                    }
                }
            }
        }
    }
    // Within a layer too: no module uses a module that uses it back.
    for (a, used) in &graph {
        for b in used {
            if graph.get(b).is_some_and(|back| back.contains(a)) && a < b {
                problems.push(format!("{a} and {b} use each other"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
