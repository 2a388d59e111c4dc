//! The one interface every command talks to. `local` keeps the space in SQLite and
//! enforces the rules; a remote implementation forwards the same calls to a server that
//! runs `local`, so the rules live in one place.

pub mod cache;
pub mod local;
pub mod mail;
pub mod remote;
pub mod search;

use crate::domain::import::{
    ClientRow, ImportOptions, ImportSummary, Input, RowOutcome, SubscriberRow,
};
use crate::domain::{
    AuditEntry, Client, ClientMoved, ClientPage, ClientQuery, CompanyId, NewSubscriber,
    Notification, Portfolio, Reinvited, Session, SessionEnd, SessionInfo, Setting, SpaceInfo,
    Subscriber, SubscriberAdded, SubscriberChange, User,
};
use crate::error::Result;
use crate::secret::Secret;

/// Rows in file order, and where each row's outcome goes as soon as it is known.
pub type Rows<'a, T> = &'a mut dyn Iterator<Item = Input<T>>;
pub type Outcomes<'a> = &'a mut dyn FnMut(RowOutcome) -> Result<()>;

/// Every call that changes something takes `dry_run`: the whole change is checked and
/// carried out, then thrown away, so a dry run fails exactly where the real one would.
pub trait Space {
    /// The local space behind this one, for what only runs next to the database
    /// (delivering the outbox).
    fn as_local(&self) -> Option<&local::LocalSpace> {
        None
    }

    /// Whom the last dry run would have notified (R10), by login; empty after a real
    /// change, which notifies them.
    fn would_notify(&self) -> Vec<String> {
        Vec::new()
    }

    fn login(&self, login: &str, password: &Secret) -> Result<Session>;
    /// The caller's sessions that have not expired.
    fn session_list(&self, token: &Secret) -> Result<Vec<SessionInfo>>;
    /// Ends sessions; how many. Their tokens fail from the next call on.
    fn session_end(&self, token: &Secret, which: &SessionEnd) -> Result<u64>;
    fn logout(&self, token: &Secret) -> Result<()> {
        self.session_end(token, &SessionEnd::Current).map(|_| ())
    }
    fn activate(&self, login: &str, code: &Secret, password: &Secret) -> Result<User>;
    fn me(&self, token: &Secret) -> Result<User>;

    fn portfolio_create(&self, token: &Secret, dry_run: bool) -> Result<Portfolio>;
    fn portfolio_list(&self, token: &Secret) -> Result<Vec<Portfolio>>;
    fn portfolio_show(&self, token: &Secret, number: i64) -> Result<Portfolio>;

    fn subscriber_add(
        &self,
        token: &Secret,
        new: &NewSubscriber,
        dry_run: bool,
    ) -> Result<SubscriberAdded>;
    fn subscriber_list(&self, token: &Secret, portfolio: Option<i64>) -> Result<Vec<Subscriber>>;
    fn subscriber_modify(
        &self,
        token: &Secret,
        change: &SubscriberChange,
        dry_run: bool,
    ) -> Result<Subscriber>;
    fn subscriber_remove(
        &self,
        token: &Secret,
        portfolio: i64,
        login: &str,
        dry_run: bool,
    ) -> Result<Subscriber>;

    /// R6: a new activation code for a collaborator whose account waits for activation;
    /// the earlier codes die at once.
    fn subscriber_reinvite(&self, token: &Secret, login: &str, dry_run: bool) -> Result<Reinvited>;

    fn admin_list(&self, token: &Secret) -> Result<Vec<User>>;
    fn admin_add(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User>;
    fn admin_remove(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User>;

    fn client_list(&self, token: &Secret, query: &ClientQuery) -> Result<ClientPage>;
    fn client_add(
        &self,
        token: &Secret,
        id: &CompanyId,
        name: &str,
        portfolio: i64,
        dry_run: bool,
    ) -> Result<Client>;
    fn client_move(
        &self,
        token: &Secret,
        id: &CompanyId,
        to: i64,
        dry_run: bool,
    ) -> Result<ClientMoved>;
    fn client_remove(&self, token: &Secret, id: &CompanyId, dry_run: bool) -> Result<Client>;

    /// Bulk runs. Outcomes are passed on as if the run were written; the summary says
    /// whether it was (`written` is false after a dry run or a run refused for bad rows).
    fn client_import(
        &self,
        token: &Secret,
        rows: Rows<ClientRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary>;
    fn subscriber_import(
        &self,
        token: &Secret,
        rows: Rows<SubscriberRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary>;

    fn settings_show(&self, token: &Secret) -> Result<SpaceInfo>;
    fn settings_set(&self, token: &Secret, setting: Setting, dry_run: bool) -> Result<SpaceInfo>;

    fn audit_list(&self, token: &Secret, limit: u64) -> Result<Vec<AuditEntry>>;
    fn notification_list(&self, token: &Secret, limit: u64) -> Result<Vec<Notification>>;
}
