//! access client | user | review | matrix: who can see what, and why (R2, R7).

use clap::Subcommand;

use crate::cli::context::Context;
use crate::domain::{CompanyId, Portfolio, ReviewRow, Role};
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    Client {
        id: String,
    },
    User {
        #[arg(add = crate::cli::complete::subscriber_logins())]
        login: String,
    },
    Review {
        #[arg(long, value_parser = idle_days, value_name = "DAYS", default_value_t = crate::domain::DEFAULT_IDLE_DAYS)]
        idle: u32,
    },
    Matrix,
}

fn idle_days(s: &str) -> std::result::Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=crate::domain::MAX_IDLE_DAYS).contains(d))
        .ok_or_else(|| crate::t!("value-idle-days"))
}

pub fn run(ctx: &Context, cmd: &AccessCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        AccessCommand::Client { id } => {
            let id = CompanyId::parse(id)?;
            ctx.ui.list(&space.access_client(&token, &id)?)
        }
        AccessCommand::User { login } => ctx.ui.list(&space.access_user(&token, login)?),
        AccessCommand::Review { idle } => ctx.ui.list(&space.access_review(&token, *idle)?),
        AccessCommand::Matrix => {
            let people = space.access_review(&token, crate::domain::DEFAULT_IDLE_DAYS)?;
            let portfolios = space.portfolio_list(&token)?;
            ctx.ui.records(&matrix(&people, &portfolios))
        }
    }
}

/// People by portfolios, the role in each cell: `administrator`, `subscriber`,
/// `suspended`, or empty.
fn matrix(people: &[ReviewRow], portfolios: &[Portfolio]) -> Vec<serde_json::Value> {
    people
        .iter()
        .map(|p| {
            let has = |list: &str, n: i64| list.split(' ').any(|x| x == n.to_string());
            let mut row = serde_json::Map::new();
            row.insert("login".into(), p.login.clone().into());
            for portfolio in portfolios {
                let n = portfolio.number;
                let cell = match p.role {
                    Role::Administrator => "administrator",
                    Role::Subscriber if has(&p.portfolios, n) => "subscriber",
                    Role::Subscriber if has(&p.suspended, n) => "suspended",
                    Role::Subscriber => "",
                };
                row.insert(n.to_string(), cell.into());
            }
            serde_json::Value::Object(row)
        })
        .collect()
}
