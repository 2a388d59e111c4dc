//! The language the tool speaks: French or English, from `--lang`, URSSAF_ADMIN_LANG or
//! the locale. Every sentence comes from a Fluent catalogue (`locales/LANG/*.ftl`); a test
//! checks that both catalogues hold the same messages with the same variables.

use std::cell::Cell;
use std::ffi::OsString;
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// No clap here: the command line reads it with `cli::lang`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// `fr`, `fr_FR.UTF-8`, `fr-CA`: French; anything else that names a language: English.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.is_empty() {
            return None;
        }
        let primary = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(if primary == "fr" { Lang::Fr } else { Lang::En })
    }

    /// Whether a tag names one of the languages the tool speaks (`fr`, `en_GB.UTF-8`):
    /// `from_tag` reads anything else as English, as a locale should be.
    pub fn speaks(tag: &str) -> bool {
        let primary = tag.trim().split(['_', '-', '.', '@']).next().unwrap_or("");
        primary.eq_ignore_ascii_case("fr") || primary.eq_ignore_ascii_case("en")
    }

    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// What `--lang` accepts: exactly `fr` or `en`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// What build.rs reads in the English catalogues: `catalogued!`, the message functions
/// that `crate::messages` re-exports, and `SHAPES`.
pub mod catalogue {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// The catalogue files of each language, in the binary.
pub const CATALOGUES: [(Lang, &[(&str, &str)]); 2] = [
    (
        Lang::En,
        &[
            (
                "en/messages.ftl",
                include_str!("../locales/en/messages.ftl"),
            ),
            ("en/cli.ftl", include_str!("../locales/en/cli.ftl")),
        ],
    ),
    (
        Lang::Fr,
        &[
            (
                "fr/messages.ftl",
                include_str!("../locales/fr/messages.ftl"),
            ),
            ("fr/cli.ftl", include_str!("../locales/fr/cli.ftl")),
        ],
    ),
];

static PROCESS: OnceLock<Lang> = OnceLock::new();

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

tokio::task_local! {
    /// The language a server request asked for (Accept-Language).
    pub static REQUEST: Lang;
}

/// The first of French or English in an Accept-Language header, by preference.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut tags: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut it = part.split(';');
            let tag = it.next()?.trim();
            let q = it
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0));
    tags.iter().find_map(|(_, tag)| {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    })
}

/// The language chosen for this run, from the command line and the environment.
/// `--lang` wins, then URSSAF_ADMIN_LANG, then LC_ALL, LC_MESSAGES and LANG (the first
/// one set and not empty, as POSIX has it).
pub fn detect(args: &[OsString]) -> Lang {
    from_args(args)
        .or_else(|| {
            // `fr`, as documented, but also a locale name such as `fr_FR.UTF-8`.
            std::env::var("URSSAF_ADMIN_LANG")
                .ok()
                .and_then(|v| Lang::from_tag(&v))
        })
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .and_then(|v| Lang::from_tag(&v))
        })
        .unwrap_or(Lang::En)
}

/// `--lang fr` or `--lang=fr` anywhere before `--`; clap checks the value again later.
fn from_args(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().and_then(|v| Lang::parse(&v));
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::parse(v);
        }
    }
    None
}

/// Fixes the language of this process; later calls keep the first choice.
pub fn set(lang: Lang) {
    let _ = PROCESS.set(lang);
}

/// The language of what is being said now: a thread's override (a server request, a
/// notification in the space's language), else the process's.
pub fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .or_else(|| REQUEST.try_with(|l| *l).ok())
        .or_else(|| PROCESS.get().copied())
        .unwrap_or_else(|| detect(&[]))
}

/// Runs `f` speaking `lang` on this thread.
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

type Bundle = FluentBundle<FluentResource>;

// Each language is parsed on first use only: a run speaks one.
static EN: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::En, CATALOGUES[0].1));
static FR: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::Fr, CATALOGUES[1].1));

fn bundle_of(lang: Lang) -> &'static Bundle {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

