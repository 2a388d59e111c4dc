//! The space's own record: its settings (R9 among them), the audit (R11) and the outbox
//! of notifications (R10).

use super::*;

pub(super) fn space_info(conn: &Connection) -> Result<SpaceInfo> {
    Ok(conn
        .prepare_cached(
            "SELECT siren, name, third_party_registration, created_at, smtp_url, smtp_from,
                    language, digest_minutes, register_max_age_days,
                    audit_retention_months, notification_retention_days, require_mandate
               FROM space WHERE id = 1",
        )?
        .query_row([], |r| {
            let siren: String = r.get(0)?;
            Ok(SpaceInfo {
                vat_number: vat_number(&siren),
                siren,
                name: r.get(1)?,
                third_party_registration: r.get(2)?,
                created_at: r.get(3)?,
                smtp: r.get(4)?,
                smtp_from: r.get(5)?,
                language: lang_column(r, 6)?,
                digest_minutes: r.get(7)?,
                register_max_age_days: r.get(8)?,
                audit_retention_months: r.get(9)?,
                notification_retention_days: r.get(10)?,
                require_mandate: r.get(11)?,
            })
        })?)
}

/// The language of the space's notifications.
pub(crate) fn space_language(conn: &Connection) -> Result<Lang> {
    Ok(conn
        .prepare_cached("SELECT language FROM space WHERE id = 1")?
        .query_row([], |r| lang_column(r, 0))?)
}

pub(crate) fn lang_column(r: &Row, i: usize) -> rusqlite::Result<Lang> {
    let code: String = r.get(i)?;
    Ok(Lang::parse(&code).unwrap_or(Lang::En))
}

fn setting(name: &str) -> Target {
    Target::Setting(name.to_string())
}

pub(super) fn set(tx: &AdminTx, change: Setting) -> Result<SpaceInfo> {
    let before = space_info(tx)?;
    match change {
        Setting::ThirdPartyRegistration(on) => {
            if before.third_party_registration == on {
                return Ok(before);
            }
            tx.execute(
                "UPDATE space SET third_party_registration = ?1 WHERE id = 1",
                [on],
            )?;
            tx.audit(
                Action::SettingsSet,
                setting("third-party-registration"),
                if on { "on" } else { "off" },
            )?;
            tx.notify(admin_ids(tx)?, || {
                msg::notice_third_party(&tx.actor.login, on)
            })?;
        }
        Setting::Language(lang) => {
            if before.language == lang {
                return Ok(before);
            }
            tx.execute("UPDATE space SET language = ?1 WHERE id = 1", [lang.code()])?;
            tx.audit(Action::SettingsSet, setting("language"), lang.code())?;
            tx.notify(admin_ids(tx)?, || {
                msg::notice_setting(&tx.actor.login, &msg::language_set(lang))
            })?;
        }
        Setting::DigestMinutes(minutes) => {
            let minutes = domain::validate_digest_minutes(minutes)?;
            if before.digest_minutes == minutes {
                return Ok(before);
            }
            tx.execute(
                "UPDATE space SET digest_minutes = ?1 WHERE id = 1",
                [minutes],
            )?;
            tx.audit(
                Action::SettingsSet,
                setting("notification-digest"),
                &minutes.to_string(),
            )?;
            tx.notify(admin_ids(tx)?, || {
                msg::notice_setting(&tx.actor.login, &msg::digest_set(minutes))
            })?;
        }
        Setting::RegisterMaxAge(days) => {
            let days = domain::validate_register_max_age(days)?;
            if before.register_max_age_days == days {
                return Ok(before);
            }
            tx.execute(
                "UPDATE space SET register_max_age_days = ?1 WHERE id = 1",
                [days],
            )?;
            tx.audit(
                Action::SettingsSet,
                setting("register-max-age"),
                &days.to_string(),
            )?;
            tx.notify(admin_ids(tx)?, || {
                msg::notice_setting(&tx.actor.login, &msg::register_max_age_set(days))
            })?;
        }
        Setting::AuditRetention(months) => {
            let months = domain::personal::validate_audit_retention(months)?;
            if before.audit_retention_months == months {
                return Ok(before);
            }
            tx.execute(
                "UPDATE space SET audit_retention_months = ?1 WHERE id = 1",
                [months],
            )?;
            tx.audit(
                Action::SettingsSet,
                setting("audit-retention"),
                &months.to_string(),
            )?;
            tx.notify(admin_ids(tx)?, || {
                msg::notice_setting(&tx.actor.login, &msg::audit_retention_set(months))
            })?;
        }
        Setting::NotificationRetention(days) => {
            let days = domain::personal::validate_notification_retention(days)?;
            if before.notification_retention_days == days {
                return Ok(before);
            }
            tx.execute(
                "UPDATE space SET notification_retention_days = ?1 WHERE id = 1",
                [days],
            )?;
            tx.audit(
                Action::SettingsSet,
                setting("notification-retention"),
                &days.to_string(),
            )?;
            tx.notify(admin_ids(tx)?, || {
                msg::notice_setting(&tx.actor.login, &msg::notification_retention_set(days))
            })?;
        }
        Setting::RequireMandate(on) => {
            if before.require_mandate == on {
                return Ok(before);
            }
            tx.execute("UPDATE space SET require_mandate = ?1 WHERE id = 1", [on])?;
            tx.audit(
                Action::SettingsSet,
                setting("require-mandate"),
                if on { "on" } else { "off" },
            )?;
            tx.notify(admin_ids(tx)?, || {
                msg::notice_setting(&tx.actor.login, &msg::require_mandate_set(on))
            })?;
        }
        Setting::Smtp(url) => {
            let url = url.as_deref().map(domain::validate_smtp_url).transpose()?;
            tx.execute("UPDATE space SET smtp_url = ?1 WHERE id = 1", [&url])?;
            // What waited for a mail server can go now.
            if url.is_some() {
                tx.queued();
            }
            tx.audit(
                Action::SettingsSet,
                setting("smtp"),
                url.as_deref().unwrap_or("none"),
            )?;
        }
        Setting::SmtpFrom(from) => {
            let from = from
                .as_deref()
                .map(crate::space::mail::validate_sender)
                .transpose()?;
            tx.execute("UPDATE space SET smtp_from = ?1 WHERE id = 1", [&from])?;
            tx.audit(
                Action::SettingsSet,
                setting("smtp-from"),
                from.as_deref().unwrap_or("none"),
            )?;
        }
    }
    space_info(tx)
}

