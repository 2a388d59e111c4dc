//! Reading the files: CSV as French offices write it (`,`, `;` or tab, UTF-8 with or
//! without BOM or Windows-1252, CRLF, quotes), its columns by name or alias, each row's
//! line, and the portal's `SIRET;1|0` lines for `portfolio sync`.

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::rc::Rc;

use clap::ValueEnum;
use indicatif::ProgressBar;

use super::ImportArgs;
use crate::cli::DryRun;
use crate::domain::import::{Action, RowOutcome};
use crate::domain::portal::SyncRow;
use crate::error::{Error, Result};
use crate::messages as msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Encoding {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "windows-1252", alias = "cp1252", alias = "latin1")]
    Windows1252,
}

/// A column of an import file: its name, the other names it goes by, and whether the
/// file must have it.
pub struct Column {
    name: &'static str,
    aliases: &'static [&'static str],
    required: bool,
}

const fn column(name: &'static str, aliases: &'static [&'static str], required: bool) -> Column {
    Column {
        name,
        aliases,
        required,
    }
}

/// `clients list -o csv` has the columns `siren` and `siret`: a SIRET, when there is
/// one, is kept.
pub(super) const CLIENT_COLUMNS: &[Column] = &[
    column("siren", &[], true),
    column("siret", &[], false),
    // Left out or empty, it is taken from the company register.
    column(
        "name",
        &["raison sociale", "raison_sociale", "nom", "denomination"],
        false,
    ),
    column("portfolio", &["portefeuille"], true),
    // The day the lettre de mission was signed, and its reference.
    column(
        "mandate_signed",
        &["mandat_signe", "mandat_signé", "mandat signé", "mandat"],
        false,
    ),
    column("reference", &["référence", "ref"], false),
];

pub(super) const SUBSCRIBER_COLUMNS: &[Column] = &[
    column("login", &["identifiant"], true),
    column("email", &["courriel", "e-mail", "mail"], false),
    column("name", &["nom"], false),
    column("portfolio", &["portefeuille"], true),
];

/// `portfolio sync`: a company or establishment per row, with an optional name.
const SYNC_COLUMNS: &[Column] = &[
    column("siren", &[], false),
    column("siret", &[], false),
    column(
        "name",
        &["raison sociale", "raison_sociale", "nom", "denomination"],
        false,
    ),
];

/// A header line longer than this is not one.
const MAX_HEADER: usize = 64 * 1024;

/// One record: its line, and its values in the order of the kind's columns.
pub(super) struct Fields {
    pub(super) line: u32,
    values: Vec<String>,
}

impl Fields {
    /// A field as written, without the quote that `-o csv` puts before a formula.
    pub(super) fn take(&mut self, i: usize) -> String {
        let v = std::mem::take(&mut self.values[i]);
        match crate::ui::csv_text_back(&v) {
            back if back.len() < v.len() => back.to_string(),
            _ => v,
        }
    }
}

/// Line numbers as a person counts them. The csv crate's are off after a CRLF or a
/// blank line (rust-csv #208, #395), and Excel writes CRLF: the lines are counted here,
/// below the CSV reader, and each record is placed on the first non-blank line that
/// starts at or after its byte position.
#[derive(Default)]
struct LineIndex {
    /// (byte offset, line number) of the non-blank lines read ahead of the parser.
    starts: std::collections::VecDeque<(u64, u64)>,
    offset: u64,
    line: u64,
    line_start: u64,
    line_len: u64,
    last: u8,
}

impl LineIndex {
    fn scan(&mut self, bytes: &[u8]) {
        for &b in bytes {
            if b == b'\n' {
                let blank = self.line_len == 0 || (self.line_len == 1 && self.last == b'\r');
                if !blank {
                    self.starts.push_back((self.line_start, self.line + 1));
                }
                self.line += 1;
                self.line_start = self.offset + 1;
                self.line_len = 0;
            } else {
                self.line_len += 1;
                self.last = b;
            }
            self.offset += 1;
        }
    }

    fn line_of(&mut self, byte: u64) -> u64 {
        while self.starts.front().is_some_and(|(start, _)| *start < byte) {
            self.starts.pop_front();
        }
        // A last line without a line end has not been indexed yet.
        self.starts.front().map_or(self.line + 1, |(_, line)| *line)
    }
}

struct Counting<R> {
    inner: R,
    index: Rc<RefCell<LineIndex>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.index.borrow_mut().scan(&buf[..n]);
        Ok(n)
    }
}

/// An import file being read, record after record.
pub(super) struct Sheet {
    lines: Rc<RefCell<LineIndex>>,
    names: Vec<&'static str>,
    reader: csv::Reader<Box<dyn Read>>,
    /// For each of the kind's columns, its position in the file.
    positions: Vec<Option<usize>>,
    width: usize,
    record: csv::StringRecord,
    encoding: Encoding,
    /// A read error ends the run: the space must not commit a file read in part.
    pub(super) fatal: Rc<RefCell<Option<Error>>>,
}

