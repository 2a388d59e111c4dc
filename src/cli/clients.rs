//! clients list | add | move | import | lookup | verify | remove | mandate (R7, R8).

use clap::{Args, Subcommand};

use super::{Confirm, DryRun, confirmed, import, mandate, portfolio_number, register};
use crate::cli::context::Context;
use crate::domain::{Client, ClientQuery, CompanyId, ident::group};
use crate::error::Result;
use crate::messages as msg;
use crate::secret::Secret;
use crate::space::Space;

#[derive(Debug, Subcommand)]
pub enum ClientsCommand {
    List(ListArgs),
    Add(AddArgs),
    Move {
        id: String,
        #[arg(long, value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
        to: i64,
        #[command(flatten)]
        dry_run: DryRun,
    },
    Import(ImportClientsArgs),
    Lookup {
        id: String,
        #[arg(long)]
        refresh: bool,
    },
    Verify(VerifyArgs),
    Remove {
        id: String,
        #[command(flatten)]
        confirm: Confirm,
        #[command(flatten)]
        dry_run: DryRun,
    },
    #[command(subcommand)]
    Mandate(mandate::MandateCommand),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: Option<i64>,
    #[arg(long, short = 's')]
    pub search: Option<String>,
    #[arg(long, short = 'n', value_parser = super::limit)]
    pub limit: Option<u64>,
    #[arg(long)]
    pub offline: bool,
    #[arg(long, conflicts_with_all = ["search", "limit", "offline"])]
    pub register: bool,
    #[arg(long, conflicts_with_all = ["search", "limit", "offline", "register"])]
    pub mandate: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: Option<i64>,
    #[arg(long)]
    pub refresh: bool,
    #[arg(long)]
    pub fix_names: bool,
    #[command(flatten)]
    pub dry_run: DryRun,
}

#[derive(Debug, Args)]
pub struct ImportClientsArgs {
    #[command(flatten)]
    pub common: import::ImportArgs,
    #[arg(long = "move")]
    pub move_clients: bool,
    #[arg(long)]
    pub allow_ceased: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    pub id: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: i64,
    #[arg(long)]
    pub allow_ceased: bool,
    #[arg(long, value_name = "DATE", value_parser = mandate::day)]
    pub mandate_signed: Option<String>,
    #[arg(long, value_name = "TEXT", requires = "mandate_signed")]
    pub mandate_ref: Option<String>,
    #[command(flatten)]
    pub dry_run: DryRun,
}

pub fn run(ctx: &Context, cmd: &ClientsCommand) -> Result<()> {
    if let ClientsCommand::List(a) = cmd
        && a.offline
    {
        let (clients, fetched) = ctx
            .cache()?
            .clients(a.portfolio, a.search.as_deref(), a.limit)?;
        super::offline_note(ctx, fetched.as_deref());
        return ctx.ui.list(&clients);
    }
    if let ClientsCommand::Mandate(c) = cmd {
        return mandate::run(ctx, c);
    }
    let (space, token) = ctx.signed_in()?;
    match cmd {
        ClientsCommand::Mandate(_) => Ok(()),
        ClientsCommand::List(a) if a.mandate => {
            let query = crate::domain::mandate::MandateQuery {
                portfolio: a.portfolio,
                ..Default::default()
            };
            ctx.ui.list(&space.mandate_list(&token, &query)?)
        }
        ClientsCommand::List(a) if a.register => register::list(ctx, space, &token, a.portfolio),
        ClientsCommand::List(a) => super::listed_or_cached(ctx, list(space, &token, a), |c| {
            c.clients(a.portfolio, a.search.as_deref(), a.limit)
        }),
        ClientsCommand::Add(a) => {
            let id = CompanyId::parse(&a.id)?;
            let admitted = register::admit(space, &token, &id, a.name.as_deref(), a.allow_ceased)?;
            let terms =
                a.mandate_signed
                    .as_ref()
                    .map(|signed| crate::domain::mandate::MandateTerms {
                        signed_on: signed.clone(),
                        reference: a.mandate_ref.clone(),
                        until: None,
                        renews: None,
                    });
            let c = space.client_add(
                &token,
                &id,
                &admitted.name,
                a.portfolio,
                terms.as_ref(),
                a.dry_run.dry_run,
            )?;
            register::said(ctx, &admitted);
            let text = if a.dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &c)
            } else {
                msg::client_added(&id.to_string(), &c.name, c.portfolio)
            };
            ctx.ui.outcome(&text, &c)
        }
        ClientsCommand::Move { id, to, dry_run } => {
            let id = CompanyId::parse(id)?;
            let m = space.client_move(&token, &id, *to, dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &m)
            } else {
                msg::client_moved(&id.to_string(), m.from, m.client.portfolio)
            };
            ctx.ui.outcome(&text, &m)
        }
        ClientsCommand::Import(a) => {
            let mut filler = register::Filler::new(space, &token, a.allow_ceased);
            import::clients(
                ctx,
                &a.common,
                a.move_clients,
                |id| filler.fill(id),
                |rows, options, out| space.client_import(&token, rows, options, out),
            )
        }
        ClientsCommand::Lookup { id, refresh } => {
            register::lookup(ctx, space, &token, id, *refresh)
        }
        ClientsCommand::Verify(a) => register::verify(
            ctx,
            space,
            &token,
            &register::Verify {
                portfolio: a.portfolio,
                refresh: a.refresh,
                fix_names: a.fix_names,
                dry_run: a.dry_run.dry_run,
            },
        ),
        ClientsCommand::Remove {
            id,
            confirm,
            dry_run,
        } => {
            let id = CompanyId::parse(id)?;
            confirmed(
                ctx,
                (confirm, dry_run),
                |dry| space.client_remove(&token, &id, dry),
                |c| msg::confirm_client_remove(&group(&c.siren), &c.name, c.portfolio),
                |_| msg::dry_run_nothing_changed(),
                |c| msg::client_removed(&group(&c.siren), c.portfolio),
                |_| None,
            )
        }
    }
}

/// All the clients asked for, page after page (a server answers by pages).
fn list(space: &dyn Space, token: &Secret, a: &ListArgs) -> Result<Vec<Client>> {
    let mut out = Vec::new();
    let mut cursor = None;
    loop {
        let query = ClientQuery {
            portfolio: a.portfolio,
            search: a.search.clone(),
            limit: a.limit.map(|l| l - out.len() as u64),
            cursor,
        };
        let page = space.client_list(token, &query)?;
        out.extend(page.items);
        match page.next_cursor {
            Some(next) if a.limit.is_none_or(|l| (out.len() as u64) < l) => cursor = Some(next),
            _ => return Ok(out),
        }
    }
}
