//! Reads the English catalogues (`locales/en/*.ftl`) and writes `catalogue.rs`:
//!
//! - `catalogued!`, which `t!` calls on its id: an id that no English catalogue has is a
//!   compile error (`no rules expected the token "…"`);
//! - for each message of `messages.ftl`, a function named after it (`db-damaged` gives
//!   `db_damaged`) that takes the message's variables in alphabetical order, each as an
//!   `impl crate::i18n::Param` (a number or a `&str`). `crate::messages` re-exports
//!   them; its own functions take over where an argument needs more than forwarding
//!   (escaping, a path, a choice), or another order.
//!
//! Both languages hold the same messages with the same variables (a test of i18n.rs), so
//! the English one is the contract.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// A message (or `message.attribute`) id and the variables it uses.
struct Entry {
    id: String,
    vars: BTreeSet<String>,
}

fn main() {
    let dir = Path::new("locales/en");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut ids = Vec::new();
    let mut functions = Vec::new();
    let mut shapes = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("locales/en is there")
        .map(|e| e.expect("locales/en can be read").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        println!("cargo::rerun-if-changed={}", file.display());
        let text = std::fs::read_to_string(&file).expect("a catalogue is UTF-8");
        let entries = entries(&text);
        if file.file_name().is_some_and(|n| n == "messages.ftl") {
            functions.extend(entries.iter().filter(|e| !e.id.contains('.')).map(function));
        }
        ids.extend(entries.iter().map(|e| e.id.clone()));
        shapes.extend(entries.into_iter().map(|e| (e.id, e.vars)));
    }
    let mut out = String::from(
        "/// The id, if an English catalogue has it; an identifier (an id chosen at run \
         time) as it is.\nmacro_rules! catalogued {\n",
    );
    for id in &ids {
        let _ = writeln!(out, "    ({id:?}) => {{ {id:?} }};");
    }
    out.push_str("    ($id:ident) => { $id };\n}\npub(crate) use catalogued;\n\n");
    out.push_str("/// Every id of the English catalogues with its variables, for the tests.\n");
    out.push_str("pub const SHAPES: &[(&str, &[&str])] = &[\n");
    for (id, vars) in &shapes {
        let vars: Vec<&String> = vars.iter().collect();
        let _ = writeln!(out, "    ({id:?}, &{vars:?}),");
    }
    out.push_str("];\n\n");
    out.push_str("pub mod functions {\n    use crate::i18n::Param;\n\n");
    for f in functions {
        out.push_str(&f);
    }
    out.push_str("}\n");
    let to = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.rs");
    std::fs::write(to, out).expect("OUT_DIR is writable");
}

fn function(e: &Entry) -> String {
    let name = rust_name(&e.id);
    let vars: Vec<String> = e.vars.iter().map(|v| rust_name(v)).collect();
    let params: Vec<String> = vars
        .iter()
        .map(|v| format!("{v}: impl Param<'a>"))
        .collect();
    let args: Vec<String> = e
        .vars
        .iter()
        .zip(&vars)
        .map(|(fluent, rust)| format!("args.set({fluent:?}, {rust}.value());"))
        .collect();
    let doc = if vars.is_empty() {
        format!("`{}`.", e.id)
    } else {
        format!("`{}`, with {}.", e.id, vars.join(", "))
    };
    if vars.is_empty() {
        format!(
            "    /// {doc}\n    pub fn {name}() -> String {{\n        \
             crate::i18n::text({:?}, None)\n    }}\n",
            e.id
        )
    } else {
        format!(
            "    /// {doc}\n    pub fn {name}<'a>({}) -> String {{\n        \
             let mut args = fluent_bundle::FluentArgs::new();\n        {}\n        \
             crate::i18n::text({:?}, Some(&args))\n    }}\n",
            params.join(", "),
            args.join("\n        "),
            e.id
        )
    }
}

fn rust_name(fluent: &str) -> String {
    const KEYWORDS: [&str; 12] = [
        "as", "fn", "if", "in", "let", "loop", "match", "mod", "move", "ref", "type", "use",
    ];
    let name = fluent.replace('-', "_");
    if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// The messages and attributes of a catalogue: an entry starts at the line's start
/// (`id =`, not a comment or a term), its attributes and following lines are indented.
fn entries(text: &str) -> Vec<Entry> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let (id, value) = line.split_once('=').expect("an entry has `=`");
            found.push((id.trim().to_string(), value.to_string()));
            open = true;
        } else if open && line.starts_with([' ', '\t']) {
            let last = found.last_mut().expect("an entry is open");
            match line
                .trim_start()
                .strip_prefix('.')
                .and_then(|a| a.split_once('='))
            {
                Some((name, value)) => {
                    let message = last.0.split('.').next().unwrap_or("").to_string();
                    found.push((format!("{message}.{}", name.trim()), value.to_string()));
                }
                None => {
                    last.1.push('\n');
                    last.1.push_str(line);
                }
            }
        } else if line.starts_with(['#', '-']) {
            // A comment or a term; a blank line may be inside a message.
            open = false;
        }
    }
    found
        .into_iter()
        .map(|(id, text)| Entry {
            vars: variables(&text),
            id,
        })
        .collect()
}

/// `$name` inside placeables (`{ $name }`, `{ $n -> … }`, `{ COUNT($n) }`).
fn variables(text: &str) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    let mut depth = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            '"' if depth > 0 => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '$' if depth > 0 => {
                let mut name = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                        name.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                vars.insert(name);
            }
            _ => {}
        }
    }
    vars
}