fn bundle(lang: Lang, files: &[(&str, &str)]) -> Bundle {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::En => unic_langid::langid!("en"),
        Lang::Fr => unic_langid::langid!("fr"),
    };
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would land in terminals, files and emails as invisible characters.
    b.set_use_isolating(false);
    b.add_function("COUNT", move |positional, _named| {
        match positional.first() {
            Some(FluentValue::Number(n)) => {
                FluentValue::from(group_thousands(n.value as u64, lang))
            }
            Some(other) => other.clone(),
            None => FluentValue::None,
        }
    })
    .expect("COUNT is added once");
    for (name, text) in files {
        let res = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
        b.add_resource(res)
            .unwrap_or_else(|errors| panic!("{name} repeats a message: {errors:?}"));
    }
    b
}

/// "1,204" in English, "1 204" (narrow no-break space) in French.
pub fn group_thousands(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// The message `id` in the current language. A message missing from the catalogue (a
/// test prevents it) shows its id rather than failing.
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    text_in(current(), id, args)
}

pub fn text_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle_of(lang);
    let (key, attr) = match id.split_once('.') {
        Some((k, a)) => (k, Some(a)),
        None => (id, None),
    };
    let Some(message) = bundle.get_message(key) else {
        return id.to_string();
    };
    let pattern = match attr {
        Some(a) => message.get_attribute(a).map(|a| a.value()),
        None => message.value(),
    };
    let Some(pattern) = pattern else {
        return id.to_string();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// Whether the catalogue of `lang` has the message `id` (help text is optional).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle_of(lang).has_message(id)
}

/// A message's argument. Fluent's numbers are floats: an integer past 2^53 (a portfolio
/// number typed as 9223372036854775807) goes as its digits, so that it shows exactly.
pub trait Arg<'a> {
    fn value(self) -> FluentValue<'a>;
}

macro_rules! exact_integers {
    ($($t:ty),*) => {$(
        impl<'a> Arg<'a> for $t {
            fn value(self) -> FluentValue<'a> {
                const EXACT: u64 = 1 << 53;
                #[allow(clippy::cast_lossless, unused_comparisons)]
                let small = (self as i128).unsigned_abs() <= EXACT as u128;
                if small {
                    FluentValue::from(self)
                } else {
                    FluentValue::from(self.to_string())
                }
            }
        }
    )*};
}
exact_integers!(i32, i64, u16, u32, u64, usize);

/// What a message function of the catalogue takes: a number or a borrowed text. Not an
/// owned `String`, so that a caller's `&text` is never a needless borrow.
pub trait Param<'a>: Arg<'a> {}

impl Param<'_> for i32 {}
impl Param<'_> for i64 {}
impl Param<'_> for u16 {}
impl Param<'_> for u32 {}
impl Param<'_> for u64 {}
impl Param<'_> for usize {}
impl<'a, T: AsRef<str> + ?Sized> Param<'a> for &'a T {}

impl<'a, T: AsRef<str> + ?Sized> Arg<'a> for &'a T {
    fn value(self) -> FluentValue<'a> {
        FluentValue::from(self.as_ref())
    }
}

