//! portfolio create | list | show | export | sync (R4, R5, R7), and the portal's files.

use std::io::Write;

use clap::{Args, Subcommand, ValueEnum};

use super::{Confirm, DryRun, confirmed, portfolio_number};
use crate::cli::context::Context;
use crate::domain::portal::{self, Step, SyncPlan, SyncRequest};
use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum PortfolioCommand {
    Create(CreateArgs),
    List {
        #[arg(long)]
        offline: bool,
    },
    Show {
        #[arg(value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
        number: i64,
    },
    Export(ExportArgs),
    Sync(SyncArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub number: i64,
    #[arg(long, value_enum, default_value_t = Format::NetEntreprises)]
    pub format: Format,
    /// `-` for standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
    #[arg(long, value_name = "DATE", value_parser = super::audit::since)]
    pub removed_since: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    NetEntreprises,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[arg(value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub number: i64,
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
    #[arg(long)]
    pub prune: bool,
    #[arg(long, value_enum, default_value_t = super::import::Encoding::Utf8)]
    pub encoding: super::import::Encoding,
    #[command(flatten)]
    pub confirm: Confirm,
    #[command(flatten)]
    pub dry_run: DryRun,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(flatten)]
    pub confirm: Confirm,
    #[command(flatten)]
    pub dry_run: DryRun,
}

pub fn run(ctx: &Context, cmd: &PortfolioCommand) -> Result<()> {
    if let PortfolioCommand::List { offline: true } = cmd {
        let (list, fetched) = ctx.cache()?.portfolios()?;
        super::offline_note(ctx, fetched.as_deref());
        return ctx.ui.list(&list);
    }
    let (space, token) = ctx.signed_in()?;
    match cmd {
        PortfolioCommand::Create(a) => confirmed(
            ctx,
            (&a.confirm, &a.dry_run),
            |dry| space.portfolio_create(&token, dry),
            |p| msg::confirm_portfolio_create(&p.tiers_declarant),
            |p| msg::portfolio_would_create(p.number, &p.tiers_declarant),
            |p| msg::portfolio_created(p.number, &p.tiers_declarant),
            |p| Some(p.number.to_string()),
        ),
        PortfolioCommand::List { .. } => {
            super::listed_or_cached(ctx, space.portfolio_list(&token), |c| c.portfolios())
        }
        PortfolioCommand::Show { number } => ctx.ui.show(&space.portfolio_show(&token, *number)?),
        PortfolioCommand::Export(a) => export(ctx, space, &token, a),
        PortfolioCommand::Sync(a) => sync(ctx, space, &token, a),
    }
}

/// The establishments file, written whole or not at all; the clients it cannot hold are
/// each named, and the exit status says the file is partial.
fn export(
    ctx: &Context,
    space: &dyn crate::space::Space,
    token: &crate::secret::Secret,
    a: &ExportArgs,
) -> Result<()> {
    let Format::NetEntreprises = a.format;
    let file = space.portfolio_export(token, a.number, a.removed_since.as_deref())?;
    let text = file.text();
    let to_stdout = a.out.as_deref().is_some_and(|p| p.as_os_str() == "-");
    if to_stdout {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
    } else {
        let name = portal::file_name(a.number);
        let path = match a.out.clone() {
            Some(dir) if dir.is_dir() => dir.join(name),
            Some(path) => path,
            None => name.into(),
        };
        let mut f = crate::private::options()
            .create_new(true)
            .open(&path)
            .map_err(|e| Error::other(msg::cannot_create(&path, &msg::reason(&e))))?;
        f.write_all(text.as_bytes())
            .and_then(|()| f.flush())
            .map_err(|e| Error::other(msg::cannot_create(&path, &msg::reason(&e))))?;
        ctx.ui.note(&msg::export_written(
            file.lines.len() as u64,
            &path,
            a.number,
        ));
    }
    for p in &file.problems {
        ctx.ui.warn(&msg::export_problem(&p.id, &p.name));
    }
    if file.problems.is_empty() {
        return Ok(());
    }
    Err(Error::new(
        ErrorKind::Partial,
        msg::export_partial(file.problems.len() as u64),
    )
    .hint(msg::hint_export_problem()))
}

/// Show the plan, then ask, then apply it in one transaction. New clients the file
/// names without a name take the company register's, asked for them alone.
fn sync(
    ctx: &Context,
    space: &dyn crate::space::Space,
    token: &crate::secret::Secret,
    a: &SyncArgs,
) -> Result<()> {
    let mut request = SyncRequest {
        rows: super::import::sync_rows(&a.file, a.encoding)?,
        prune: a.prune,
    };
    let plan = space.portfolio_sync(token, a.number, &request, true)?;
    refuse_problems(&plan)?;
    let unnamed: Vec<u32> = plan
        .changes
        .iter()
        .filter(|c| c.step == Step::Add && c.name.is_empty())
        .filter_map(|c| c.line)
        .collect();
    let plan = if unnamed.is_empty() {
        plan
    } else {
        let mut filler = super::register::Filler::new(space, token, false);
        let mut bad = Vec::new();
        for row in request
            .rows
            .iter_mut()
            .filter(|r| unnamed.contains(&r.line))
        {
            match filler.fill(&row.id) {
                Ok(name) => row.name = name,
                Err(message) => bad.push(msg::sync_file_line(row.line, &row.id, &message)),
            }
        }
        if !bad.is_empty() {
            for line in &bad {
                ctx.ui.warn(line);
            }
            return Err(
                Error::invalid(msg::sync_refused(bad.len() as u64)).hint(msg::hint_sync_refused())
            );
        }
        let plan = space.portfolio_sync(token, a.number, &request, true)?;
        refuse_problems(&plan)?;
        plan
    };
    let count = plan.changes.len() as u64;
    if count == 0 {
        return ctx.ui.outcome(&msg::sync_nothing(a.number), &plan);
    }
    if a.dry_run.dry_run {
        let text = super::dry_run_text(
            ctx,
            shown_plan(&plan, msg::sync_would(count, a.number)),
            &(),
        );
        return ctx.ui.outcome(&text, &plan);
    }
    if !a.confirm.yes {
        ctx.ui.note(&shown_plan(&plan, String::new()));
    }
    ctx.prompt
        .confirm(&msg::confirm_sync(count, a.number), a.confirm.yes)?;
    let done = space.portfolio_sync(token, a.number, &request, false)?;
    refuse_problems(&done)?;
    ctx.ui.outcome(
        &shown_plan(&done, msg::sync_applied(count, a.number)),
        &done,
    )
}

fn refuse_problems(plan: &SyncPlan) -> Result<()> {
    if plan.problems.is_empty() {
        return Ok(());
    }
    for p in &plan.problems {
        eprintln!("{}", msg::sync_file_line(p.line, &p.id, &p.message));
    }
    Err(
        Error::invalid(msg::sync_refused(plan.problems.len() as u64))
            .hint(msg::hint_sync_refused()),
    )
}

/// The plan as people read it: one line per change, then what stays.
fn shown_plan(plan: &SyncPlan, headline: String) -> String {
    let mut lines: Vec<String> = Vec::new();
    if !headline.is_empty() {
        lines.push(headline);
    }
    for c in &plan.changes {
        let id = crate::domain::ident::group(&c.id);
        lines.push(match (c.step, c.from) {
            (Step::Add, _) => msg::sync_item_add(&id, &c.name),
            (Step::MoveIn, from) => msg::sync_item_move_in(&id, &c.name, from.unwrap_or(0)),
            (Step::Remove, _) => msg::sync_item_remove(&id, &c.name),
        });
    }
    lines.push(msg::sync_unchanged(plan.unchanged));
    lines.join("\n")
}
