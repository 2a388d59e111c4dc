//! clap's errors in the user's language: clap words them in English only.

use super::*;

/// clap's errors in the words of the catalogue of the current language, laid out as
/// clap lays them out: `error: …`, tips, the usage, and where to learn more. Every kind
/// of error is worded: by its context, else (a kind without its context, or one that a
/// newer clap adds) by the general `clap-error-other`.
pub struct Localized;

impl ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let lang = i18n::current();
        let styles = Styles::default();
        let (valid, literal, error_style) =
            (styles.get_valid(), styles.get_literal(), styles.get_error());
        let good = |v: &str| s(format!("{valid}{v}{valid:#}"));
        let mut body = error_body(lang, error, &styles)
            .unwrap_or_else(|| i18n::text_in(lang, "clap-error-other", None));

        // Tips: a similar name, or clap's own suggestions.
        let tip = |t: String| {
            let label = format!("{valid}{}{valid:#}", i18n::text_in(lang, "clap-tip", None));
            format!(
                "\n  {}",
                text(lang, "labelled", &[("label", s(label)), ("text", s(t))])
            )
        };
        let mut tips = String::new();
        for (kind, what) in [
            (ContextKind::SuggestedSubcommand, "subcommand"),
            (ContextKind::SuggestedArg, "argument"),
            (ContextKind::SuggestedValue, "value"),
        ] {
            let names: Vec<String> = match error.get(kind) {
                Some(ContextValue::String(v)) => vec![v.clone()],
                Some(ContextValue::Strings(v)) => v.clone(),
                _ => continue,
            };
            if names.is_empty() {
                continue;
            }
            let quoted: Vec<String> = names
                .iter()
                .map(|n| text(lang, "clap-tip-quoted", &[("name", good(n))]))
                .collect();
            tips.push_str(&tip(text(
                lang,
                "clap-tip-similar",
                &[
                    ("count", FluentValue::from(names.len())),
                    ("what", s(what)),
                    ("names", s(quoted.join(", "))),
                ],
            )));
        }
        if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
            for suggestion in suggestions {
                // A tip this module does not know stays in clap's words rather than
                // disappear (a test makes sure that every tip of this clap is known).
                let english = suggestion.to_string();
                tips.push_str(&tip(
                    suggestion_text(lang, &english).unwrap_or(suggestion.ansi().to_string())
                ));
            }
        }
        if !tips.is_empty() {
            body.push('\n');
            body.push_str(&tips);
        }

        let label = format!(
            "{error_style}{}{error_style:#}",
            crate::messages::error_prefix()
        );
        let mut out = text(lang, "labelled", &[("label", s(label)), ("text", s(body))]);
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.ansi().to_string();
            let heading = i18n::text_in(lang, "clap-usage", None);
            out.push_str("\n\n");
            out.push_str(&usage.replacen("Usage:", &heading, 1));
        }
        let flag = format!("{literal}--help{literal:#}");
        let _ = write!(
            out,
            "\n\n{}\n",
            text(lang, "clap-more-info", &[("flag", s(flag))])
        );
        StyledStr::from(out)
    }
}

