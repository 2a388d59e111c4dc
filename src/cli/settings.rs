//! settings show | set (R9).

use clap::{Subcommand, ValueEnum};

use super::DryRun;
use crate::cli::context::{Context, Target};
use crate::credentials;
use crate::domain::Setting;
use crate::error::Result;
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    Show,
    #[command(subcommand)]
    Set(SetCommand),
}

#[derive(Debug, Subcommand)]
pub enum SetCommand {
    ThirdPartyRegistration {
        #[arg(value_enum)]
        value: OnOff,
        #[command(flatten)]
        dry_run: DryRun,
    },
    Smtp {
        url: String,
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        dry_run: DryRun,
    },
    SmtpFrom {
        sender: String,
        #[command(flatten)]
        dry_run: DryRun,
    },
    Language {
        #[arg(value_parser = super::lang())]
        value: crate::i18n::Lang,
        #[command(flatten)]
        dry_run: DryRun,
    },
    NotificationDigest {
        #[arg(value_parser = digest_minutes, value_name = "MINUTES")]
        minutes: u32,
        #[command(flatten)]
        dry_run: DryRun,
    },
    RegisterMaxAge {
        #[arg(value_parser = register_days, value_name = "DAYS")]
        days: u32,
        #[command(flatten)]
        dry_run: DryRun,
    },
    RequireMandate {
        #[arg(value_enum)]
        value: OnOff,
        #[command(flatten)]
        dry_run: DryRun,
    },
    AuditRetention {
        #[arg(value_parser = audit_months, value_name = "MONTHS")]
        months: u32,
        #[command(flatten)]
        dry_run: DryRun,
    },
    NotificationRetention {
        #[arg(value_parser = notification_days, value_name = "DAYS")]
        days: u32,
        #[command(flatten)]
        dry_run: DryRun,
    },
}

fn audit_months(s: &str) -> std::result::Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .ok()
        .and_then(|m| crate::domain::personal::validate_audit_retention(m).ok())
        .ok_or_else(|| crate::t!("value-audit-retention"))
}

fn notification_days(s: &str) -> std::result::Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .ok()
        .and_then(|d| crate::domain::personal::validate_notification_retention(d).ok())
        .ok_or_else(|| crate::t!("value-notification-retention"))
}

fn register_days(s: &str) -> std::result::Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .ok()
        .filter(|d| *d <= crate::domain::MAX_REGISTER_AGE_DAYS)
        .ok_or_else(|| crate::t!("value-register-max-age"))
}

fn digest_minutes(s: &str) -> std::result::Result<u32, String> {
    match s.trim() {
        "off" | "0" => Ok(0),
        n => n
            .parse::<u32>()
            .ok()
            .filter(|m| *m <= crate::domain::MAX_DIGEST_MINUTES)
            .ok_or_else(|| crate::t!("value-digest-minutes")),
    }
}

/// On or off, also typed as a yes/no prompt takes it (yes/no, oui/non).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OnOff {
    #[value(alias = "yes", alias = "y", alias = "oui", alias = "o")]
    On,
    #[value(alias = "no", alias = "n", alias = "non")]
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
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &info)
            } else {
                msg::setting_set(info.third_party_registration)
            };
            ctx.ui.outcome(&text, &info)
        }
        SettingsCommand::Set(SetCommand::Smtp {
            url,
            password_stdin,
            dry_run,
        }) => {
            let url = (url != "none").then(|| url.clone());
            let info = space.settings_set(&token, Setting::Smtp(url.clone()), true)?;
            if dry_run.dry_run {
                return ctx.ui.outcome(
                    &super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &info),
                    &info,
                );
            }
            // A server reads its own password; here, the keyring keeps it.
            let user = info
                .smtp
                .as_deref()
                .and_then(|u| url::Url::parse(u).ok())
                .is_some_and(|u| !u.username().is_empty());
            match (user, ctx.target()) {
                (true, Ok(Target::Local(db))) => {
                    let password = ctx.prompt.password(*password_stdin, false)?;
                    credentials::keyring_set(&crate::space::mail::keyring_key(&db), &password)?;
                    ctx.ui.note(&msg::smtp_password_kept());
                }
                // No server any more, or one without sign-in: no password to keep.
                (false, Ok(Target::Local(db))) => {
                    let _ = credentials::keyring_delete(&crate::space::mail::keyring_key(&db));
                }
                _ => {}
            }
            let info = space.settings_set(&token, Setting::Smtp(url), false)?;
            ctx.ui.outcome(&msg::smtp_set(info.smtp.as_deref()), &info)
        }
        SettingsCommand::Set(SetCommand::SmtpFrom { sender, dry_run }) => {
            let sender = (sender != "none").then(|| sender.clone());
            let info = space.settings_set(&token, Setting::SmtpFrom(sender), dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &info)
            } else {
                msg::smtp_from_set(info.smtp_from.as_deref())
            };
            ctx.ui.outcome(&text, &info)
        }
        SettingsCommand::Set(SetCommand::NotificationDigest { minutes, dry_run }) => {
            let info =
                space.settings_set(&token, Setting::DigestMinutes(*minutes), dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &info)
            } else {
                msg::digest_set(info.digest_minutes)
            };
            ctx.ui.outcome(&text, &info)
        }
        SettingsCommand::Set(SetCommand::RegisterMaxAge { days, dry_run }) => {
            let info =
                space.settings_set(&token, Setting::RegisterMaxAge(*days), dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &info)
            } else {
                msg::register_max_age_set(info.register_max_age_days)
            };
            ctx.ui.outcome(&text, &info)
        }
        SettingsCommand::Set(SetCommand::RequireMandate { value, dry_run }) => {
            let on = matches!(value, OnOff::On);
            let info = space.settings_set(&token, Setting::RequireMandate(on), dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &info)
            } else {
                msg::require_mandate_set(info.require_mandate)
            };
            ctx.ui.outcome(&text, &info)
        }
        SettingsCommand::Set(SetCommand::AuditRetention { months, dry_run }) => {
            let info =
                space.settings_set(&token, Setting::AuditRetention(*months), dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &info)
            } else {
                msg::audit_retention_set(info.audit_retention_months)
            };
            ctx.ui.outcome(&text, &info)
        }
        SettingsCommand::Set(SetCommand::NotificationRetention { days, dry_run }) => {
            let info = space.settings_set(
                &token,
                Setting::NotificationRetention(*days),
                dry_run.dry_run,
            )?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &info)
            } else {
                msg::notification_retention_set(info.notification_retention_days)
            };
            ctx.ui.outcome(&text, &info)
        }
        SettingsCommand::Set(SetCommand::Language { value, dry_run }) => {
            let info = space.settings_set(&token, Setting::Language(*value), dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &info)
            } else {
                msg::language_set(info.language)
            };
            ctx.ui.outcome(&text, &info)
        }
    }
}