impl Sheet {
    pub(super) fn open(args: &ImportArgs, columns: &[Column], bar: &ProgressBar) -> Result<Sheet> {
        let source: Box<dyn Read> = if args.file.as_os_str() == "-" {
            Box::new(bar.wrap_read(io::stdin()))
        } else {
            let file = File::open(&args.file).map_err(|e| {
                Error::invalid(msg::import_cannot_read(&args.file, &msg::reason(&e)))
                    .hint(msg::hint_import_file())
            })?;
            if let Ok(meta) = file.metadata() {
                bar.set_length(meta.len());
            }
            Box::new(bar.wrap_read(file))
        };
        let decoded: Box<dyn Read> = match args.encoding {
            Encoding::Utf8 => source,
            Encoding::Windows1252 => Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(encoding_rs::WINDOWS_1252))
                    .build(source),
            ),
        };
        let mut buffered = BufReader::with_capacity(256 * 1024, decoded);
        // The header line, whole (a decoder may hand it over in pieces), to find the
        // delimiter; then the file is read from its start again.
        let mut head = Vec::new();
        loop {
            let chunk = buffered.fill_buf().map_err(|e| {
                Error::invalid(msg::import_cannot_read(&args.file, &msg::reason(&e)))
            })?;
            if chunk.is_empty() {
                break;
            }
            let (take, done) = match chunk.iter().position(|b| *b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), head.len() + chunk.len() > MAX_HEADER),
            };
            head.extend_from_slice(&chunk[..take]);
            buffered.consume(take);
            if done {
                break;
            }
        }
        let delimiter = sniff_delimiter(&head);
        let lines = Rc::new(RefCell::new(LineIndex::default()));
        let counted = Counting {
            inner: io::Cursor::new(head).chain(buffered),
            index: lines.clone(),
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(Box::new(counted) as Box<dyn Read>);
        let headers = match reader.headers() {
            Ok(h) if !(h.is_empty() || h.len() == 1 && h[0].trim_ascii().is_empty()) => h.clone(),
            Ok(_) => {
                return Err(Error::invalid(msg::import_empty())
                    .hint(msg::hint_import_header(&expected(columns))));
            }
            Err(e) => return Err(read_error(&args.file, e, args.encoding)),
        };
        let normal = |s: &str| s.trim().to_lowercase();
        let found: Vec<String> = headers.iter().map(normal).collect();
        let mut positions = Vec::with_capacity(columns.len());
        for c in columns {
            let at = found
                .iter()
                .position(|h| h == c.name || c.aliases.contains(&h.as_str()));
            if at.is_none() && c.required {
                return Err(Error::invalid(msg::import_missing_column(
                    c.name,
                    &headers
                        .iter()
                        .map(str::trim_ascii)
                        .collect::<Vec<_>>()
                        .join(","),
                ))
                .hint(msg::hint_import_header(&expected(columns))));
            }
            positions.push(at);
        }
        Ok(Sheet {
            lines,
            names: columns.iter().map(|c| c.name).collect(),
            reader,
            positions,
            width: headers.len(),
            record: csv::StringRecord::new(),
            encoding: args.encoding,
            fatal: Rc::new(RefCell::new(None)),
        })
    }

    /// The next record, or why it cannot be read (the row then fails). Records with
    /// nothing in them (Excel's `;;` at the end of a sheet) are passed over.
    pub(super) fn next_fields(&mut self) -> Option<std::result::Result<Fields, Box<RowOutcome>>> {
        loop {
            match self.reader.read_record(&mut self.record) {
                Ok(false) => return None,
                Ok(true) if self.record.iter().all(|f| f.trim_ascii().is_empty()) => continue,
                Ok(true) => return Some(self.fields()),
                Err(e) => return Some(Err(Box::new(self.unreadable(&e)))),
            }
        }
    }

    fn line_of(&self, position: Option<&csv::Position>) -> u32 {
        row_line(
            self.lines
                .borrow_mut()
                .line_of(position.map_or(0, csv::Position::byte)),
        )
    }

    fn fields(&mut self) -> std::result::Result<Fields, Box<RowOutcome>> {
        let line = self.line_of(self.record.position());
        let values: Vec<String> = self
            .positions
            .iter()
            .map(|p| {
                p.and_then(|i| self.record.get(i))
                    .unwrap_or("")
                    .trim_ascii()
                    .to_string()
            })
            .collect();
        if self.record.len() != self.width {
            let key = values.first().cloned().unwrap_or_default();
            return Err(Box::new(RowOutcome::new(
                line,
                &key,
                "",
                Action::Failed,
                msg::import_field_count(self.record.len(), self.width),
            )));
        }
        Ok(Fields { line, values })
    }

    fn unreadable(&mut self, e: &csv::Error) -> RowOutcome {
        match e.kind() {
            csv::ErrorKind::Utf8 { pos, err } => {
                let message = match self.encoding {
                    Encoding::Utf8 => msg::import_not_utf8(),
                    Encoding::Windows1252 => msg::import_not_text("Windows-1252"),
                };
                let mut o =
                    RowOutcome::new(self.line_of(pos.as_ref()), "", "", Action::Failed, message);
                o.column = self
                    .positions
                    .iter()
                    .position(|p| *p == Some(err.field()))
                    .map(|i| self.names[i].to_string());
                o
            }
            _ => {
                let message = e.to_string();
                *self.fatal.borrow_mut() = Some(Error::invalid(message.clone()));
                RowOutcome::new(self.line_of(e.position()), "", "", Action::Failed, message)
            }
        }
    }
}

