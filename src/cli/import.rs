//! `clients import` and `subscriber import`: the run, its progress bar, the report and
//! the summary. Reading the files is [`sheet`]'s; the rows are checked by the space.

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::DryRun;
use crate::cli::context::Context;
use crate::domain::import::{
    Action, ClientRow, ImportOptions, ImportSummary, Input, RowOutcome, SubscriberRow,
};
use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;
use crate::space::{Outcomes, Rows};
use crate::spool::Spool;
use crate::ui::OutputFormat;

mod sheet;

use sheet::{CLIENT_COLUMNS, Fields, SUBSCRIBER_COLUMNS, Sheet};
pub use sheet::{Encoding, sync_rows};

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
