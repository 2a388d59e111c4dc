//! `impl Space`: each verb in the transaction it needs, routed to its noun's module.

use super::*;

impl Space for LocalSpace {
    fn as_local(&self) -> Option<&LocalSpace> {
        Some(self)
    }

    fn would_notify(&self) -> Vec<String> {
        self.take_would_notify()
    }

    fn login(&self, login: &str, password: &Secret) -> Result<Session> {
        self.login_from(login, password, LOCAL_SOURCE)
    }

    fn session_list(&self, token: &Secret) -> Result<Vec<SessionInfo>> {
        self.read(token, |tx| sessions::list(tx, &tx.actor, token))
    }

    fn session_end(&self, token: &Secret, which: &SessionEnd) -> Result<u64> {
        match which {
            SessionEnd::User(login) => {
                self.change(token, false, |tx| sessions::end_user(tx, login))
            }
            own => self.write(token, false, |tx| sessions::end_own(tx, token, own)),
        }
    }

    fn activate(&self, login: &str, code: &Secret, password: &Secret) -> Result<User> {
        self.activate_from(login, code, password, LOCAL_SOURCE)
    }

    fn me(&self, token: &Secret) -> Result<User> {
        self.read(token, |tx| Ok(users::user(tx, &tx.actor.login)?.1))
    }

    fn portfolio_create(&self, token: &Secret, dry_run: bool) -> Result<Portfolio> {
        self.change(token, dry_run, access::portfolio_create)
    }

    fn portfolio_list(&self, token: &Secret) -> Result<Vec<Portfolio>> {
        self.read(token, access::portfolio_list)
    }

    fn portfolio_show(&self, token: &Secret, number: i64) -> Result<Portfolio> {
        self.read(token, |tx| access::portfolio(tx, number))
    }

    fn portfolio_export(
        &self,
        token: &Secret,
        number: i64,
        removed_since: Option<&str>,
    ) -> Result<PortalFile> {
        self.read(token, |tx| portal::export(tx, number, removed_since))
    }

    fn portfolio_sync(
        &self,
        token: &Secret,
        number: i64,
        request: &SyncRequest,
        dry_run: bool,
    ) -> Result<SyncPlan> {
        self.change(token, dry_run, |tx| portal::sync(tx, number, request))
    }

    fn subscriber_add(
        &self,
        token: &Secret,
        new: &NewSubscriber,
        dry_run: bool,
    ) -> Result<SubscriberAdded> {
        self.change(token, dry_run, |tx| subscribers::add(tx, new))
    }

    fn subscriber_list(&self, token: &Secret, portfolio: Option<i64>) -> Result<Vec<Subscriber>> {
        self.read(token, |tx| subscribers::list(tx, portfolio))
    }

    fn subscriber_modify(
        &self,
        token: &Secret,
        change: &SubscriberChange,
        dry_run: bool,
    ) -> Result<Subscriber> {
        self.change(token, dry_run, |tx| subscribers::modify(tx, change))
    }

    fn subscriber_remove(
        &self,
        token: &Secret,
        portfolio: i64,
        login: &str,
        dry_run: bool,
    ) -> Result<Subscriber> {
        self.change(token, dry_run, |tx| {
            subscribers::remove(tx, portfolio, login)
        })
    }

    fn subscriber_reinvite(&self, token: &Secret, login: &str, dry_run: bool) -> Result<Reinvited> {
        self.change(token, dry_run, |tx| subscribers::reinvite(tx, login))
    }

    fn subscriber_hand_over(
        &self,
        token: &Secret,
        h: &Handover,
        dry_run: bool,
    ) -> Result<Vec<Handed>> {
        self.change(token, dry_run, |tx| subscribers::hand_over(tx, h))
    }

    fn access_client(&self, token: &Secret, id: &CompanyId) -> Result<Vec<ClientAccess>> {
        self.admin_read(token, |tx| access::client_access(tx, id))
    }

    fn access_user(&self, token: &Secret, login: &str) -> Result<Vec<UserAccess>> {
        self.admin_read(token, |tx| access::user_access(tx, login))
    }

    fn access_review(&self, token: &Secret, idle_days: u32) -> Result<Vec<ReviewRow>> {
        let idle_days = domain::validate_idle_days(idle_days)?;
        self.admin_read(token, |tx| access::review(tx, idle_days))
    }

    fn user_disable(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        self.change(token, dry_run, |tx| users::disable(tx, login))
    }

    fn user_enable(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        self.change(token, dry_run, |tx| users::enable(tx, login))
    }

    fn user_export(&self, token: &Secret, login: &str) -> Result<PersonalData> {
        self.write(token, false, |tx| personal::export(tx, login))
    }

    fn user_erase(&self, token: &Secret, login: &str, dry_run: bool) -> Result<Erased> {
        let erased = self.change(token, dry_run, |tx| personal::erase(tx, login))?;
        if !dry_run {
            self.rebuild()?;
        }
        Ok(erased)
    }

    fn audit_purge(&self, token: &Secret, dry_run: bool) -> Result<Purged> {
        let purged = self.change(token, dry_run, personal::purge)?;
        if !dry_run {
            self.rebuild()?;
        }
        Ok(purged)
    }

    fn admin_list(&self, token: &Secret) -> Result<Vec<User>> {
        self.admin_read(token, users::admin_list)
    }

    fn admin_add(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        self.change(token, dry_run, |tx| users::admin_add(tx, login))
    }