impl<'a> Arg<'a> for String {
    fn value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

/// `t!("portfolio-created", number = n, firm = name)`: a message of the catalogue. An id
/// written out must be in the English catalogue (`catalogued!`, made by build.rs), or
/// the code does not compile.
#[macro_export]
macro_rules! t {
    ($id:tt) => {
        $crate::i18n::text($crate::i18n::catalogue::catalogued!($id), None)
    };
    ($id:tt, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::Arg::value($value)); )+
        $crate::i18n::text($crate::i18n::catalogue::catalogued!($id), Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_variables_choose_the_language() {
        assert_eq!(Lang::from_tag("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("de_DE.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag(""), None);
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(from_args(&args(&["x", "--lang", "fr"])), Some(Lang::Fr));
        assert_eq!(
            from_args(&args(&["x", "-o", "json", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(from_args(&args(&["x", "--", "--lang", "fr"])), None);
    }

    #[test]
    fn accept_language_picks_french_or_english() {
        assert_eq!(
            from_accept_language("fr-FR,fr;q=0.9,en;q=0.8"),
            Some(Lang::Fr)
        );
        assert_eq!(
            from_accept_language("de;q=0.9, en;q=0.5, fr;q=0.7"),
            Some(Lang::Fr)
        );
        assert_eq!(from_accept_language("en"), Some(Lang::En));
        assert_eq!(from_accept_language("de, fr;q=0"), None);
    }

    #[test]
    fn counts_are_grouped_the_french_or_english_way() {
        assert_eq!(group_thousands(1_204_000, Lang::En), "1,204,000");
        assert_eq!(group_thousands(1_204, Lang::Fr), "1\u{202f}204");
        assert_eq!(group_thousands(999, Lang::Fr), "999");
    }

    #[test]
    fn a_thread_can_speak_another_language() {
        let outside = current();
        let inside = with(Lang::Fr, current);
        assert_eq!(inside, Lang::Fr);
        assert_eq!(current(), outside);
    }

    mod catalogues {
        use std::collections::{BTreeMap, BTreeSet};

        use fluent_syntax::ast;

        use super::super::{CATALOGUES, Lang};

        /// What a message needs and offers: `$name` for each variable it uses, and
        /// `[$selector] key` for each variant of a selection.
        type Parts = BTreeSet<String>;
        /// Message (or `message.attribute`) ids, with their parts.
        type Shape = BTreeMap<String, Parts>;

        fn pattern(p: &ast::Pattern<&str>, out: &mut Parts) {
            for e in &p.elements {
                if let ast::PatternElement::Placeable { expression } = e {
                    expression_parts(expression, out);
                }
            }
        }

        fn expression_parts(e: &ast::Expression<&str>, out: &mut Parts) {
            match e {
                ast::Expression::Select { selector, variants } => {
                    inline_parts(selector, out);
                    let mut on = Parts::new();
                    inline_parts(selector, &mut on);
                    let on: Vec<_> = on.into_iter().collect();
                    for v in variants {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        };
                        out.insert(format!("[{}] {key}", on.join(",")));
                        pattern(&v.value, out);
                    }
                }
                ast::Expression::Inline(i) => inline_parts(i, out),
            }
        }

        fn inline_parts(i: &ast::InlineExpression<&str>, out: &mut Parts) {
            match i {
                ast::InlineExpression::VariableReference { id } => {
                    out.insert(format!("${}", id.name));
                }
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    for a in &arguments.positional {
                        inline_parts(a, out);
                    }
                    for a in &arguments.named {
                        inline_parts(&a.value, out);
                    }
                }
                ast::InlineExpression::Placeable { expression } => {
                    expression_parts(expression, out)
                }
                _ => {}
            }
        }

        fn shape(lang: Lang) -> Shape {
            let files = CATALOGUES.iter().find(|(l, _)| *l == lang).unwrap().1;
            let mut shape = Shape::new();
            for (name, text) in files {
                let res = fluent_syntax::parser::parse(*text)
                    .unwrap_or_else(|(_, e)| panic!("{name} does not parse: {e:?}"));
                for entry in res.body {
                    let (id, value, attributes) = match entry {
                        ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                        ast::Entry::Term(t) => {
                            (format!("-{}", t.id.name), Some(t.value), t.attributes)
                        }
                        ast::Entry::Junk { content } => panic!("{name}: cannot read {content:?}"),
                        _ => continue,
                    };
                    let mut parts = Parts::new();
                    if let Some(v) = &value {
                        pattern(v, &mut parts);
                    }
                    assert!(
                        shape.insert(id.clone(), parts).is_none(),
                        "{name}: {id} is there twice"
                    );
                    for a in attributes {
                        let mut parts = Parts::new();
                        pattern(&a.value, &mut parts);
                        shape.insert(format!("{id}.{}", a.id.name), parts);
                    }
                }
            }
            shape
        }

        /// A message in one language and not the other, or with other variables or other
        /// variants, is a sentence someone will see untranslated or incomplete.
        #[test]
        fn french_and_english_hold_the_same_messages() {
            let en = shape(Lang::En);
            let fr = shape(Lang::Fr);
            let only_en: Vec<_> = en.keys().filter(|k| !fr.contains_key(*k)).collect();
            let only_fr: Vec<_> = fr.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(
                only_en.is_empty(),
                "missing from the French catalogue: {only_en:?}"
            );
            assert!(
                only_fr.is_empty(),
                "missing from the English catalogue: {only_fr:?}"
            );
            for (id, parts) in &en {
                let vars = |p: &Parts| -> Parts {
                    p.iter().filter(|x| x.starts_with('$')).cloned().collect()
                };
                assert_eq!(
                    vars(parts),
                    vars(&fr[id]),
                    "{id}: other variables in French"
                );
                // One language may choose on a variable where the other needs not (a
                // French gender, say); where both choose, they offer the same variants.
                // Plural categories and exact numbers are each language's own.
                const PLURALS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
                let variants = |p: &Parts, on: &str| -> Parts {
                    p.iter()
                        .filter_map(|x| x.strip_prefix(on))
                        .map(str::trim)
                        .filter(|k| !PLURALS.contains(k) && k.parse::<f64>().is_err())
                        .map(String::from)
                        .collect()
                };
                let selectors: BTreeSet<&str> = parts
                    .iter()
                    .chain(&fr[id])
                    .filter_map(|x| x.strip_prefix('[').and_then(|x| x.split_once(']')))
                    .map(|(on, _)| on)
                    .collect();
                for on in selectors {
                    let on = format!("[{on}]");
                    let (e, f) = (variants(parts, &on), variants(&fr[id], &on));
                    assert!(
                        e.is_empty() || f.is_empty() || e == f,
                        "{id}: other variants {on} in French: {e:?} / {f:?}"
                    );
                }
            }
            assert!(
                en.len() > 300,
                "only {} messages: is a file missing?",
                en.len()
            );
        }

        /// The `t!` calls of the code: (file, id, names of the arguments given).
        fn calls() -> Vec<(String, String, BTreeSet<String>)> {
            let mut found = Vec::new();
            let mut stack = vec![std::path::PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/src"
            ))];
            while let Some(dir) = stack.pop() {
                for entry in std::fs::read_dir(&dir).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        stack.push(path);
                    } else if path.extension().is_some_and(|e| e == "rs")
                        && !path.ends_with("i18n.rs")
                    {
                        let text = std::fs::read_to_string(&path).unwrap();
                        for (id, args) in calls_in(&text) {
                            found.push((path.display().to_string(), id, args));
                        }
                    }
                }
            }
            found
        }

        /// `t!("id", a = x, b = f(y))` → ("id", {a, b}): the names before a lone `=` at
        /// the call's own depth, outside string literals. In the tables of
        /// `messages! { … }` and `headers! { … }`, `f(p) => "id" { a = x, b }` gives the
        /// same, `b` alone naming the variable `b`.
        fn calls_in(text: &str) -> Vec<(String, BTreeSet<String>)> {
            let mut out = Vec::new();
            let mut rest = text;
            while let Some(at) = rest.find("t!(\"") {
                // `format!(` is not `t!(`.
                let word = rest[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                rest = &rest[at + 4..];
                if !word {
                    out.push(arguments(rest));
                }
            }
            for table in ["messages! {", "headers! {"] {
                let mut rest = text;
                while let Some(at) = rest.find(table) {
                    rest = &rest[at + table.len()..];
                    let mut depth = 1;
                    let end = rest
                        .char_indices()
                        .find(|&(_, c)| {
                            depth += match c {
                                '{' => 1,
                                '}' => -1,
                                _ => 0,
                            };
                            depth == 0
                        })
                        .map_or(rest.len(), |(i, _)| i);
                    let mut entries = &rest[..end];
                    while let Some(at) = entries.find("=> \"") {
                        entries = &entries[at + 4..];
                        let (id, args) = arguments(entries);
                        let after = entries[id.len() + 1..].trim_start();
                        let args = if after.starts_with('{') {
                            args
                        } else {
                            BTreeSet::new()
                        };
                        out.push((id, args));
                    }
                }
            }
            out
        }

        /// `id", a = x, b)` or `id" { a = x, b }`: the id, and the names given.
        fn arguments(rest: &str) -> (String, BTreeSet<String>) {
            let end = rest.find('"').unwrap();
            let id = rest[..end].to_string();
            let mut chars: Vec<char> = rest[end + 1..].chars().collect();
            // A table's entry: its braces are the call's parentheses.
            let first = chars.iter().position(|c| !c.is_whitespace());
            if let Some(f) = first
                && chars[f] == '{'
            {
                chars.drain(..=f);
            }
            let (mut depth, mut i, mut args) = (1, 0, BTreeSet::new());
            let (mut ident, mut named) = (String::new(), false);
            while i < chars.len() && depth > 0 {
                let c = chars[i];
                match c {
                    '"' => {
                        i += 1;
                        while i < chars.len() && chars[i] != '"' {
                            i += if chars[i] == '\\' { 2 } else { 1 };
                        }
                        ident.clear();
                    }
                    '(' | '[' | '{' => {
                        depth += 1;
                        ident.clear();
                    }
                    ')' | ']' | '}' | ',' | ';' if depth == 1 => {
                        // `b` alone, in a table.
                        if !named && !ident.is_empty() {
                            args.insert(format!("${ident}"));
                        }
                        if c != ',' {
                            depth -= 1;
                        }
                        (ident, named) = (String::new(), false);
                    }
                    ')' | ']' | '}' => {
                        depth -= 1;
                        ident.clear();
                    }
                    '=' if depth == 1
                        && chars.get(i + 1) != Some(&'=')
                        && chars.get(i.wrapping_sub(1)) != Some(&'=') =>
                    {
                        if !ident.is_empty() && !named {
                            args.insert(format!("${ident}"));
                        }
                        ident.clear();
                        named = true;
                    }
                    c if c.is_alphanumeric() || c == '_' => ident.push(c),
                    c if c.is_whitespace() => {}
                    _ => ident.clear(),
                }
                i += 1;
            }
            (id, args)
        }

        /// Every message a `t!` of the code names exists, and gets exactly the variables
        /// it uses: a missing one would print `{$name}` to a person.
        #[test]
        fn every_message_the_code_asks_for_exists_with_its_variables() {
            let en = shape(Lang::En);
            let mut wrong = Vec::new();
            let calls = calls();
            assert!(calls.len() > 200, "only {} calls found", calls.len());
            for (file, id, given) in calls {
                let Some(parts) = en.get(&id) else {
                    wrong.push(format!("{file}: {id} is in no catalogue"));
                    continue;
                };
                let used: BTreeSet<String> = parts
                    .iter()
                    .filter(|p| p.starts_with('$'))
                    .cloned()
                    .collect();
                if used != given {
                    wrong.push(format!(
                        "{file}: {id} uses {used:?}, the code gives {given:?}"
                    ));
                }
            }
            assert!(wrong.is_empty(), "{wrong:#?}");
        }

        #[test]
        fn the_call_reader_reads_names_not_comparisons() {
            let calls = calls_in(
                r#"t!("a", x = f(y, z = 1), w = "q = (", v = a == b) format!("b", u = 1)"#,
            );
            assert_eq!(calls.len(), 1);
            let names: Vec<_> = calls[0].1.iter().cloned().collect();
            assert_eq!(names, ["$v", "$w", "$x"]);
            let table = calls_in(
                "messages! {\n    f(p: &Path, n: u64) => \"c\" { path = path(p), n };\n    \
                 g() => \"d\";\n}\nmatch x { A => \"e\" }",
            );
            let found: Vec<_> = table
                .iter()
                .map(|(id, args)| {
                    (
                        id.as_str(),
                        args.iter().map(String::as_str).collect::<Vec<_>>(),
                    )
                })
                .collect();
            assert_eq!(found, [("c", vec!["$n", "$path"]), ("d", vec![])]);
        }

        /// build.rs reads the catalogues its own way, to make the message functions:
        /// it finds what Fluent finds.
        #[test]
        fn the_generated_functions_take_the_variables_of_their_messages() {
            let en = shape(Lang::En);
            let generated: Shape = crate::i18n::catalogue::SHAPES
                .iter()
                .map(|(id, vars)| {
                    (
                        id.to_string(),
                        vars.iter().map(|v| format!("${v}")).collect(),
                    )
                })
                .collect();
            let fluent: Shape = en
                .into_iter()
                .filter(|(id, _)| !id.starts_with('-'))
                .map(|(id, parts)| {
                    (
                        id,
                        parts.into_iter().filter(|p| p.starts_with('$')).collect(),
                    )
                })
                .collect();
            assert_eq!(generated, fluent);
        }
    }
}
