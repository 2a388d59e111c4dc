//! clients lookup | verify, and the company register's part in clients add and import:
//! the answers come from the space (which asks the register at its pace and keeps them),
//! the rules from `domain::register`.

use std::collections::HashMap;
use std::io::{self, IsTerminal};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::cli::context::Context;
use crate::domain::register::{self, Admitted, Ask, ClientRegister, Finding, RegisterEntry};
use crate::domain::{CompanyId, ident::group};
use crate::error::{Error, ErrorKind, Result};
use crate::messages::{self as msg, header as h};
use crate::secret::Secret;
use crate::space::Space;
use crate::space::register::SPACING;
use crate::ui::tables::{Tabular, local_time};

/// The name a new client goes by: typed, or the register's. With a typed name the
/// register is only a check: any answer the space has, or one short try.
pub fn admit(
    space: &dyn Space,
    token: &Secret,
    id: &CompanyId,
    typed: Option<&str>,
    allow_ceased: bool,
) -> Result<Admitted> {
    // An empty name is the space's to refuse, as any invalid one.
    if let Some(name) = typed.filter(|t| t.trim().is_empty()) {
        return Ok(Admitted {
            name: name.to_string(),
            from_register: false,
            warning: None,
        });
    }
    let ask = if typed.is_some() {
        Ask::Quick
    } else {
        Ask::Recent
    };
    let answer = space.register_lookup(token, id, ask);
    register::admit(answer.as_ref(), typed, allow_ceased)
}

/// What `admit` has to say, once the client is added.
pub fn said(ctx: &Context, a: &Admitted) {
    if let Some(w) = &a.warning {
        ctx.ui.warn(&msg::labelled(&msg::warning_prefix(), w));
    }
    if a.from_register {
        ctx.ui.note(&msg::client_name_from_register(&a.name));
    }
}

/// For `clients import`: a row without a name takes the register's, by the same rules as
/// `add`; the reason it cannot is the row's failure. Once the register has not answered,
/// the rest of the file is not held up asking it again.
pub struct Filler<'a> {
    space: &'a dyn Space,
    token: &'a Secret,
    allow_ceased: bool,
    down: Option<String>,
}

impl<'a> Filler<'a> {
    pub fn new(space: &'a dyn Space, token: &'a Secret, allow_ceased: bool) -> Filler<'a> {
        Filler {
            space,
            token,
            allow_ceased,
            down: None,
        }
    }

    pub fn fill(&mut self, raw_id: &str) -> std::result::Result<String, String> {
        // A malformed SIREN is the space's to report, as for any row.
        let Ok(id) = CompanyId::parse(raw_id) else {
            return Ok(String::new());
        };
        if let Some(why) = &self.down {
            return Err(why.clone());
        }
        let answer = self.space.register_lookup(self.token, &id, Ask::Recent);
        if let Err(e) = &answer
            && e.kind == ErrorKind::Unreachable
        {
            self.down = Some(e.message.clone());
        }
        register::admit(answer.as_ref(), None, self.allow_ceased)
            .map(|a| a.name)
            .map_err(|e| e.message)
    }
}

pub fn lookup(
    ctx: &Context,
    space: &dyn Space,
    token: &Secret,
    id: &str,
    refresh: bool,
) -> Result<()> {
    let id = CompanyId::parse(id)?;
    let ask = if refresh { Ask::Refresh } else { Ask::Recent };
    ctx.ui.show(&space.register_lookup(token, &id, ask)?)
}

/// One client and what the register says of it: a flat record for tables and CSV.
#[derive(Serialize)]
pub struct Checked {
    pub siren: String,
    pub siret: Option<String>,
    pub name: String,
    pub portfolio: i64,
    /// None: the register was never asked.
    pub finding: Option<Finding>,
    pub register_name: Option<String>,
    pub closed_on: Option<String>,
    pub duplicate_of: Option<String>,
    pub head_office_siret: Option<String>,
    pub checked_at: Option<String>,
}

impl Checked {
    fn of(c: &ClientRegister) -> Checked {
        let e = c.entry.as_ref();
        Checked {
            siren: c.client.siren.clone(),
            siret: c.client.siret.clone(),
            name: c.client.name.clone(),
            portfolio: c.client.portfolio,
            finding: e.map(|e| register::finding(&c.client.name, e)),
            register_name: e.and_then(|e| e.name.clone()),
            closed_on: e.and_then(|e| e.closed_on.clone()),
            duplicate_of: e.and_then(|e| e.duplicate_of.clone()),
            head_office_siret: e.and_then(|e| e.head_office_siret.clone()),
            checked_at: e.map(|e| e.fetched_at.clone()),
        }
    }
}