    fn admin_remove(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        self.change(token, dry_run, |tx| users::admin_remove(tx, login))
    }

    fn client_list(&self, token: &Secret, query: &ClientQuery) -> Result<ClientPage> {
        self.read(token, |tx| clients::list(tx, query))
    }

    fn client_add(
        &self,
        token: &Secret,
        id: &CompanyId,
        name: &str,
        portfolio: i64,
        mandate: Option<&MandateTerms>,
        dry_run: bool,
    ) -> Result<Client> {
        self.change(token, dry_run, |tx| {
            clients::add(tx, id, name, portfolio, mandate)
        })
    }

    fn mandate_set(
        &self,
        token: &Secret,
        id: &CompanyId,
        terms: &MandateTerms,
        dry_run: bool,
    ) -> Result<Mandate> {
        self.change(token, dry_run, |tx| mandates::set(tx, id, terms))
    }

    fn mandate_clear(&self, token: &Secret, id: &CompanyId, dry_run: bool) -> Result<Mandate> {
        self.change(token, dry_run, |tx| mandates::clear(tx, id))
    }

    fn mandate_show(&self, token: &Secret, id: &CompanyId) -> Result<Mandate> {
        self.read(token, |tx| mandates::show(tx, id))
    }

    fn mandate_list(&self, token: &Secret, query: &MandateQuery) -> Result<Vec<Mandate>> {
        self.read(token, |tx| mandates::list(tx, query))
    }

    fn client_move(
        &self,
        token: &Secret,
        id: &CompanyId,
        to: i64,
        dry_run: bool,
    ) -> Result<ClientMoved> {
        self.change(token, dry_run, |tx| clients::move_client(tx, id, to))
    }

    fn client_remove(&self, token: &Secret, id: &CompanyId, dry_run: bool) -> Result<Client> {
        self.change(token, dry_run, |tx| clients::remove(tx, id))
    }

    fn client_import(
        &self,
        token: &Secret,
        rows: Rows<ClientRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary> {
        self.import_clients(token, rows, options, out)
    }

    fn subscriber_import(
        &self,
        token: &Secret,
        rows: Rows<SubscriberRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary> {
        self.import_subscribers(token, rows, options, out)
    }

    fn settings_show(&self, token: &Secret) -> Result<SpaceInfo> {
        self.admin_read(token, |tx| settings::space_info(tx))
    }

    fn settings_set(&self, token: &Secret, setting: Setting, dry_run: bool) -> Result<SpaceInfo> {
        self.change(token, dry_run, |tx| settings::set(tx, setting))
    }

    fn register_lookup(
        &self,
        token: &Secret,
        id: &CompanyId,
        ask: crate::domain::register::Ask,
    ) -> Result<crate::domain::register::RegisterEntry> {
        use crate::domain::register::Ask;
        let siren = id.siren().to_string();
        // A client import asks about its rows while its own transaction holds this
        // process's connection: the answers then go through a connection of their own.
        let inside_a_run =
            matches!(&self.connections, Connections::One(c) if c.try_lock().is_err());
        let side = if inside_a_run {
            let conn = r2d2::ManageConnection::connect(&Manager {
                path: self.path.clone(),
            })?;
            conn.busy_timeout(Duration::ZERO)?;
            Some(conn)
        } else {
            None
        };
        let known = |conn: &Connection| -> Result<_> {
            authenticate(conn, token)?;
            Ok((
                register::cached(conn, &siren)?,
                register::max_age_days(conn)?,
            ))
        };
        let (known, max_age) = match &side {
            Some(conn) => known(conn).map_err(|e| self.note(e))?,
            None => self.read(token, |tx| known(tx))?,
        };
        let usable = |e: &crate::domain::register::RegisterEntry| match ask {
            Ask::Recent => register::is_fresh(e, max_age, now()),
            Ask::Refresh => false,
            Ask::Quick => true,
        };
        if let Some(e) = known.filter(usable) {
            return Ok(e);
        }
        // Asked outside any transaction of ours: the register's pace holds no lock.
        let entry = self
            .register()?
            .fetch(&siren, &stamp(now()), ask == Ask::Quick)?;
        match &side {
            // The run holds the write lock: its own commit keeps the answer.
            Some(conn) => {
                if register::store(conn, &entry).is_err() {
                    self.pending_answers
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .push(entry.clone());
                }
            }
            None => self.transaction(false, |conn, _| register::store(conn, &entry))?,
        }
        Ok(entry)
    }

    fn register_clients(
        &self,
        token: &Secret,
        portfolio: Option<i64>,
    ) -> Result<Vec<crate::domain::register::ClientRegister>> {
        self.read(token, |tx| register::clients(tx, portfolio))
    }

    fn register_renames(
        &self,
        token: &Secret,
        portfolio: Option<i64>,
        dry_run: bool,
    ) -> Result<Vec<crate::domain::register::Renamed>> {
        self.change(token, dry_run, |tx| register::fix_names(tx, portfolio))
    }

    fn audit_list(&self, token: &Secret, query: &domain::AuditQuery) -> Result<Vec<AuditEntry>> {
        self.admin_read(token, |tx| settings::audit_list(tx, query))
    }

    fn notification_list(&self, token: &Secret, limit: u64) -> Result<Vec<Notification>> {
        self.read(token, |tx| settings::notification_list(tx, limit))
    }
}
