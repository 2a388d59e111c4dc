//! The one interface every command talks to. `local` keeps the space in SQLite and
//! enforces the rules; a remote implementation forwards the same calls to a server that
//! runs `local`, so the rules live in one place.

pub mod cache;
pub mod local;
pub mod mail;
pub mod register;
pub mod remote;
pub mod search;

use crate::domain::ReviewRow;
use crate::domain::import::{
    ClientRow, ImportOptions, ImportSummary, Input, RowOutcome, SubscriberRow,
};
use crate::domain::mandate::{Mandate, MandateQuery, MandateTerms};
use crate::domain::personal::{Erased, PersonalData, Purged};
use crate::domain::portal::{PortalFile, SyncPlan, SyncRequest};
use crate::domain::register::{Ask, ClientRegister, RegisterEntry, Renamed};
use crate::domain::{
    AuditEntry, Client, ClientAccess, ClientMoved, ClientPage, ClientQuery, CompanyId, Handed,
    Handover, NewSubscriber, Notification, Portfolio, Reinvited, Session, SessionEnd, SessionInfo,
    Setting, SpaceInfo, Subscriber, SubscriberAdded, SubscriberChange, User, UserAccess,
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

    /// The portal's establishments file of a portfolio (R7: whoever sees it).
    fn portfolio_export(
        &self,
        token: &Secret,
        number: i64,
        removed_since: Option<&str>,
    ) -> Result<PortalFile>;
    /// A portfolio's clients declared by a file: the plan, applied unless `dry_run` and
    /// only when no row is bad, in one transaction (R2).
    fn portfolio_sync(
        &self,
        token: &Secret,
        number: i64,
        request: &SyncRequest,
        dry_run: bool,
    ) -> Result<SyncPlan>;
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

    /// R2: a collaborator's subscriptions given to another, in one transaction.
    fn subscriber_hand_over(
        &self,
        token: &Secret,
        h: &Handover,
        dry_run: bool,
    ) -> Result<Vec<Handed>>;

    /// R2: who can see this client, and why.
    fn access_client(&self, token: &Secret, id: &CompanyId) -> Result<Vec<ClientAccess>>;
    /// R2: what this person can see.
    fn access_user(&self, token: &Secret, login: &str) -> Result<Vec<UserAccess>>;
    /// R2: every person, for the yearly access review.
    fn access_review(&self, token: &Secret, idle_days: u32) -> Result<Vec<ReviewRow>>;

    /// Offboarding (R2, R3): signed out at once, no more sign-in, subscriptions
    /// suspended, nothing deleted; `user_enable` undoes it.
    fn user_disable(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User>;
    fn user_enable(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User>;
    /// RGPD: everything the space holds about one person; their own, or anyone's for an
    /// administrator. Audited.
    fn user_export(&self, token: &Secret, login: &str) -> Result<PersonalData>;
    /// RGPD: a disabled account forgotten for good (pseudonymized everywhere).
    fn user_erase(&self, token: &Secret, login: &str, dry_run: bool) -> Result<Erased>;
    /// The space's retention applied now.
    fn audit_purge(&self, token: &Secret, dry_run: bool) -> Result<Purged>;

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
        mandate: Option<&MandateTerms>,
        dry_run: bool,
    ) -> Result<Client>;
    /// The lettre de mission of a client: recorded, cleared (R2), read (R7), listed.
    fn mandate_set(
        &self,
        token: &Secret,
        id: &CompanyId,
        terms: &MandateTerms,
        dry_run: bool,
    ) -> Result<Mandate>;
    fn mandate_clear(&self, token: &Secret, id: &CompanyId, dry_run: bool) -> Result<Mandate>;
    fn mandate_show(&self, token: &Secret, id: &CompanyId) -> Result<Mandate>;
    fn mandate_list(&self, token: &Secret, query: &MandateQuery) -> Result<Vec<Mandate>>;
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

    /// What the company register says about a company: the space's answer when it is
    /// recent (the `register-max-age` setting), else the register's, kept. Any signed-in
    /// user; only the SIREN goes to the register.
    fn register_lookup(&self, token: &Secret, id: &CompanyId, ask: Ask) -> Result<RegisterEntry>;
    /// The clients the caller may see (R7), with the register's last answer about each.
    fn register_clients(
        &self,
        token: &Secret,
        portfolio: Option<i64>,
    ) -> Result<Vec<ClientRegister>>;
    /// R2: the register's name for every client it calls otherwise (audited, notified).
    fn register_renames(
        &self,
        token: &Secret,
        portfolio: Option<i64>,
        dry_run: bool,
    ) -> Result<Vec<Renamed>>;

    fn audit_list(
        &self,
        token: &Secret,
        query: &crate::domain::AuditQuery,
    ) -> Result<Vec<AuditEntry>>;
    fn notification_list(&self, token: &Secret, limit: u64) -> Result<Vec<Notification>>;
}
