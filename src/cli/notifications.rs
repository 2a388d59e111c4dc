//! notifications list | send: the outbox of R10, and its delivery by email.

use clap::Subcommand;

use crate::cli::context::{Context, Target};
use crate::error::{Error, Result};
use crate::messages as msg;
use crate::space::mail;

#[derive(Debug, Subcommand)]
pub enum NotificationsCommand {
    List {
        #[arg(long, short = 'n', default_value_t = 50, value_parser = super::limit)]
        limit: u64,
    },
    Send {
        #[arg(long)]
        now: bool,
    },
}

pub fn run(ctx: &Context, cmd: &NotificationsCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        NotificationsCommand::List { limit } => {
            ctx.ui.list(&space.notification_list(&token, *limit)?)
        }
        NotificationsCommand::Send { now } => {
            let Ok(Target::Local(db)) = ctx.target() else {
                return Err(
                    Error::usage(msg::delivery_is_the_servers()).hint(msg::hint_server_smtp())
                );
            };
            let local = space
                .as_local()
                .ok_or_else(|| Error::usage(msg::delivery_is_the_servers()))?;
            local.check_admin(&token)?;
            if *now {
                local.mail_due_now()?;
            }
            let done = crate::space::mail::deliver(local, &|| crate::space::mail::password(&db))?
                .ok_or_else(|| {
                Error::usage(msg::smtp_not_set()).hint(msg::hint_server_smtp())
            })?;
            let text = msg::delivered(done.sent, done.failed);
            ctx.ui.outcome(
                &text,
                &serde_json::json!({"sent": done.sent, "failed": done.failed}),
            )?;
            if done.failed > 0 {
                return Err(Error::new(crate::error::ErrorKind::Partial, text)
                    .hint(msg::hint_notifications_send()));
            }
            Ok(())
        }
    }
}

/// After a command: what its changes queued goes out now, if the space has an SMTP
/// server. The change is made whatever happens here; a failure is a warning, and the
/// messages stay queued.
pub fn deliver_queued(ctx: &Context) {
    // Only a space this command opened, and only if a committed change queued mail.
    let Some(local) = ctx.opened_space().and_then(|s| s.as_local()) else {
        return;
    };
    if !local.take_queued() {
        return;
    }
    let Ok(Target::Local(db)) = ctx.target() else {
        return;
    };
    let Ok(Some(settings)) = local.mail_settings() else {
        return;
    };
    let outcome = mail::deliver(local, &|| mail::password(&db));
    let problem = match outcome {
        Ok(Some(done)) if done.failed > 0 => Some(msg::delivered(done.sent, done.failed)),
        Ok(_) => None,
        Err(e) => Some(e.message),
    };
    if let Some(p) = problem {
        // A warning, not an error: the change is made, and the messages stay queued.
        ctx.ui.warn(&msg::labelled(
            &msg::warning_prefix(),
            &msg::delivery_failed_after_change(&p, &settings.url),
        ));
        ctx.ui.warn(&msg::labelled(
            &msg::hint_prefix(),
            &msg::hint_notifications_send(),
        ));
    }
}
