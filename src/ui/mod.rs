//! Everything printed goes through here: data to stdout (a table for people, tab-separated
//! rows in a pipe, JSON or CSV for scripts), messages, warnings and errors to stderr.

pub mod hints;
pub mod prompt;
pub mod tables;

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::messages as msg;

pub use tables::Tabular;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum OutputFormat {
    /// A table on a terminal; tab-separated rows with a header line in a pipe.
    #[default]
    Table,
    /// JSON: an array for lists, an object for one record.
    Json,
    /// CSV with a header line.
    Csv,
}

pub struct Ui {
    pub format: OutputFormat,
    pub quiet: bool,
    stdout_tty: bool,
    stderr_color: bool,
}

impl Ui {
    pub fn new(format: OutputFormat, quiet: bool, no_color: bool) -> Ui {
        let color_allowed = !no_color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let stdout_color = color_allowed && takes_colour(&console::Term::stdout());
        let stderr_color = color_allowed && takes_colour(&console::Term::stderr());
        console::set_colors_enabled(stdout_color);
        console::set_colors_enabled_stderr(stderr_color);
        Ui {
            format,
            quiet,
            stdout_tty: io::stdout().is_terminal(),
            stderr_color,
        }
    }

    /// A list of records in the chosen format.
    pub fn list<T: Tabular>(&self, items: &[T]) -> Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        match self.format {
            OutputFormat::Json => write_json(&mut out, &items)?,
            OutputFormat::Csv => write_csv(&mut out, items)?,
            OutputFormat::Table => {
                let rows: Vec<Vec<String>> = items.iter().map(Tabular::cells).collect();
                self.write_table(
                    &mut out,
                    &T::headers().iter().map(String::as_str).collect::<Vec<_>>(),
                    &rows,
                )?;
            }
        }
        flush(out)
    }

    /// One record, shown as field/value pairs in a table.
    /// Records whose columns are known only at run time (`access matrix`): objects with
    /// the same keys, in order.
    pub fn records(&self, items: &[serde_json::Value]) -> Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        match self.format {
            OutputFormat::Json => write_json(&mut out, &items)?,
            OutputFormat::Csv => write_csv(&mut out, items)?,
            OutputFormat::Table => {
                let headers: Vec<String> = items
                    .first()
                    .and_then(|v| v.as_object())
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default();
                let rows: Vec<Vec<String>> = items
                    .iter()
                    .filter_map(|v| v.as_object())
                    .map(|m| {
                        m.values()
                            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                            .collect()
                    })
                    .collect();
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                self.write_table(&mut out, &headers, &rows)?;
            }
        }
        out.flush()?;
        Ok(())
    }

    pub fn show<T: Tabular>(&self, item: &T) -> Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        match self.format {
            OutputFormat::Json => write_json(&mut out, item)?,
            OutputFormat::Csv => write_csv(&mut out, std::slice::from_ref(item))?,
            OutputFormat::Table => {
                let rows: Vec<Vec<String>> = T::headers()
                    .into_iter()
                    .zip(item.cells())
                    .map(|(h, v)| vec![h.to_string(), v])
                    .collect();
                self.write_table(
                    &mut out,
                    &[&msg::header::field(), &msg::header::value()],
                    &rows,
                )?;
            }
        }
        flush(out)
    }

    /// A document that is JSON whatever the format asked (`user export`).
    pub fn document<T: Serialize>(&self, doc: &T) -> Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        write_json(&mut out, doc)?;
        flush(out)
    }

    /// The result of a change: a sentence for people, the record for scripts.
    pub fn outcome<T: Serialize>(&self, sentence: &str, record: &T) -> Result<()> {
        self.outcome_keyed(sentence, record, None)
    }

    /// As [`Ui::outcome`], for a change that creates something: with `-q` its key (a
    /// portfolio's number) still goes to stdout, since scripts need it.
    pub fn outcome_keyed<T: Serialize>(
        &self,
        sentence: &str,
        record: &T,
        key: Option<&str>,
    ) -> Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        match self.format {
            OutputFormat::Json => write_json(&mut out, record)?,
            OutputFormat::Csv => write_csv(&mut out, std::slice::from_ref(record))?,
            OutputFormat::Table if self.quiet => {
                if let Some(key) = key {
                    writeln!(out, "{key}")?;
                }
            }
            OutputFormat::Table => writeln!(out, "{sentence}")?,
        }
        flush(out)
    }

    /// A side remark for people: stderr, silenced by -q.
    pub fn note(&self, text: &str) {
        if !self.quiet {
            eprintln!("{text}");
        }
    }

    pub fn warn(&self, text: &str) {
        eprintln!(
            "{}",
            console::style(msg::terminal_safe(text))
                .for_stderr()
                .yellow()
        );
    }

    pub fn error(&self, e: &Error) {
        let prefix = msg::error_prefix();
        let prefix = if self.stderr_color {
            console::style(prefix).for_stderr().red().bold().to_string()
        } else {
            prefix.to_string()
        };
        eprintln!(
            "{}",
            msg::labelled(&prefix, &msg::terminal_safe(&e.message))
        );
        let hint = e.hint.clone().or_else(|| e.next.as_ref().map(hints::say));
        if let Some(hint) = &hint {
            eprintln!(
                "{}",
                msg::labelled(&msg::hint_prefix(), &msg::terminal_safe(hint))
            );
        }
    }

    fn write_table(
        &self,
        out: &mut impl Write,
        headers: &[&str],
        rows: &[Vec<String>],
    ) -> Result<()> {
        if self.stdout_tty {
            let mut table = comfy_table::Table::new();
            table
                .load_style(comfy_table::presets::UTF8_FULL_CONDENSED.with_rounded_corners())
                .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                .set_header(headers.iter().copied());
            // A terminal that reports no size (some ptys, serial consoles): COLUMNS, or
            // let the table be as wide as its content.
            if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
                table.set_width(cols);
            } else if matches!(table.width(), None | Some(0)) {
                table.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
            }
            for row in rows {
                table.add_row(row.iter().map(|c| msg::terminal_safe(c)));
            }
            writeln!(out, "{table}")?;
        } else {
            // One record a line, one field a tab: no value may hold either, nor escapes.
            // Identifiers go as plain digits, for scripts.
            let clean = |s: &str| msg::shown_at_most(&ungrouped(s), usize::MAX);
            writeln!(
                out,
                "{}",
                headers
                    .iter()
                    .map(|h| clean(h))
                    .collect::<Vec<_>>()
                    .join("\t")
            )?;
            for row in rows {
                writeln!(
                    out,
                    "{}",
                    row.iter().map(|c| clean(c)).collect::<Vec<_>>().join("\t")
                )?;
            }
        }
        Ok(())
    }
}