pub(super) fn audit_list(tx: &AdminTx, q: &domain::AuditQuery) -> Result<Vec<AuditEntry>> {
    let mut conditions = Vec::new();
    let mut values: Vec<rusqlite::types::Value> = Vec::new();
    for (bound, op) in [(&q.since, ">="), (&q.until, "<")] {
        if let Some(t) = bound {
            let t: Timestamp = t
                .parse()
                .map_err(|_| Error::invalid(msg::audit_time_invalid(t)))?;
            conditions.push(format!("at {op} ?"));
            values.push(stamp(t).into());
        }
    }
    if let Some(actor) = &q.actor {
        conditions.push("actor = ?".to_string());
        values.push(actor.clone().into());
    }
    if let Some(target) = &q.target {
        match target.strip_prefix("user ") {
            // Subscription changes are the portfolio's, with the person first in the detail.
            Some(login) => {
                conditions.push(
                    "(target = ? OR (target LIKE 'portfolio %'
                      AND (detail = ? OR substr(detail, 1, length(?) + 1) = ? || ' ')))"
                        .to_string(),
                );
                values.extend([
                    target.clone().into(),
                    login.to_string().into(),
                    login.to_string().into(),
                    login.to_string().into(),
                ]);
            }
            // A company's SIREN also finds the entries about its establishments.
            None if target.starts_with("client ") && target.len() == 16 => {
                conditions.push("substr(target, 1, 16) = ?".to_string());
                values.push(target.clone().into());
            }
            None => {
                conditions.push("target = ?".to_string());
                values.push(target.clone().into());
            }
        }
    }
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    values.push(i64::try_from(q.limit).unwrap_or(i64::MAX).into());
    let mut stmt = tx.prepare(&format!(
        "SELECT id, at, actor, action, target, detail FROM audit {filter}
         ORDER BY id DESC LIMIT ?"
    ))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(values), |r| {
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                target: Target::parse(&r.get::<_, String>(4)?),
                detail: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(super) fn notification_list(tx: &Tx, limit: u64) -> Result<Vec<Notification>> {
    // Administrators see the whole outbox; anyone else, what was sent to them.
    let only = if tx.actor.admin {
        None
    } else {
        Some(tx.actor.id)
    };
    let mut stmt = tx.prepare(
        "SELECT o.id, o.created_at, u.login, o.email, o.subject,
                CASE WHEN o.recipient_id = ?1 THEN o.body END, o.status, o.attempts,
                o.last_error, o.items
         FROM outbox o JOIN users u ON u.id = o.recipient_id
         WHERE ?2 IS NULL OR o.recipient_id = ?2
         ORDER BY o.id DESC LIMIT ?3",
    )?;
    let rows = stmt
        .query_map(
            params![tx.actor.id, only, i64::try_from(limit).unwrap_or(i64::MAX)],
            |r| {
                Ok(Notification {
                    id: r.get(0)?,
                    created_at: r.get(1)?,
                    recipient: r.get(2)?,
                    email: r.get(3)?,
                    subject: r.get(4)?,
                    // The code is only ever in the email itself.
                    body: r
                        .get::<_, Option<String>>(5)?
                        .map(|b| b.replace(CODE_SLOT_TEXT, &msg::activation_code_elsewhere(false))),
                    status: r.get(6)?,
                    attempts: r.get::<_, i64>(7)?.try_into().unwrap_or(0),
                    last_error: r.get(8)?,
                    changes: match r.get::<_, Option<String>>(9)? {
                        None => vec![r.get(4)?],
                        Some(items) => serde_json::from_str::<Vec<(String, String)>>(&items)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|(subject, _)| subject)
                            .collect(),
                    },
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
