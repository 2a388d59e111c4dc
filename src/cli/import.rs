//! `clients import` and `subscriber import`: reading the CSV files French offices have
//! (`,` or `;`, UTF-8 with or without BOM or Windows-1252, CRLF, quotes), the progress
//! bar, the report and the summary. The rows themselves are checked by the space.

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::DryRun;
use crate::cli::context::Context;
use crate::domain::import::{
    Action, ClientRow, ImportOptions, ImportSummary, Input, RowOutcome, SubscriberRow,
};
use crate::domain::portal::SyncRow;
use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;
use crate::space::{Outcomes, Rows};
use crate::spool::Spool;
use crate::ui::OutputFormat;

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long)]
    pub skip_invalid: bool,
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Encoding::Utf8)]
    pub encoding: Encoding,
    #[command(flatten)]
    pub dry_run: DryRun,
}

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
const CLIENT_COLUMNS: &[Column] = &[
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

const SUBSCRIBER_COLUMNS: &[Column] = &[
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
struct Fields {
    line: u32,
    values: Vec<String>,
}

impl Fields {
    /// A field as written, without the quote that `-o csv` puts before a formula.
    fn take(&mut self, i: usize) -> String {
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
struct Sheet {
    lines: Rc<RefCell<LineIndex>>,
    names: Vec<&'static str>,
    reader: csv::Reader<Box<dyn Read>>,
    /// For each of the kind's columns, its position in the file.
    positions: Vec<Option<usize>>,
    width: usize,
    record: csv::StringRecord,
    encoding: Encoding,
    /// A read error ends the run: the space must not commit a file read in part.
    fatal: Rc<RefCell<Option<Error>>>,
}

impl Sheet {
    fn open(args: &ImportArgs, columns: &[Column], bar: &ProgressBar) -> Result<Sheet> {
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
            .trim(csv::Trim::All)
            .from_reader(Box::new(counted) as Box<dyn Read>);
        let headers = match reader.headers() {
            Ok(h) if !(h.is_empty() || h.len() == 1 && h[0].is_empty()) => h.clone(),
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
                    &headers.iter().collect::<Vec<_>>().join(","),
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
    fn next_fields(&mut self) -> Option<std::result::Result<Fields, Box<RowOutcome>>> {
        loop {
            match self.reader.read_record(&mut self.record) {
                Ok(false) => return None,
                Ok(true) if self.record.iter().all(str::is_empty) => continue,
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
            .map(|p| p.and_then(|i| self.record.get(i)).unwrap_or("").to_string())
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

/// Where the outcomes go: failed rows to stderr as they come, everything to a spool
/// for the report and for `-o json|csv`.
struct Sink {
    bar: ProgressBar,
    spool: Option<Spool>,
    fatal: Rc<RefCell<Option<Error>>>,
    codes: u64,
}

impl Sink {
    fn push(&mut self, o: RowOutcome) -> Result<()> {
        if let Some(e) = self.fatal.borrow_mut().take() {
            return Err(e);
        }
        if o.action == Action::Failed {
            let text = msg::import_row_failed(o.line, o.column.as_deref(), &o.message);
            self.bar.suspend(|| eprintln!("{text}"));
        }
        if o.activation_code.is_some() {
            self.codes += 1;
        }
        match &mut self.spool {
            Some(spool) => spool.push(&o),
            None => Ok(()),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Clients,
    Subscribers,
}

/// `fill_name`: the company register's name for a row without one, or why not.
pub fn clients(
    ctx: &Context,
    args: &ImportArgs,
    move_clients: bool,
    mut fill_name: impl FnMut(&str) -> std::result::Result<String, String>,
    import: impl FnOnce(Rows<ClientRow>, &ImportOptions, Outcomes) -> Result<ImportSummary>,
) -> Result<()> {
    // The file's own checks (a company once per file) are the space's: every row goes.
    run(
        ctx,
        args,
        move_clients,
        Kind::Clients,
        import,
        move |mut f| {
            let siret = f.take(1);
            let id = if siret.is_empty() { f.take(0) } else { siret };
            let mut name = f.take(2);
            let portfolio = f.take(3);
            let (mandate_signed, reference) = (f.take(4), f.take(5));
            if name.trim().is_empty() {
                match fill_name(&id) {
                    Ok(n) => name = n,
                    Err(message) => {
                        return Err(Box::new(RowOutcome::failed(
                            f.line, &id, &portfolio, "name", message,
                        )));
                    }
                }
            }
            Ok(ClientRow {
                line: f.line,
                id,
                name,
                portfolio,
                mandate_signed,
                reference,
            })
        },
    )
}

pub fn subscribers(
    ctx: &Context,
    args: &ImportArgs,
    import: impl FnOnce(Rows<SubscriberRow>, &ImportOptions, Outcomes) -> Result<ImportSummary>,
) -> Result<()> {
    run(ctx, args, false, Kind::Subscribers, import, move |mut f| {
        Ok(SubscriberRow {
            line: f.line,
            login: f.take(0),
            email: f.take(1),
            name: f.take(2),
            portfolio: f.take(3),
        })
    })
}

fn run<T>(
    ctx: &Context,
    args: &ImportArgs,
    move_clients: bool,
    kind: Kind,
    import: impl FnOnce(Rows<T>, &ImportOptions, Outcomes) -> Result<ImportSummary>,
    mut row: impl FnMut(Fields) -> Input<T>,
) -> Result<()> {
    let columns = match kind {
        Kind::Clients => CLIENT_COLUMNS,
        Kind::Subscribers => SUBSCRIBER_COLUMNS,
    };
    let bar = progress_bar(ctx);
    let mut sheet = Sheet::open(args, columns, &bar)?;
    // Opened before the run: codes must not be issued that the report cannot keep.
    let report = args
        .report
        .as_deref()
        .map(|p| open_report(p, &args.file))
        .transpose()?;
    let options = ImportOptions {
        run: new_run_id()?,
        dry_run: args.dry_run.dry_run,
        skip_invalid: args.skip_invalid,
        move_clients,
    };
    let keep = report.is_some() || ctx.ui.format != OutputFormat::Table;
    let mut sink = Sink {
        bar: bar.clone(),
        spool: keep.then(Spool::new).transpose()?,
        fatal: sheet.fatal.clone(),
        codes: 0,
    };
    let mut rows = std::iter::from_fn(|| Some(sheet.next_fields()?.and_then(&mut row)));
    let result = import(&mut rows, &options, &mut |o| sink.push(o));
    bar.finish_and_clear();
    let fatal = sheet.fatal.borrow_mut().take();
    let (summary, error) = match (result, fatal) {
        (Ok(summary), None) => (Some(summary), None),
        (Ok(_), Some(e)) | (Err(e), _) => (None, Some(e)),
    };
    // The report even when the run failed: a server may have written batches before
    // it went down, and their new accounts' codes are in it. Locally a failed run is
    // rolled back.
    let written = match summary {
        Some(s) => s.written,
        None => matches!(ctx.target(), Ok(crate::cli::context::Target::Remote { .. })),
    };
    if let Some(spool) = sink.spool.take() {
        let mut emit = Emit::new(kind, report, ctx.ui.format)?;
        for o in spool.replay::<RowOutcome>()? {
            let o = o?;
            emit.push(&if written { o } else { o.unwritten() })?;
        }
        emit.finish()?;
    }
    let summary = match (summary, error) {
        (Some(summary), None) => summary,
        (_, Some(e)) => return Err(e),
        (None, None) => return Err(Error::other(msg::internal_error())),
    };

    let moved = (kind == Kind::Clients).then_some(summary.moved);
    let line = if summary.written {
        msg::import_summary(summary.created, moved, summary.skipped, summary.failed)
    } else {
        msg::import_unwritten_summary(
            options.dry_run,
            summary.created,
            moved,
            summary.skipped,
            summary.failed,
        )
    };
    ctx.ui.note(&line);
    if kind == Kind::Subscribers && summary.written && sink.codes > 0 {
        ctx.ui.note(&match &args.report {
            Some(path) => msg::import_codes_kept(sink.codes, path),
            None => msg::import_codes_sent(sink.codes),
        });
    }
    if summary.failed == 0 {
        return Ok(());
    }
    let (kind, message) = match (summary.written, args.skip_invalid) {
        (true, _) => (ErrorKind::Partial, msg::import_partial(summary.failed)),
        (false, true) => (ErrorKind::Partial, msg::import_refused(summary.failed)),
        (false, false) => (ErrorKind::Invalid, msg::import_refused(summary.failed)),
    };
    let hint = if let Some(report) = &args.report {
        msg::hint_import_report_written(report)
    } else if summary.written || args.skip_invalid {
        msg::hint_import_report()
    } else {
        msg::hint_import_refused()
    };
    Err(Error::new(kind, message).hint(hint))
}

/// On stderr, and only for a person at a terminal.
fn progress_bar(ctx: &Context) -> ProgressBar {
    if ctx.ui.quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(
        "{spinner} [{wide_bar}] {bytes}/{total_bytes} {binary_bytes_per_sec} {eta}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

fn new_run_id() -> Result<String> {
    let mut bytes = [0u8; 10];
    getrandom::fill(&mut bytes).map_err(|e| Error::other(e.to_string()))?;
    Ok(data_encoding::BASE32_NOPAD.encode(&bytes).to_lowercase())
}

/// The report is written next to its place (mode 0600: it holds activation codes) and
/// put there at the end, so that an earlier report, or the file being read, stays
/// whole until then.
fn open_report(path: &Path, input: &Path) -> Result<Report> {
    if crate::private::same_file(path, input) {
        return Err(Error::usage(msg::report_is_input(path)).hint(msg::hint_report_elsewhere()));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new();
    temp.prefix(".urssaf-admin-report");
    if let Some(private) = crate::private::file_permissions() {
        temp.permissions(private);
    }
    let temp = temp
        .tempfile_in(dir)
        .map_err(|e| Error::invalid(msg::cannot_write_report(path, &msg::reason(&e))))?;
    Ok(Report {
        path: path.to_path_buf(),
        temp,
    })
}

struct Report {
    path: PathBuf,
    temp: tempfile::NamedTempFile,
}

fn header(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Clients => &["line", "key", "portfolio", "action", "column", "message"],
        Kind::Subscribers => &[
            "line",
            "key",
            "portfolio",
            "action",
            "column",
            "message",
            "activation_code",
            "activation_expires_at",
        ],
    }
}

fn record(kind: Kind, o: &RowOutcome) -> Vec<String> {
    let mut r = vec![
        o.line.to_string(),
        o.key.clone(),
        o.portfolio.clone(),
        o.action.as_str().to_string(),
        o.column.clone().unwrap_or_default(),
        o.message.clone(),
    ];
    if kind == Kind::Subscribers {
        r.push(o.activation_code.clone().unwrap_or_default());
        r.push(o.activation_expires_at.clone().unwrap_or_default());
    }
    r
}

/// The records of a run, to the report and to stdout (`-o json|csv`) in one pass.
struct Emit {
    kind: Kind,
    report: Option<(Report, csv::Writer<io::BufWriter<File>>)>,
    csv: Option<csv::Writer<io::BufWriter<io::Stdout>>>,
    /// JSON is streamed: a run of a million rows is not held in memory to be printed.
    json: Option<(io::BufWriter<io::Stdout>, usize)>,
}

impl Emit {
    fn new(kind: Kind, report: Option<Report>, format: OutputFormat) -> Result<Emit> {
        let stdout = || io::BufWriter::new(io::stdout());
        let report = match report {
            Some(r) => {
                let file = r.temp.reopen().map_err(|e| {
                    Error::other(msg::cannot_write_report(&r.path, &msg::reason(&e)))
                })?;
                Some((r, csv::Writer::from_writer(io::BufWriter::new(file))))
            }
            None => None,
        };
        let mut emit = Emit {
            kind,
            report,
            csv: (format == OutputFormat::Csv).then(|| csv::Writer::from_writer(stdout())),
            json: (format == OutputFormat::Json).then(|| (stdout(), 0)),
        };
        let head = header(kind);
        if let Some((r, w)) = &mut emit.report {
            w.write_record(head).map_err(|e| report_error(&r.path, e))?;
        }
        if let Some(w) = &mut emit.csv {
            w.write_record(head).map_err(csv_error)?;
        }
        if let Some((w, _)) = &mut emit.json {
            w.write_all(b"[")?;
        }
        Ok(emit)
    }

    fn push(&mut self, o: &RowOutcome) -> Result<()> {
        // Opened in Excel: what the file said (a key, a name in a message) is no formula.
        let fields: Vec<String> = record(self.kind, o)
            .iter()
            .map(|f| crate::ui::csv_text(f).into_owned())
            .collect();
        if let Some((r, w)) = &mut self.report {
            w.write_record(&fields)
                .map_err(|e| report_error(&r.path, e))?;
        }
        if let Some(w) = &mut self.csv {
            w.write_record(&fields).map_err(csv_error)?;
        }
        if let Some((w, n)) = &mut self.json {
            w.write_all(if *n == 0 { b"\n" } else { b",\n" })?;
            serde_json::to_writer(&mut *w, o).map_err(|e| Error::other(e.to_string()))?;
            *n += 1;
        }
        Ok(())
    }

    fn finish(self) -> Result<()> {
        if let Some((r, mut w)) = self.report {
            let failed = |e: &(dyn std::error::Error + 'static)| {
                Error::other(msg::cannot_write_report(&r.path, &msg::reason(e)))
            };
            w.flush().map_err(|e| failed(&e))?;
            drop(w);
            r.temp.persist(&r.path).map_err(|e| failed(&e))?;
        }
        if let Some(w) = self.csv {
            let inner = w.into_inner().map_err(|e| Error::other(e.to_string()))?;
            crate::ui::flush(inner)?;
        }
        if let Some((mut w, _)) = self.json {
            w.write_all(b"\n]\n")?;
            crate::ui::flush(w)?;
        }
        Ok(())
    }
}

fn csv_error(e: csv::Error) -> Error {
    Error::other(e.to_string())
}

fn report_error(path: &Path, e: csv::Error) -> Error {
    Error::other(msg::cannot_write_report(path, &msg::reason(&e)))
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