pub fn write_json<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| Error::other(e.to_string()))?;
    writeln!(out)?;
    Ok(())
}

/// CSV through serde_json values, so that flattened and optional fields come out as
/// plain columns in the records' field order.
fn write_csv<T: Serialize>(out: &mut impl Write, items: &[T]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut header_written = false;
    for item in items {
        let value = serde_json::to_value(item).map_err(|e| Error::other(e.to_string()))?;
        let serde_json::Value::Object(map) = value else {
            continue;
        };
        if !header_written {
            w.write_record(map.keys()).map_err(csv_error)?;
            header_written = true;
        }
        // Numbers stay numbers (a negative one is no formula): only text is guarded.
        w.write_record(map.values().map(|v| match v {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => csv_text(s).into_owned(),
            other => other.to_string(),
        }))
        .map_err(csv_error)?;
    }
    w.flush()?;
    Ok(())
}

/// What a spreadsheet takes for the start of a formula in a cell.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A text cell that Excel will not run: one that starts like a formula gets a leading
/// `'`, and so does one that starts with quotes before such a character, so that
/// [`csv_text_back`] gives back every text exactly.
pub fn csv_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.trim_start_matches('\'').starts_with(FORMULA_STARTS) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// A cell as [`csv_text`] wrote it, back to the text it was.
pub fn csv_text_back(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_STARTS) => rest,
        _ => s,
    }
}

fn csv_error(e: csv::Error) -> Error {
    Error::other(e.to_string())
}

/// A closed pipe (`| head`) is not an error worth a message.
pub fn flush(mut out: impl Write) -> Result<()> {
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// `356 000 000` and `732 829 320 00074` as tables group them, back to plain digits.
fn ungrouped(cell: &str) -> std::borrow::Cow<'_, str> {
    let groups: Vec<&str> = cell.split(' ').collect();
    let shape = groups.iter().map(|g| g.len()).collect::<Vec<_>>();
    let digits = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    if digits && (shape == [3, 3, 3] || shape == [3, 3, 3, 5]) {
        std::borrow::Cow::Owned(groups.concat())
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A terminal that shows colour. On Windows, asking the console crate also switches the
/// console to ANSI sequences, and says no where it cannot (an old cmd), so that no raw
/// escape ever shows.
fn takes_colour(term: &console::Term) -> bool {
    if cfg!(windows) {
        term.features().colors_supported()
    } else {
        term.is_term()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_get_a_quote_that_reading_takes_off() {
        for s in [
            "=HYPERLINK(\"x\")",
            "-Dupont",
            "+33",
            "@a",
            "'=x",
            "''-y",
            "O'Neil",
            "'a",
            "",
        ] {
            let cell = csv_text(s);
            assert!(!cell.starts_with(FORMULA_STARTS), "{cell}");
            assert_eq!(csv_text_back(&cell), s);
        }
        assert_eq!(csv_text("-Dupont"), "'-Dupont");
        assert_eq!(csv_text("O'Neil"), "O'Neil");
    }
}
