//! The outbox as delivery sees it (R10): what is due, and what became of each message.
//! Only in-process callers reach these: `notifications send`, the command that just made
//! a change, and the server's worker. A message is claimed before it is sent, so two
//! deliveries at once never send it twice, and marked sent only once the SMTP server has
//! accepted it.

use super::*;

/// Attempts before a message is given up (it stays listed, with its last error).
pub const MAX_ATTEMPTS: i64 = 8;
/// A claim older than this was a delivery that died: the message is due again.
const CLAIM_MINUTES: i64 = 5;

/// What delivery needs of the space.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub url: String,
    pub from: Option<String>,
    pub firm: String,
    pub siren: String,
    pub language: crate::i18n::Lang,
}

#[derive(Debug, Clone)]
pub struct Mail {
    pub id: i64,
    /// This delivery's claim: only it may say what became of the message.
    pub claim: String,
    pub created_at: String,
    pub email: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

/// Waiting after the n-th failed attempt: from a minute to a day, about two days in all
/// before a message is given up.
fn backoff(attempts: i64) -> SignedDuration {
    const MINUTES: [i64; 8] = [1, 5, 15, 60, 180, 360, 720, 1440];
    let i = usize::try_from(attempts.clamp(1, 8) - 1).unwrap_or(0);
    SignedDuration::from_mins(MINUTES[i])
}

impl LocalSpace {
    /// R2: delivering by hand is for administrators.
    pub fn check_admin(&self, token: &Secret) -> Result<()> {
        self.admin_read(token, |_| Ok(()))
    }

    pub fn mail_settings(&self) -> Result<Option<MailSettings>> {
        let conn = self.lock()?;
        type Row = (
            Option<String>,
            Option<String>,
            String,
            String,
            crate::i18n::Lang,
        );
        let row: Row = conn.query_row(
            "SELECT smtp_url, smtp_from, name, siren, language FROM space WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    super::lang_column(r, 4)?,
                ))
            },
        )?;
        Ok(row.0.map(|url| MailSettings {
            url,
            from: row.1,
            firm: row.2,
            siren: row.3,
            language: row.4,
        }))
    }

    /// Claims up to `limit` messages that are due: waiting out the space's digest
    /// interval (so that later changes join them), and not waiting after a failure.
    /// The outbox's retention is applied on the way.
    pub fn claim_mail(&self, limit: u32) -> Result<Vec<Mail>> {
        let mut conn = self.lock()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let at = now();
        let claim = Timestamp::now().to_string();
        let stale = stamp(at - SignedDuration::from_mins(CLAIM_MINUTES));
        super::personal::outbox_retention(&tx, at)?;
        let digest: i64 =
            tx.query_row("SELECT digest_minutes FROM space WHERE id = 1", [], |r| {
                r.get(0)
            })?;
        let settled = stamp(at - SignedDuration::from_mins(digest));
        let mut mails = {
            let mut stmt = tx.prepare_cached(
                "SELECT o.id, o.created_at, o.email, o.subject, o.body, o.attempts,
                        o.recipient_id, u.password_hash IS NULL
                   FROM outbox o JOIN users u ON u.id = o.recipient_id
                  WHERE (o.status = 'pending'
                         AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?1)
                         AND (o.attempts > 0 OR o.created_at <= ?4))
                     OR (o.status = 'sending' AND o.claimed_at < ?2)
                  ORDER BY o.id LIMIT ?3",
            )?;
            stmt.query_map(params![stamp(at), stale, limit, settled], |r| {
                Ok((
                    Mail {
                        id: r.get(0)?,
                        claim: claim.clone(),
                        created_at: r.get(1)?,
                        email: r.get(2)?,
                        subject: r.get(3)?,
                        body: r.get(4)?,
                        attempts: r.get(5)?,
                    },
                    r.get::<_, i64>(6)?,
                    r.get::<_, bool>(7)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
        };
        let lang = super::settings::space_language(&tx)?;
        for (m, recipient, pending) in &mut mails {
            tx.execute(
                "UPDATE outbox SET status = 'sending', claimed_at = ?1 WHERE id = ?2",
                params![claim, m.id],
            )?;
            // A welcome gets its code now, in the email only: the outbox never holds it.
            if m.body.contains(msg::CODE_SLOT) {
                let lines = if *pending {
                    let (code, expires) = super::auth::mail_code(&tx, *recipient)?;
                    crate::i18n::with(lang, || msg::activation_code_lines(&code, &expires))
                } else {
                    crate::i18n::with(lang, || msg::activation_code_elsewhere(true))
                };
                m.body = m.body.replace(msg::CODE_SLOT, &lines);
            }
        }
        tx.commit()?;
        Ok(mails.into_iter().map(|(m, _, _)| m).collect())
    }

    pub fn mail_sent(&self, mail: &Mail) -> Result<()> {
        self.lock()?.execute(
            "UPDATE outbox SET status = 'sent', sent_at = ?1, claimed_at = NULL,
                    attempts = attempts + 1, last_error = NULL
              WHERE id = ?2 AND status = 'sending' AND claimed_at = ?3",
            params![stamp(now()), mail.id, mail.claim],
        )?;
        Ok(())
    }

    /// Tried again later, unless it has been tried too often or can never succeed.
    pub fn mail_failed(&self, mail: &Mail, error: &str, permanent: bool) -> Result<()> {
        let attempts = mail.attempts + 1;
        let status = if permanent || attempts >= MAX_ATTEMPTS {
            "failed"
        } else {
            "pending"
        };
        self.lock()?.execute(
            "UPDATE outbox SET status = ?1, attempts = ?2, last_error = ?3, claimed_at = NULL,
                    next_attempt_at = ?4
              WHERE id = ?5 AND status = 'sending' AND claimed_at = ?6",
            params![
                status,
                attempts,
                error,
                stamp(now() + backoff(attempts)),
                mail.id,
                mail.claim
            ],
        )?;
        Ok(())
    }

    /// Back in the queue untouched: this delivery stopped before trying it.
    pub fn mail_released(&self, mail: &Mail) -> Result<()> {
        self.lock()?.execute(
            "UPDATE outbox SET status = 'pending', claimed_at = NULL
              WHERE id = ?1 AND status = 'sending' AND claimed_at = ?2",
            params![mail.id, mail.claim],
        )?;
        Ok(())
    }

    /// Makes every waiting or given-up message due now (`notifications send --now`).
    pub fn mail_due_now(&self) -> Result<()> {
        self.lock()?.execute(
            "UPDATE outbox SET status = 'pending', next_attempt_at = NULL
              WHERE status IN ('pending', 'failed')",
            [],
        )?;
        Ok(())
    }
}