fn read_error(path: &Path, e: csv::Error, encoding: Encoding) -> Error {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } if encoding == Encoding::Utf8 => {
            Error::invalid(msg::import_not_utf8()).hint(msg::hint_import_encoding())
        }
        _ => Error::invalid(msg::import_cannot_read(path, &msg::reason(&e))),
    }
}

fn expected(columns: &[Column]) -> String {
    columns
        .iter()
        .filter(|c| c.required)
        .map(|c| c.name)
        .collect::<Vec<_>>()
        .join(",")
}

/// The delimiter is the one of `,`, `;` and tab that the header line uses most.
fn sniff_delimiter(start: &[u8]) -> u8 {
    let header = start.split(|b| *b == b'\n').next().unwrap_or_default();
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for b in header {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// The rows of a file declaring a portfolio's content: the portal's own form (`SIRET;1`
/// or `SIRET;0` per line, no header) or a CSV with `siren` or `siret` and `name`
/// columns, read as `clients import` reads its files. A line that cannot be read is an
/// error naming it: nothing is applied from a file read in part.
pub fn sync_rows(file: &Path, encoding: Encoding) -> Result<Vec<SyncRow>> {
    let cannot = |e: &io::Error| {
        Error::invalid(msg::import_cannot_read(file, &msg::reason(e))).hint(msg::hint_import_file())
    };
    let mut start = [0u8; 64];
    let n = {
        let mut f = File::open(file).map_err(|e| cannot(&e))?;
        let mut n = 0;
        while n < start.len() {
            match f.read(&mut start[n..]).map_err(|e| cannot(&e))? {
                0 => break,
                k => n += k,
            }
        }
        n
    };
    let first = String::from_utf8_lossy(&start[..n]);
    let first = first
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    if portal_line(first).is_some() {
        return portal_rows(file).map_err(|e| cannot(&e))?;
    }
    let args = ImportArgs {
        file: file.to_path_buf(),
        skip_invalid: false,
        report: None,
        encoding,
        dry_run: DryRun { dry_run: false },
    };
    let mut sheet = Sheet::open(&args, SYNC_COLUMNS, &ProgressBar::hidden())?;
    if sheet.positions[0].is_none() && sheet.positions[1].is_none() {
        let found: Vec<String> = sheet
            .reader
            .headers()
            .map(|h| h.iter().map(str::to_string).collect())
            .unwrap_or_default();
        return Err(Error::invalid(msg::sync_no_column(&found.join(",")))
            .hint(msg::hint_import_header(&expected(SYNC_COLUMNS))));
    }
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    while let Some(next) = sheet.next_fields() {
        match next {
            Ok(mut f) => {
                let siret = f.take(1);
                let id = if siret.is_empty() { f.take(0) } else { siret };
                rows.push(SyncRow {
                    line: f.line,
                    id,
                    name: f.take(2),
                    keep: true,
                });
            }
            Err(o) => bad.push(msg::sync_file_line(o.line, &o.key, &o.message)),
        }
        if let Some(e) = sheet.fatal.borrow_mut().take() {
            return Err(e);
        }
    }
    refuse_bad(bad)?;
    Ok(rows)
}

/// Files are bounded in size, so their line numbers fit; the contract says 32 bits.
fn row_line(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `SIRET;1` or `SIRET;0`: the SIRET's digits and whether it stays.
fn portal_line(line: &str) -> Option<(String, bool)> {
    let (siret, flag) = line.trim().split_once(';')?;
    let siret = siret.trim().trim_matches('"');
    let keep = match flag.trim().trim_matches('"') {
        "1" => true,
        "0" => false,
        _ => return None,
    };
    (siret.len() == 14 && siret.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (siret.to_string(), keep))
}

fn portal_rows(file: &Path) -> io::Result<Result<Vec<SyncRow>>> {
    let reader = BufReader::new(File::open(file)?);
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in reader.split(b'\n').enumerate() {
        let line = line?;
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_start_matches('\u{feff}').trim();
        let number = i as u64 + 1;
        if text.is_empty() {
            continue;
        }
        match portal_line(text) {
            Some((id, keep)) => rows.push(SyncRow {
                line: row_line(number),
                id,
                name: String::new(),
                keep,
            }),
            None => bad.push(msg::sync_file_line(
                row_line(number),
                text,
                &msg::sync_bad_line(),
            )),
        }
    }
    Ok(refuse_bad(bad).map(|()| rows))
}

/// Unreadable lines, each said on stderr, refuse the whole file.
fn refuse_bad(bad: Vec<String>) -> Result<()> {
    if bad.is_empty() {
        return Ok(());
    }
    for line in &bad {
        eprintln!("{line}");
    }
    Err(Error::invalid(msg::sync_refused(bad.len() as u64)).hint(msg::hint_sync_refused()))
}
