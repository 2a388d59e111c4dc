//! settings show | set (R9).

use clap::{Subcommand, ValueEnum};

use super::DryRun;
use crate::context::Context;
use crate::domain::Setting;
use crate::error::Result;
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// The space: firm, SIREN, and its settings.
    Show,
    /// Change a setting.
    #[command(subcommand)]
    Set(SetCommand),
}

#[derive(Debug, Subcommand)]
pub enum SetCommand {
    /// "Registration of your SIREN by a tiers déclarant is allowed".
    ThirdPartyRegistration {
        #[arg(value_enum)]
        value: OnOff,
        #[command(flatten)]
        dry_run: DryRun,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

pub fn run(ctx: &Context, cmd: &SettingsCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        SettingsCommand::Show => ctx.ui.show(&space.settings_show(&token)?),
        SettingsCommand::Set(SetCommand::ThirdPartyRegistration { value, dry_run }) => {
            let on = matches!(value, OnOff::On);
            let info =
                space.settings_set(&token, Setting::ThirdPartyRegistration(on), dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                msg::dry_run_nothing_changed()
            } else {
                msg::setting_set(info.third_party_registration)
            };
            ctx.ui.outcome(&text, &info)
        }
    }
}