impl Tabular for Checked {
    fn headers() -> Vec<String> {
        vec![
            h::siren(),
            h::name(),
            h::portfolio(),
            h::finding(),
            h::register_name(),
            h::closed(),
            h::duplicate_of(),
            h::checked(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            group(self.siret.as_deref().unwrap_or(&self.siren)),
            self.name.clone(),
            self.portfolio.to_string(),
            self.finding
                .map(|f| f.as_str().to_string())
                .unwrap_or_default(),
            self.register_name.clone().unwrap_or_default(),
            self.closed_on.as_deref().map(msg::date).unwrap_or_default(),
            self.duplicate_of.as_deref().map(group).unwrap_or_default(),
            self.checked_at
                .as_deref()
                .map(local_time)
                .unwrap_or_default(),
        ]
    }
}

/// `clients list --register`: the last known answers, nothing asked.
pub fn list(
    ctx: &Context,
    space: &dyn Space,
    token: &Secret,
    portfolio: Option<i64>,
) -> Result<()> {
    let rows: Vec<Checked> = space
        .register_clients(token, portfolio)?
        .iter()
        .map(Checked::of)
        .collect();
    ctx.ui.list(&rows)
}

pub struct Verify {
    pub portfolio: Option<i64>,
    pub refresh: bool,
    pub fix_names: bool,
    pub dry_run: bool,
}

/// Every client the caller may see, checked: the register is asked only about the
/// companies whose answer is missing or old, one at a time, each answer kept as it
/// comes, so that an interrupted run goes on where it stopped.
pub fn verify(ctx: &Context, space: &dyn Space, token: &Secret, v: &Verify) -> Result<()> {
    let clients = space.register_clients(token, v.portfolio)?;
    let mut to_ask: Vec<String> = clients
        .iter()
        .filter(|c| v.refresh || !c.fresh)
        .map(|c| c.client.siren.clone())
        .collect();
    to_ask.dedup();
    let known = clients.len() - to_ask.len();
    if !to_ask.is_empty() && !ctx.ui.quiet {
        ctx.ui.note(&msg::register_eta(
            to_ask.len() as u64,
            &duration(SPACING * to_ask.len() as u32),
            1000 / SPACING.as_millis() as u64,
        ));
    }
    let bar = progress_bar(ctx, to_ask.len() as u64);
    let mut answers: HashMap<String, RegisterEntry> = HashMap::new();
    for (done, siren) in to_ask.iter().enumerate() {
        let id = CompanyId::parse(siren)?;
        match space.register_lookup(token, &id, Ask::Refresh) {
            Ok(e) => {
                answers.insert(siren.clone(), e);
            }
            Err(e) => {
                bar.finish_and_clear();
                ctx.ui
                    .warn(&msg::register_interrupted(done as u64, to_ask.len() as u64));
                return Err(e);
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    let mut clients = clients;
    for c in &mut clients {
        if let Some(e) = answers.remove(&c.client.siren) {
            c.entry = Some(e);
        }
    }
    if v.fix_names {
        let renamed = space.register_renames(token, v.portfolio, v.dry_run)?;
        let mut text = if v.dry_run {
            msg::dry_run_nothing_changed()
        } else {
            msg::register_renamed(renamed.len() as u64)
        };
        for r in &renamed {
            text.push_str(&format!("\n  {}: {} -> {}", group(&r.siren), r.from, r.to));
        }
        ctx.ui.note(&text);
        if !v.dry_run {
            clients = space.register_clients(token, v.portfolio)?;
        }
    }
    let rows: Vec<Checked> = clients.iter().map(Checked::of).collect();
    ctx.ui.list(&rows)?;
    let attention = rows
        .iter()
        .filter(|r| r.finding != Some(Finding::Ok))
        .count() as u64;
    ctx.ui.note(&msg::register_summary(
        rows.len() as u64,
        rows.len() as u64 - attention,
        attention,
        to_ask.len() as u64,
        known as u64,
    ));
    if attention > 0 {
        return Err(
            Error::new(ErrorKind::Findings, msg::register_findings(attention))
                .hint(msg::hint_register_findings()),
        );
    }
    Ok(())
}

/// `7 s` or `25 min`: the register's time, roughly.
fn duration(d: std::time::Duration) -> String {
    let secs = d.as_secs().max(1);
    if secs < 90 {
        format!("{secs} s")
    } else {
        format!("{} min", secs.div_ceil(60))
    }
}

/// On stderr, for a person at a terminal: how many are asked and how long is left.
fn progress_bar(ctx: &Context, len: u64) -> ProgressBar {
    if ctx.ui.quiet || len == 0 || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(&format!(
        "{} [{{wide_bar}}] {{pos}}/{{len}} {{eta}}",
        msg::register_progress()
    ))
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

impl Tabular for RegisterEntry {
    fn headers() -> Vec<String> {
        vec![
            h::siren(),
            h::name(),
            h::status(),
            h::state(),
            h::closed(),
            h::head_office(),
            h::address(),
            h::duplicate_of(),
            h::checked(),
        ]
    }
    fn cells(&self) -> Vec<String> {
        let state = match self.state {
            Some(register::CompanyState::Active) => "active",
            Some(register::CompanyState::Ceased) => "ceased",
            None => "",
        };
        vec![
            group(&self.siren),
            self.name.clone().unwrap_or_default(),
            match self.status {
                register::RegisterStatus::Found if self.public => "found".into(),
                register::RegisterStatus::Found => "not-public".into(),
                register::RegisterStatus::NotFound => "not-found".into(),
            },
            state.to_string(),
            self.closed_on.as_deref().map(msg::date).unwrap_or_default(),
            self.head_office_siret
                .as_deref()
                .map(group)
                .unwrap_or_default(),
            self.head_office_address.clone().unwrap_or_default(),
            self.duplicate_of.as_deref().map(group).unwrap_or_default(),
            local_time(&self.fetched_at),
        ]
    }
}