/// What went wrong, from the error's kind and context; `None` when the context that the
/// kind needs is not there, as clap then writes its general words.
fn error_body(
    lang: Lang,
    error: &clap::error::Error<Localized>,
    styles: &Styles,
) -> Option<String> {
    if let Some(ContextValue::StyledStr(said)) = error.get(ContextKind::Custom) {
        return Some(said.ansi().to_string());
    }
    let (valid, invalid, literal) = (
        styles.get_valid(),
        styles.get_invalid(),
        styles.get_literal(),
    );
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(v)) => Some(v.clone()),
        _ => None,
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(FluentValue::from(*n)),
        _ => None,
    };
    let bad = |v: &str| s(format!("{invalid}{v}{invalid:#}"));
    let lit = |v: &str| s(format!("{literal}{v}{literal:#}"));
    let list = |id: &str, kind| match error.get(kind) {
        Some(ContextValue::Strings(values)) if !values.is_empty() => {
            let values: Vec<String> = values
                .iter()
                .map(|v| format!("{valid}{v}{valid:#}"))
                .collect();
            format!(
                "\n  {}",
                text(lang, id, &[("values", s(values.join(", ")))])
            )
        }
        _ => String::new(),
    };
    let arg = string(ContextKind::InvalidArg);
    let value = string(ContextKind::InvalidValue);

    Some(match error.kind() {
        ErrorKind::UnknownArgument => {
            text(lang, "clap-error-unknown-argument", &[("arg", bad(&arg?))])
        }
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            let mut t = if value.is_empty() {
                text(lang, "clap-error-empty-value", &[("arg", bad(&arg))])
            } else {
                text(
                    lang,
                    "clap-error-invalid-value",
                    &[("value", bad(&value)), ("arg", lit(&arg))],
                )
            };
            t.push_str(&list("clap-list-possible-values", ContextKind::ValidValue));
            t
        }
        ErrorKind::ValueValidation => {
            let (value, arg) = (bad(&value?), lit(&arg?));
            match std::error::Error::source(error) {
                Some(reason) => text(
                    lang,
                    "clap-error-value-validation",
                    &[
                        ("value", value),
                        ("arg", arg),
                        ("reason", s(reason.to_string())),
                    ],
                ),
                None => text(
                    lang,
                    "clap-error-invalid-value",
                    &[("value", value), ("arg", arg)],
                ),
            }
        }
        ErrorKind::InvalidSubcommand => text(
            lang,
            "clap-error-invalid-subcommand",
            &[("name", bad(&string(ContextKind::InvalidSubcommand)?))],
        ),
        ErrorKind::MissingRequiredArgument => {
            let Some(ContextValue::Strings(args)) = error.get(ContextKind::InvalidArg) else {
                return None;
            };
            let mut t = i18n::text_in(lang, "clap-error-missing-required", None);
            for a in args {
                let _ = write!(t, "\n  {valid}{a}{valid:#}");
            }
            t
        }
        ErrorKind::MissingSubcommand => {
            let mut t = text(
                lang,
                "clap-error-missing-subcommand",
                &[("name", bad(&string(ContextKind::InvalidSubcommand)?))],
            );
            t.push_str(&list("clap-list-subcommands", ContextKind::ValidSubcommand));
            t
        }
        ErrorKind::ArgumentConflict => {
            let (what, name) = match (&arg, string(ContextKind::InvalidSubcommand)) {
                (Some(arg), _) => ("argument", arg.clone()),
                (None, Some(sub)) => ("subcommand", sub),
                (None, None) => return None,
            };
            let args = |extra: Option<(&'static str, FluentValue<'static>)>| {
                let mut v: Vec<(&'static str, FluentValue<'static>)> =
                    vec![("what", s(what)), ("arg", bad(&name))];
                v.extend(extra);
                v
            };
            match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(other)) if *other == name && what == "argument" => {
                    text(lang, "clap-error-conflict-repeated", &args(None))
                }
                Some(ContextValue::String(other)) => text(
                    lang,
                    "clap-error-conflict",
                    &args(Some(("other", bad(other)))),
                ),
                Some(ContextValue::Strings(others)) => {
                    let mut t = text(lang, "clap-error-conflict-many", &args(None));
                    for o in others {
                        let _ = write!(t, "\n  {invalid}{o}{invalid:#}");
                    }
                    t
                }
                _ => text(lang, "clap-error-conflict-others", &args(None)),
            }
        }
        ErrorKind::NoEquals => text(lang, "clap-error-no-equals", &[("arg", bad(&arg?))]),
        ErrorKind::TooManyValues => text(
            lang,
            "clap-error-too-many-values",
            &[("value", bad(&value?)), ("arg", lit(&arg?))],
        ),
        ErrorKind::TooFewValues => text(
            lang,
            "clap-error-too-few-values",
            &[
                ("min", number(ContextKind::MinValues)?),
                ("actual", number(ContextKind::ActualNumValues)?),
                ("arg", lit(&arg?)),
            ],
        ),
        ErrorKind::WrongNumberOfValues => text(
            lang,
            "clap-error-wrong-number-of-values",
            &[
                ("expected", number(ContextKind::ExpectedNumValues)?),
                ("actual", number(ContextKind::ActualNumValues)?),
                ("arg", lit(&arg?)),
            ],
        ),
        ErrorKind::InvalidUtf8 => i18n::text_in(lang, "clap-error-invalid-utf8", None),
        // The help and the version are written by clap before any formatter (and are in
        // the reader's language already); I/O and format errors come as English
        // sentences, which `localized` replaces. Here they, and any kind a newer clap
        // adds, get the general words.
        _ => return None,
    })
}

/// clap's suggestions come as English sentences: the three it makes, in the catalogue's
/// words; `None` for a sentence this module does not know (a test checks that it knows
/// every one that this clap writes).
pub(super) fn suggestion_text(lang: Lang, english: &str) -> Option<String> {
    let q: Vec<String> = english
        .split('\'')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    if english.starts_with("to pass '")
        && english.contains("' as a value, use '")
        && english.ends_with('\'')
        && q.len() == 2
    {
        Some(text(
            lang,
            "clap-tip-pass-as-value",
            &[("arg", s(q[0].clone())), ("use", s(q[1].clone()))],
        ))
    } else if english.starts_with("subcommand '")
        && english.ends_with("' exists; to use it, remove the '--' before it")
        && q.len() == 2
    {
        Some(text(
            lang,
            "clap-tip-remove-dashes",
            &[("name", s(q[0].clone()))],
        ))
    } else if english.starts_with('\'') && english.ends_with("' exists") && q.len() == 1 {
        Some(text(lang, "clap-tip-exists", &[("name", s(q[0].clone()))]))
    } else {
        None
    }
}
