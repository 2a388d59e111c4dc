//! The terminal's words for what to do next ([`Next`]): commands and flags are named
//! here, at the edge, never in storage or in the API's answers.

use crate::error::Next;
use crate::messages as msg;

pub fn say(next: &Next) -> String {
    match next {
        Next::SignIn => msg::hint_login(),
        Next::CheckCredentials => msg::hint_wrong_credentials(),
        Next::WaitForLock => msg::hint_locked(),
        Next::ListSessions => msg::hint_session_list(),
        Next::ListPortfolios => msg::hint_portfolio_list(),
        Next::ListSubscribers { portfolio } => msg::hint_subscriber_list(*portfolio),
        Next::SearchClients => msg::hint_clients_list(),
        Next::MoveClient { id } => msg::hint_client_move(&msg::shown(id)),
        Next::SubscribeFirst => msg::hint_add_subscriber_first(),
        Next::AddAdminFirst => msg::hint_add_admin_first(),
        Next::ListAdmins => msg::hint_admin_list(),
        Next::ListPeople => msg::hint_people_list(),
        Next::AlreadyDone => msg::hint_already_done(),
        Next::StartOver => msg::hint_start_over(),
        Next::NewRun => msg::hint_new_run(),
        Next::GiveEmail => msg::hint_email_flag(),
        Next::SayWhatToModify => msg::hint_modify_flags(),
        Next::KeepEmail => msg::hint_keep_email(),
        Next::CreateSpace => msg::hint_init(),
        Next::UseOtherFile => msg::hint_use_other_db(),
        Next::CheckDatabase => msg::hint_check(),
        Next::GiveName => msg::hint_register_name(),
        Next::AllowCeased => msg::hint_allow_ceased(),
        Next::UseSiren { siren } => msg::hint_register_duplicate(siren),
        Next::RegisterLater => msg::hint_register_down(),
        Next::AskAdmin => msg::hint_account_disabled(),
    }
}
