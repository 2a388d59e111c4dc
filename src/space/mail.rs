//! Delivering the outbox by email (R10) with lettre. A message is sent to its one
//! recipient, so a server refusing one address holds up nobody else; it is marked sent
//! once the server has accepted it, and its Message-ID is the same at every attempt, so
//! a message sent twice (a crash between the two) can be recognised.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;
use crate::secret::{ExposeSecret, Secret, secret};
use crate::space::local::LocalSpace;
use crate::space::local::outbox::{Mail, MailSettings};

/// The SMTP password, for `serve` and for CI: the keyring holds it otherwise.
pub const PASSWORD_ENV: &str = "URSSAF_ADMIN_SMTP_PASSWORD";

/// Messages claimed at a time: a claim is released well before it goes stale.
const CLAIM: u32 = 10;
/// How long the SMTP server has to answer.
const SMTP_TIMEOUT: Duration = Duration::from_secs(5);

pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
    domain: String,
    firm: String,
    language: crate::i18n::Lang,
}

impl Mailer {
    pub fn new(
        settings: &MailSettings,
        password: &dyn Fn() -> Result<Option<Secret>>,
    ) -> Result<Mailer> {
        let url = url::Url::parse(&settings.url)
            .map_err(|e| Error::invalid(msg::smtp_url_invalid(&settings.url, &e.to_string())))?;
        let host = url.host_str().unwrap_or_default().trim_matches(['[', ']']);
        let failed = |e: lettre::transport::smtp::Error| Error::other(msg::smtp_failed(&e));
        let mut builder = match url.scheme() {
            "smtps" => SmtpTransport::relay(host).map_err(failed)?,
            "smtp+plain" => SmtpTransport::builder_dangerous(host),
            _ => SmtpTransport::starttls_relay(host).map_err(failed)?,
        };
        if let Some(port) = url.port() {
            builder = builder.port(port);
        }
        if !url.username().is_empty() {
            // Only looked for when the server wants one.
            let password = password()?.ok_or_else(|| {
                Error::auth(msg::smtp_no_password()).hint(msg::hint_smtp_password())
            })?;
            builder = builder.credentials(Credentials::new(
                url.username().to_string(),
                password.expose_secret().to_string(),
            ));
        }
        let from = sender(settings)?;
        Ok(Mailer {
            transport: builder.timeout(Some(SMTP_TIMEOUT)).build(),
            domain: from.email.domain().to_string(),
            from,
            firm: settings.firm.clone(),
            language: settings.language,
        })
    }

    pub fn send(&self, mail: &Mail) -> std::result::Result<(), Failure> {
        let to: Mailbox = mail
            .email
            .parse()
            .map_err(|e| Failure::Recipient(format!("{e}")))?;
        let stamp: String = mail
            .created_at
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            .message_id(Some(format!(
                "<outbox-{}-{stamp}@{}>",
                mail.id, self.domain
            )))
            .header(ContentType::TEXT_PLAIN)
            .body(crate::i18n::with(self.language, || {
                msg::mail_body(&mail.body, &self.firm, &mail.created_at)
            }))
            .map_err(|e| Failure::Recipient(e.to_string()))?;
        self.transport.send(&message).map(|_| ()).map_err(|e| {
            let text = msg::smtp_failed(&e);
            // 55x: this mailbox is refused for good; anything else is the server's.
            let mailbox = e.status().is_some_and(|c| c.to_string().starts_with("55"));
            if e.is_permanent() && mailbox {
                Failure::Recipient(text)
            } else {
                Failure::Server(text)
            }
        })
    }
}

/// Why a message was not sent.
pub enum Failure {
    /// The recipient is refused for good: the message is given up.
    Recipient(String),
    /// The server could not be reached, refused the sign-in, or said "later": this
    /// delivery stops, and the messages wait, none charged with an attempt but this one.
    Server(String),
}

/// The sender as set, with the firm's name when only an address was given.
fn sender(settings: &MailSettings) -> Result<Mailbox> {
    let set = settings
        .from
        .as_deref()
        .ok_or_else(|| Error::usage(msg::smtp_no_sender()).hint(msg::hint_smtp_sender()))?;
    let mut mailbox: Mailbox = set
        .parse()
        .map_err(|_| Error::invalid(msg::sender_invalid(set)).hint(msg::hint_sender()))?;
    if mailbox.name.is_none() {
        mailbox.name = Some(settings.firm.clone());
    }
    Ok(mailbox)
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    pub sent: u64,
    pub failed: u64,
}

/// Sends everything due; `None` when the space has no SMTP server set. Stops at the
/// first failure that is the server's, which comes back as the error.
pub fn deliver(
    space: &LocalSpace,
    password: &dyn Fn() -> Result<Option<Secret>>,
) -> Result<Option<Delivered>> {
    let Some(settings) = space.mail_settings()? else {
        return Ok(None);
    };
    let mailer = Mailer::new(&settings, password)?;
    let mut done = Delivered::default();
    loop {
        let due = space.claim_mail(CLAIM)?;
        if due.is_empty() {
            return Ok(Some(done));
        }
        let mut stop = None;
        for mail in &due {
            if stop.is_some() {
                space.mail_released(mail)?;
                continue;
            }
            match mailer.send(mail) {
                Ok(()) => {
                    space.mail_sent(mail)?;
                    done.sent += 1;
                }
                Err(Failure::Recipient(e)) => {
                    space.mail_failed(mail, &e, true)?;
                    done.failed += 1;
                }
                Err(Failure::Server(e)) => {
                    space.mail_failed(mail, &e, false)?;
                    done.failed += 1;
                    stop = Some(e);
                }
            }
        }
        if let Some(e) = stop {
            return Err(Error::new(ErrorKind::Unreachable, e).hint(msg::hint_notifications_send()));
        }
    }
}

/// The sender: `Cabinet Dupont <noreply@cabinet.fr>` or an address alone.
pub fn validate_sender(input: &str) -> Result<String> {
    input
        .trim()
        .parse::<Mailbox>()
        .map(|m| m.to_string())
        .map_err(|_| Error::invalid(msg::sender_invalid(input)).hint(msg::hint_sender()))
}

/// The keyring entry of a local space's SMTP password.
pub fn keyring_key(db: &std::path::Path) -> String {
    let path = std::fs::canonicalize(db).unwrap_or_else(|_| db.to_path_buf());
    format!("smtp:{}", path.display())
}

/// The password: the environment first (CI, `serve`), then the keyring.
pub fn password(db: &std::path::Path) -> Result<Option<Secret>> {
    if let Some(p) = std::env::var(PASSWORD_ENV).ok().filter(|p| !p.is_empty()) {
        return Ok(Some(secret(p)));
    }
    crate::credentials::keyring_get(&keyring_key(db))
}
