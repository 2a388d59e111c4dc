### Every sentence the tool says to a person, in English.
### Field names of JSON and CSV output are an interface and are not translated.

## Storage

db-busy = the space's database is busy with another command
hint-retry = Try again in a moment.
db-read-only = the space's database is read-only for you
hint-db-read-only = Make the database file and its folder writable for you (`ls -l` shows who may write), or ask whoever runs the space.
db-malformed = the space's database is damaged (SQLite says it is malformed)
hint-check = Run `urssaf-admin check` to see what is damaged, then restore the last backup (README: "Backup and restore").
db-damaged = the space's database { $path } is damaged: nothing more is written to it
hint-damaged = Run `urssaf-admin check --db { $path }`; restore the last backup (`urssaf-admin backup` makes them), as the README's "Backup and restore" says.
db-disk-full = the disk holding the space's database is full: nothing was written
hint-disk-full = Free some space on that disk (`df -h` shows it), then run the command again.
db-cannot-open = the space's database cannot be opened
db-folder-read-only = the folder { $dir } is read-only for you, and SQLite needs to write its journal files there to read or write { $path }
hint-folder-writable = Make { $dir } writable for you (`chmod u+w`), or copy the database to a writable folder and use --db.
side-file-read-only = { $path } is read-only and cannot be made writable by you, so the space cannot be written
backup-exists = { $path } exists already: a backup never overwrites a file
hint-backup-other-file = Give the name of a new file, such as space-$(date +%F).db.
backup-damaged = the copy of { $path } does not pass the integrity check: the space itself may be damaged
backup-written = Backup of the space written to { $path } ({ $size }), checked sound.
check-ok = The space's database { $path } is sound.
check-damaged = The space's database { $path } is damaged:
maintenance-is-local = check and backup work on the database file itself, and this profile uses a server
hint-maintenance-on-server = Run them on the server's machine, with --db and the file `serve` uses.
bytes = { $mib ->
        [0] { $kib } KiB
       *[other] { $mib } MiB
    }
db-not-a-database = the file is not an urssaf-admin database
hint-check-db-path = Check --db or URSSAF_ADMIN_DB.
db-error = database error: { $e }
no-space-at = no space at { $path }
hint-init = Create one with `urssaf-admin init`, or point --db (URSSAF_ADMIN_DB) at an existing space.
space-needs-siren = a space is registered under the firm's SIREN (9 digits), not a SIRET
space-exists = a space already exists at { $path }
hint-use-other-db = Sign in to it with `urssaf-admin login`, or pass --db for a new one.
db-too-new = this database was written by a newer urssaf-admin (schema { $found }; this version knows up to { $known })
hint-upgrade = Upgrade urssaf-admin to use this space.
cannot-create = cannot create { $path }: { $e }

## Why the system refused

io-not-found = no such file or directory
io-permission-denied = permission denied
io-already-exists = it already exists
io-is-a-directory = it is a directory
io-not-a-directory = a part of the path is not a directory
io-read-only = the file system is read-only
io-storage-full = the disk is full
io-connection-refused = connection refused
io-connection-reset = the connection was cut
io-unreachable = the network or the host cannot be reached
timed-out = no answer in time

## Identifiers and input

id-invalid = invalid SIREN/SIRET '{ $input }': { $reason }
id-reason-length = { $n } { $n ->
        [one] digit
       *[other] digits
    }, expected 9 (SIREN) or 14 (SIRET)
id-reason-char = unexpected character '{ $c }'
id-reason-zero = all zeros identifies no company
id-reason-checksum = the { $kind } checksum (Luhn) fails
id-reason-siret-siren = its SIREN { $siren } is not valid
hint-id-format = A SIREN has 9 digits, a SIRET 14; spaces and dots between groups are fine (356 000 000).
login-invalid = invalid login '{ $login }'
hint-login-format = Logins use lower-case letters, digits, '.', '_' and '-', start with a letter or digit, 64 characters at most.
email-invalid = invalid email address '{ $email }'
hint-email-format = Give a full address such as jeanne.martin@cabinet.fr.
name-invalid = invalid { $what ->
        [firm] raison sociale
       *[name] name
    } '{ $name }': it must be 1 to 200 printable characters
hint-name = Give the name as registered, in quotes if it has spaces.
hint-password = A long passphrase of a few words is easy to remember and hard to guess.
password-too-short = the password is too short: at least { $min } characters
password-too-long = the password is too long: { $max } bytes at most
session-not-found = you have no session { $id }
hint-session-list = `urssaf-admin auth status` lists your sessions and their numbers.
digest-too-long = a digest interval is { $max } minutes at most
digest-set = { $minutes ->
        [0] Notifications are sent at once.
       *[other] Notifications wait { $minutes } minutes for more changes before they are sent.
    }
portfolio-number-invalid = invalid portfolio number '{ $n }': portfolios are numbered from 1
number-not-plain = invalid portfolio number '{ $n }': write it in plain digits, from 1 (such as 12)
portfolio-numbered-from-1 = portfolios are numbered from 1
passwords-differ = the two passwords differ
password-stdin-empty = no password on standard input

## French data and names (issue 14)
name-hidden-char = invalid { $what ->
        [firm] raison sociale
       *[name] name
    } '{ $name }': character { $position } is { $code }, a control, invisible or direction-changing character

## Sign-in

not-signed-in = you are not signed in
hint-login = Run `urssaf-admin login`, or set URSSAF_ADMIN_TOKEN.
session-expired = your session has expired
login-locked = too many wrong passwords: this login is locked for { $minutes } more { $minutes ->
        [one] minute
       *[other] minutes
    }
hint-locked = Wait until then: the lock holds only for attempts from where these came. If you did not make them, tell your administrator (`urssaf-admin audit list` shows them).
wrong-credentials = wrong login or password
hint-wrong-credentials = Check the login and the password and try again; a new account must first be activated with `urssaf-admin activate --user LOGIN` and the code from its email.
activation-code-wrong = wrong, used or expired activation code
hint-activation-code = Check the code in your email; an administrator can give you a new one with `urssaf-admin subscriber reinvite LOGIN`.
login-needed = no login given
hint-user-flag = Pass --user LOGIN.
signed-in = Signed in as { $login } (profile { $profile }) until { $expires }.
signed-out = Signed out { $login }.
sessions-ended = { COUNT($count) } { $count ->
        [one] session
       *[other] sessions
    } of { $login } ended.
space-created = Created the space of { $name } (SIREN { $siren }) at { $path }.
next-login = Next: urssaf-admin login --user { $login }
activated = Account { $login } activated. Sign in with: urssaf-admin login --user { $login }

## Credentials

keyring-failed = the system keyring failed: { $e }
keyring-timeout = the system keyring did not answer within { $secs } s
hint-keyring = Unlock or start your keyring (Secret Service), use --insecure-storage to keep the token in a file readable by you alone, or set URSSAF_ADMIN_TOKEN.
insecure-storage-warning = warning: the session token is stored unencrypted in { $path } (readable by you alone)
credential-file-unreadable = cannot read the credential file { $path }: { $e }
config-unreadable = cannot read the configuration { $path }: { $e }
hint-fix-config = Fix or remove { $path }.
profile-invalid = invalid profile name '{ $name }'
hint-profile-format = Profile names use letters, digits, '.', '_' and '-'.

## Prompts

prompt-password = Password
prompt-new-password = New password
prompt-repeat-password = Repeat the password
prompt-login = Login
prompt-activation-code = Activation code
# The choices shown after a yes/no question; the default is no.
prompt-yes-no = [y/N]
prompt-answer-yes-or-no = Please answer y (yes) or n (no).
code-needed = an activation code is needed and there is no terminal to ask it
hint-code-flag = Give it on standard input with --code-stdin (--code CODE works too, but other users of the machine see it in `ps`).
needs-terminal-for-password = a password is needed and there is no terminal to ask it
hint-password-stdin = Pass --password-stdin and write the password on standard input.
needs-yes = confirmation needed ({ $question }) and there is no terminal to ask it
hint-yes = Pass --yes to confirm from a script.
cancelled = cancelled: nothing was changed
prompt-failed = cannot read the answer from the terminal: { $e }

## prompts and keyring (issue 14)

needs-yes-no-input = confirmation needed ({ $question }) and prompts are turned off by --no-input
login-needed-no-input = no login given, and prompts are turned off by --no-input
code-needed-no-input = an activation code is needed and prompts are turned off by --no-input
password-needed-no-input = a password is needed and prompts are turned off by --no-input
# Said before a new password is asked.
password-rule = The password needs at least { $min } characters; a passphrase of a few words is easy to remember and hard to guess.
password-tries = no acceptable password after { $tries } tries ({ $reason })
prompt-no-answer = no answer after { $tries } tries: nothing was changed
hint-cancelled = Run the command again to start over.
keyring-not-running = no keyring is running: nothing answers for the Secret Service on the session bus ({ $e })
keyring-locked = the keyring is locked ({ $e })
keyring-refused = the keyring refused the request ({ $e })

## Permissions

admin-only = permission denied: { $login } is not an administrator of the space
hint-ask-admin = Ask an administrator of the space.

## Portfolios

confirm-portfolio-create = Create a new portfolio for { $firm }?
portfolio-created = Created portfolio { $number } (tiers déclarant: { $firm }).
portfolio-would-create = Would create portfolio { $number } (tiers déclarant: { $firm }); nothing was changed.
portfolio-not-found = portfolio { $n } does not exist
hint-portfolio-list = See the portfolios with `urssaf-admin portfolio list`.
portfolio-not-yours = permission denied: you are not subscribed to portfolio { $n }

## Subscribers

email-needed-for-new = { $login } has no account yet: an email address is needed to create it
hint-email-flag = Pass --email (and --name) for a new collaborator.
already-subscribed = { $login } is already subscribed to portfolio { $n }
hint-subscriber-list = See them with `urssaf-admin subscriber list --portfolio { $n }`.
subscription-not-found = { $login } is not subscribed to portfolio { $n }
handover-same = { $login } cannot hand portfolios over to themselves
handover-to-disabled = the account of { $login } is disabled: enable it before handing portfolios over to it
handover-nothing = { $login } has no subscription to hand over
confirm-transfer = Give { $count } portfolios of { $from } to { $to }, and withdraw them from { $from }?
transferred = Gave { $given } portfolios to { $to } ({ $count } of { $from }; { $withdrawn } withdrawn from { $from }).
user-not-found = no user '{ $login }' in the space
user-already-disabled = the account of { $login } is disabled already
user-not-disabled = the account of { $login } is not disabled
account-disabled = the account of { $login } is disabled: it can no longer sign in
hint-account-disabled = Ask an administrator to enable it again (`urssaf-admin user enable`).
user-disabled = Disabled the account of { $login }: signed out everywhere, subscriptions suspended, nothing deleted.
user-enabled = Enabled the account of { $login } again; the subscriptions the disabling suspended are resumed.
confirm-user-disable = Disable the account of { $login } (signed out at once, subscriptions suspended)?
hint-add-subscriber-first = Give them an account first with `urssaf-admin subscriber add`.
nothing-to-modify = nothing to modify
hint-modify-flags = Pass --name, --email, --suspend or --resume.
subscriber-added = Subscribed { $login } to portfolio { $n }.
subscriber-would-add = { $creates ->
        [yes] Would create the account { $login } and subscribe it to portfolio { $n }; nothing was changed.
       *[no] Would subscribe { $login } to portfolio { $n }; nothing was changed.
    }
account-created-code = Created the account { $login }. Activation code (shown once, valid until { $expires }): { $code }
account-code-sent = Give it to { $login }, who runs `{ $command }` and types it when asked.
subscriber-modified = Modified the subscription of { $login } to portfolio { $n }.
confirm-subscriber-remove = Withdraw the subscription of { $login } to portfolio { $n }?
subscriber-removed = Withdrew the subscription of { $login } to portfolio { $n }.
dry-run-nothing-changed = Dry run: the change is valid; nothing was changed.


## First ten minutes: init, the profile and the space in use

prompt-siren = The firm's SIREN
prompt-firm-name = Its raison sociale
prompt-admin-login = Your login (the first administrator)
prompt-admin-email = Your email address
too-many-tries = too many wrong answers
init-needs = missing { $flags }: without a terminal, init takes everything as options
hint-init-flags = Give them all: `urssaf-admin init --siren SIREN --name NAME --admin LOGIN --email EMAIL --password-stdin`.
init-profile-taken = the profile { $profile } already uses the space { $space }, and init does not change that
hint-init-profile = Give the new space a profile of its own: `urssaf-admin --profile NAME init --db PATH ...`, then `--profile NAME` on later commands.
space-ready = Signed in as { $login } (profile { $profile }). Next: urssaf-admin portfolio create
profile-unknown = not signed in: there is no profile { $profile }
hint-profile-unknown = Known profiles: { $profiles }. Sign in to a new one with `urssaf-admin --profile { $profile } login --db PATH` (or --api-url URL).
error-about = { $message } (profile { $profile }, space { $space })
hint-activate-where = Run the command your administrator gave you: for a server's space it names the server (--api-url URL).
welcome-mail-sent = Their welcome email carries a code of its own; either code works, once.
welcome-mail-queued = Their welcome email waits in the outbox: the space has no mail server yet (urssaf-admin settings set smtp URL).
hint-digest = Give minutes from 0 (send at once, or `off`) to 1440 (a day).
hint-start-over = Ask for the first page again, without a cursor.
hint-new-run = Start the import again: it gets a run of its own.
hint-people-list = See who has an account with `urssaf-admin subscriber list` and `urssaf-admin admin list`.
hint-already-done = Nothing to do: it is so already.
hint-space-siren = A SIRET's first 9 digits are the company's SIREN.
already-active = { $login } has activated their account already: no code is needed
reinvited = New activation code for { $login } (shown once, valid until { $expires }): { $code }
reinvited-rest = Every earlier code of theirs is void. Give it to { $login }, who runs `{ $command }`.
reinvite-would = Would give { $login } a new activation code; nothing was changed.
would-notify = Would notify: { $logins }.
would-notify-nobody = Would notify nobody.
lang-env-unknown = URSSAF_ADMIN_LANG={ $value } is not a language urssaf-admin speaks (fr or en): it is ignored
hint-admin-list = See them with `urssaf-admin admin list`.
hint-keep-email = Leave --email out to use the address on record, or change it with `urssaf-admin subscriber modify`.
hint-import-report-written = { $path } lists every row with what became of it.
token-env-invalid = the token in URSSAF_ADMIN_TOKEN is not valid (or its session ended)
hint-token-env = Get a new one with `urssaf-admin auth token` where you are signed in, or unset URSSAF_ADMIN_TOKEN to use the profile's sign-in.

## Administrators

already-admin = { $login } is already an administrator
not-an-admin = { $login } is not an administrator
last-admin = { $login } is the last administrator who can sign in: the space must keep at least one{ $waiting ->
        [0] {""}
        [one] {" "}(the other one listed has not activated their account yet)
       *[other] {" "}(the { $waiting } others listed have not activated their accounts yet)
    }
hint-add-admin-first = Make someone else an administrator first with `urssaf-admin admin add LOGIN`.
admin-added = { $login } is now an administrator.
confirm-admin-remove = Remove { $login } from the administrators?
admin-removed = { $login } is no longer an administrator.

## Clients

client-not-found = no client { $id } in the space
hint-clients-list = Search with `urssaf-admin clients list --search TEXT`.
client-not-yours = permission denied: client { $id } is not in your portfolios
client-exists = company { $id } is already a client, in portfolio { $portfolio }
hint-client-move = A company is in one portfolio at a time: move it with `urssaf-admin clients move '{ $id }' --to N`.
client-already-in = client { $id } is already in portfolio { $portfolio }
client-added = Added { $name } ({ $id }) to portfolio { $portfolio }.
client-moved = Moved client { $id } from portfolio { $from } to portfolio { $to }.
confirm-client-remove = Remove client { $name } ({ $id }) from portfolio { $portfolio }?
client-removed = Removed client { $id } from portfolio { $portfolio }.
cursor-invalid = invalid page cursor: pass the next_cursor of the previous page unchanged
limit-invalid = invalid limit '{ $v }': give a whole number from 1

## Email delivery (R10)

smtp-url-invalid = invalid SMTP server '{ $input }': { $reason }
hint-smtp-url = Like smtp://user@mail.cabinet.fr:587 (STARTTLS), smtps://user@mail.cabinet.fr:465, or smtp+plain://127.0.0.1:25 on this machine; `none` stops delivery.
smtp-reason-host = no host
smtp-reason-password = the password does not go in the URL: it is asked for, or read with --password-stdin
smtp-reason-plain = smtp+plain (no TLS) is for a server on this machine only (127.0.0.1)
smtp-reason-scheme = '{ $scheme }' is not smtp, smtps or smtp+plain
sender-invalid = invalid sender '{ $input }'
hint-sender = Like "Cabinet Dupont <noreply@cabinet.fr>", or an address alone.
smtp-failed = the SMTP server: { $e }
smtp-no-password = no SMTP password for this space
hint-smtp-password = Set it with `urssaf-admin settings set smtp URL` (it goes to the keyring), or in URSSAF_ADMIN_SMTP_PASSWORD.
smtp-no-sender = no sender address for notifications
hint-smtp-sender = Set it with `urssaf-admin settings set smtp-from "Cabinet Dupont <noreply@cabinet.fr>"`.
smtp-not-set = no SMTP server is set for this space
delivered = { COUNT($sent) } sent, { COUNT($failed) } failed (tried again later)
delivery-failed-after-change = notifications were not sent through { $server }: { $e }
hint-notifications-send = They stay queued: `urssaf-admin notifications send` tries again.
delivery-is-the-servers = a server delivers its notifications itself
hint-server-smtp = Set the SMTP server with `settings set smtp`, and its password where the server runs (URSSAF_ADMIN_SMTP_PASSWORD or serve --smtp-password-file).
smtp-set = Notifications are emailed through { $url }.
smtp-unset = Notifications are no longer emailed.
smtp-from-set = Notifications come from { $from }.
smtp-from-unset = No sender is set for notifications.
cannot-read-file = cannot read { $path }: { $e }
password-file-open = { $path } can be read by others
hint-chmod-600 = Run `chmod 600 { $path }`.
mail-log = mail: { COUNT($sent) } sent, { COUNT($failed) } failed
mail-log-error = mail: { $e }
mail-when = When: { $at }
mail-footer = The Urssaf space of { $firm }, by urssaf-admin. You receive this because the change concerns you.
smtp-password-kept = The SMTP password is in the system keyring.
prompt-smtp-password = SMTP password
one-setting-at-a-time = give exactly one setting to change

## Help

no-help-for = no help topic or command '{ $words }'
hint-help-topics = Topics: exit-codes, environment, formatting. Commands: urssaf-admin --help.

## Bulk import

import-run-invalid = a run is named by 8 to 64 letters, digits or dashes
import-run-taken = this run belongs to another administrator or another kind of import
import-client-added = added to portfolio { $portfolio }
import-client-already-in = already in portfolio { $portfolio }
import-client-elsewhere = already a client in portfolio { $portfolio } (--move moves it)
import-client-moved = moved from portfolio { $from }
import-other-siret = this company is already a client with another establishment, SIRET { $held }
import-subscribed = subscribed to portfolio { $portfolio }
import-subscribed-new-account = subscribed to portfolio { $portfolio }; new account
import-subscribed-new-code = subscribed to portfolio { $portfolio }; new activation code (the last one expired)
import-already-subscribed = already subscribed to portfolio { $portfolio }
import-email-differs = { $login } already has an account, with another email ({ $email })
import-duplicate = the same key is already on line { $first } of the file
import-stopped = the server refused the batch from line { $line } on: the rows before it were written, none after
import-interrupted = The run was cut short: { COUNT($written) } { $written ->
        [one] row was
       *[other] rows were
    } written before, in whole batches; none after.
hint-import-rerun = Run the same file again once the server answers: rows already written are skipped, the rest are written.
import-other-email = { $login } has another email on line { $line }
import-duplicate-earlier = the same company is on an earlier line of the file
import-field-count = { $found } { $found ->
        [one] field
       *[other] fields
    } where the header has { $expected } (a value holding the delimiter must be quoted)
import-not-utf8 = not valid UTF-8 text (a Windows-1252 file? add --encoding windows-1252)
import-not-text = not valid { $encoding } text
import-cannot-read = cannot read { $path }: { $e }
hint-import-file = Check the path; `-` reads the file from standard input.
import-empty = the file is empty: it needs a header line
import-missing-column = line 1: the header has no column '{ $column }' (found: { $found })
hint-import-header = The first line names the columns, in any order: { $expected }.
hint-import-encoding = A file saved by Excel as "CSV (séparateur : point-virgule)" is often Windows-1252: add --encoding windows-1252.
cannot-write-report = cannot write the report { $path }: { $e }
report-is-input = the report { $path } is the file being imported
hint-report-elsewhere = Give --report another file name.
import-row-failed = line { $line }, { $column }: { $message }
import-row-failed-no-column = line { $line }: { $message }
import-summary = { COUNT($created) } created, { COUNT($skipped) } skipped, { COUNT($failed) } failed
import-summary-moved = { COUNT($created) } created, { COUNT($moved) } moved, { COUNT($skipped) } skipped, { COUNT($failed) } failed
import-unwritten-summary = { $dry ->
        [yes] Dry run
       *[no] Refused
    }: { COUNT($created) } to create, { COUNT($skipped) } skipped, { COUNT($failed) } failed; nothing was written
import-unwritten-summary-moved = { $dry ->
        [yes] Dry run
       *[no] Refused
    }: { COUNT($created) } to create, { COUNT($moved) } to move, { COUNT($skipped) } skipped, { COUNT($failed) } failed; nothing was written
import-refused = { COUNT($failed) } invalid { $failed ->
        [one] row
       *[other] rows
    }: nothing was written
hint-import-refused = Fix the rows above and run again, or write the valid rows with --skip-invalid.
import-partial = { COUNT($failed) } { $failed ->
        [one] row
       *[other] rows
    } failed; the valid rows were written
hint-import-report = --report FILE lists every row with what became of it.
import-codes-kept = { COUNT($n) } activation { $n ->
        [one] code
       *[other] codes
    } in { $path } (readable by you alone); each newcomer's welcome message carries a code of its own (`urssaf-admin notifications list` says whether it went out).
import-codes-sent = { COUNT($n) } new { $n ->
        [one] account
       *[other] accounts
    }: each newcomer's activation code is in their welcome message (`urssaf-admin notifications list` says whether it went out; --report FILE keeps a copy).

## Settings

third-party-label = Registration of your SIREN by a tiers déclarant is allowed
language-label = Language of notifications
on = on
off = off
setting-set = { $label }: { $value }.
language-name = { $lang ->
        [fr] French
       *[en] English
    }

## Auth status

token-in-keyring = keyring (service urssaf-admin, account { $profile })
token-in-environment = environment (URSSAF_ADMIN_TOKEN)
token-in-file = file { $path }
status-line = Signed in as { $login }.
status-line-admin = Signed in as { $login } (administrator).

## Table headers and values

header-number = Number
header-tiers-declarant = Tiers déclarant
header-created = Created
header-clients = Clients
header-subscribers = Subscribers
header-login = Login
header-name = Name
header-email = Email
header-portfolio = Portfolio
header-status = Status
header-since = Since
header-admin = Admin
header-siren = SIREN
header-siret = SIRET
header-at = When
header-actor = Who
header-action = What
header-target = On
header-detail = Detail
header-recipient = To
header-subject = Subject
header-last-error = Last error
header-field = Field
header-value = Value
header-id = Id
header-vat = VAT
header-profile = Profile
header-space = Space
header-credential = Credential
header-third-party-registration = Registration by a tiers déclarant
header-smtp = SMTP server
header-smtp-from = Notifications from
header-language = Notification language
header-attempts = Attempts
header-last-used = Last used
header-expires = Expires
header-source = From
header-current = This one
header-digest = Notification digest
digest-minutes = { $minutes ->
        [0] at once
       *[other] every { $minutes } min
    }
audit-action = { $code ->
        [space-init] space created
        [user-create] account created
        [user-activate] account activated
        [user-reinvite] activation code renewed
        [session-login] signed in
        [session-logout] signed out
        [session-locked] login locked
        [portfolio-create] portfolio created
        [subscription-add] subscription added
        [subscription-modify] subscription modified
        [subscription-remove] subscription withdrawn
        [admin-add] administrator added
        [admin-remove] administrator removed
        [client-add] client added
        [client-move] client moved
        [client-remove] client removed
        [user-disable] account disabled
        [user-enable] account enabled
        [client-rename] client renamed from the register
        [settings-set] setting changed
        [clients-import] clients imported
        [subscribers-import] subscribers imported
        [user-export] personal data exported
        [user-erase] account erased
        [audit-purge] audit purged
       *[other] { $code }
    }
audit-target = { $kind ->
        [user] user { $id }
        [portfolio] portfolio { $id }
        [client] client { $id }
        [space] space { $id }
        [run] run { $id }
       *[other] { $id }
    }
audit-portfolio = portfolio
yes = yes
no = no
status-active = active
status-pending = pending
status-suspended = suspended
status-disabled = disabled
status-sent = sent
status-failed = failed

## Notifications (R10), in the space's language

notice-portfolio-created-subject = Portfolio { $number } created
notice-portfolio-created-body = { $actor } created portfolio { $number } for { $firm } on { $at }.
notice-subscribed-subject = Access to portfolio { $portfolio }
notice-subscribed-body = { $actor } gave you access to portfolio { $portfolio } of the space.
notice-account-created = An account was created for you, login { $login }. Choose your password with:
notice-account-code = and type this code when asked: { $code }
notice-account-expires = It works once, until { $expires }.
notice-account-code-by-email = Your activation code is in the email sent to you, and only there.
notice-account-already-active = This account is already activated: sign in with `urssaf-admin login`.
notice-merged-subject = { COUNT($count) } { $count ->
        [one] change
       *[other] changes
    } in the space
notice-merged-intro = { COUNT($count) } { $count ->
        [one] change concerns
       *[other] changes concern
    } you:
notice-merged-more = and { COUNT($count) } more { $count ->
        [one] change
       *[other] changes
    }.
notice-subscription-changed-subject = Subscription of { $login } to portfolio { $portfolio }: { $what }
notice-subscription-changed-body = { $actor } changed the subscription of { $login } to portfolio { $portfolio }: { $what }.
change-added = added
change-withdrawn = withdrawn
change-suspended = suspended
change-resumed = resumed
change-name = new name: { $value }
change-email = new email: { $value }
notice-activated-subject = { $login } activated their account
notice-activated-body = { $login } chose a password and can now sign in.
notice-admin-added = made { $login } an administrator
notice-admin-removed = removed { $login } from the administrators
notice-admin-subject = Administrators: { $actor } { $what }
notice-admin-body = { $actor } { $what }.
notice-user-disabled = disabled the account of { $login } (signed out, subscriptions suspended)
notice-user-enabled = enabled the account of { $login } again
notice-client-added = added { $name } ({ $id }) to portfolio { $portfolio }
notice-client-moved-out = moved { $name } ({ $id }) out of portfolio { $portfolio }
notice-client-moved-in = moved { $name } ({ $id }) into portfolio { $portfolio }
notice-client-removed = removed { $name } ({ $id }) from portfolio { $portfolio }
notice-client-renamed = renamed { $from } ({ $id }), in portfolio { $portfolio }, to { $name }, the name the company register gives
notice-client-subject = Clients: { $what }
notice-client-added-subject = added { $name } ({ $id }) to portfolio { $portfolio }
notice-client-moved-out-subject = moved { $name } ({ $id }) out of portfolio { $portfolio }
notice-client-moved-in-subject = moved { $name } ({ $id }) into portfolio { $portfolio }
notice-client-removed-subject = removed { $name } ({ $id }) from portfolio { $portfolio }
notice-client-renamed-subject = { $name } ({ $id }) renamed in portfolio { $portfolio }
notice-client-body = { $actor } { $what }.
notice-setting-subject = Setting changed: { $setting }
notice-setting-body = { $actor } changed a setting of the space. { $setting }
notice-import-access = access to portfolio { $list }
notice-import-welcome = { $actor } gave you access to portfolio { $list } of the space.
notice-import-portfolio = portfolio { $portfolio }
notice-import-counts = Portfolio { $portfolio }, by { $actor }: { $counts }.
notice-import-added = { COUNT($n) } { $n ->
        [one] client added
       *[other] clients added
    }
notice-import-moved-in = { COUNT($n) } { $n ->
        [one] client moved in
       *[other] clients moved in
    }
notice-import-moved-out = { COUNT($n) } { $n ->
        [one] client moved out
       *[other] clients moved out
    }
notice-import-subscribed = { COUNT($n) } { $n ->
        [one] collaborator subscribed
       *[other] collaborators subscribed
    }
notice-import-verb-added = added
notice-import-verb-moved-in = moved in
notice-import-verb-moved-out = moved out
notice-import-verb-subscribed = subscribed
notice-import-more = and { COUNT($n) } more
notice-import-started = (bulk import started { $at })
notice-import-subject = Bulk import by { $actor }: { $subjects }

## Server

batch-too-large = an import request carries at most { $max } rows
no-such-route = no such route
internal-error = internal error
plain-http-refused = refusing to serve plain HTTP on { $addr }, which is not a loopback address
hint-tls = Pass --tls-cert and --tls-key, or --insecure-plain-http if a proxy in front does TLS.
plain-http-warning = WARNING: serving PLAIN HTTP on { $addr }: passwords and tokens cross the network unencrypted
cannot-listen = cannot listen on { $addr }: { $e }
serving = Serving the space { $db } at { $url }
server-stopped = Server stopped.
tls-files-invalid = cannot use the TLS certificate { $cert } and key { $key }: { $e }

## Remote

ca-cert-unreadable = cannot use the CA certificate { $path }: { $e }
http-client-failed = cannot set up HTTPS: { $e }
bad-server-answer = the server at { $url } gave an answer this version does not understand: { $e }
server-unreachable = cannot reach the server at { $url }: { $cause }
server-no-answer = no answer from the server at { $url } within { $seconds } s
offline-fallback = The server did not answer: this is what it last said.
server-status = the server at { $url } answered with HTTP status { $status }, not as urssaf-admin does
request-refused = { $status ->
        [413] the server refused the request (HTTP 413): it is too large
        [503] the server did not finish the request in time (HTTP 503); it may still have been carried out
       *[other] the server refused the request (HTTP { $status }): the address, the query or the body is malformed
    }
hint-server-down = Check that `urssaf-admin serve` runs there and the address is right; only `clients list` and `portfolio list` can answer from what was last fetched (--offline), changes need the server.
api-url-invalid = invalid server address '{ $url }'
hint-api-url = Give a full address such as https://urssaf-admin.cabinet.fr or http://127.0.0.1:8080.
db-and-api-url = both URSSAF_ADMIN_DB and URSSAF_ADMIN_API_URL are set: which space is meant?
hint-db-and-api-url = Unset one of them, or pass --db or --api-url.
plain-http-to-remote = refusing to send a password or token in clear to { $url }
hint-use-https = Use https:// (plain http:// is for a server on this machine only).
init-is-local = init creates a space in a local database, not on a server
hint-init-on-server = Run `urssaf-admin init --db PATH` on the server's machine, then `urssaf-admin serve --db PATH`.
offline-needs-remote = --offline reads the cache of a server's space; this profile uses a local database
hint-offline = A local space needs no cache: run the command without --offline.
offline-age = offline: as fetched from the server at { $at } ({ $minutes } min ago)
offline-empty = offline: nothing cached yet for this profile

## The company register (API Recherche d'entreprises)

register-unchecked = the company register could not be asked, so the name you gave is not checked: { $reason }
register-not-found = the company register has no company { $siren } (unknown, or not published)
register-duplicate = SIREN { $siren } is a duplicate in the company register: the company's SIREN is { $kept }
register-ceased = company { $siren } ceased trading on { $closed }, says the company register
register-other-name = the company register calls this company { $name }; the name you gave is kept
register-no-name = the company register does not publish the name of company { $siren }
register-unreachable = the company register at { $url } did not answer: { $reason }
register-url-invalid = URSSAF_ADMIN_REGISTER_URL is not an http:// or https:// address: { $url }
hint-register-url = Set URSSAF_ADMIN_REGISTER_URL to the register's address or a mirror's (by default https://recherche-entreprises.api.gouv.fr), or unset it.
hint-register-down = Try again later; `clients add` with --name goes on without the register.
hint-register-name = Give the raison sociale yourself with --name.
hint-allow-ceased = Check with the client first; add it anyway with --allow-ceased.
hint-register-duplicate = Use SIREN { $siren } instead.
client-name-from-register = Name from the company register: { $name }.
register-eta = Asking the company register about { $count } companies: about { $time } at { $rate } a second.
register-interrupted = stopped after { $done } of { $total } companies; the answers already given are kept: run the command again to go on
register-summary = { $checked } clients checked: { $ok } ok, { $attention } to look at ({ $asked } asked of the register, { $known } already known).
register-findings = { $count } clients need a look (findings other than ok)
hint-register-findings = Look at each finding; `clients verify --fix-names` takes the register's names for the renamed ones.
register-renamed = Renamed { $count } clients after the company register.
register-progress = register
register-max-age-set = Answers of the company register are kept { $days } days.
value-register-max-age = a number of days, from 0 (always ask) to 365
value-audit-date = a date such as 2026-01-15 or 15/01/2026, or a time such as 2026-01-15T08:00:00Z
value-audit-target = a SIREN or SIRET, `portfolio N`, or a login
audit-time-invalid = not a time: { $t }
value-idle-days = a number of days, from 1 to 3650
header-finding = Finding
header-register-name = Name in the register
header-closed = Closed
header-checked = Checked
header-state = State
header-head-office = Head office
header-address = Address
header-duplicate-of = SIREN to use
header-register-max-age = Register answers kept
header-role = Role
header-portfolios = Portfolios
header-findings = Findings
header-account = Account
header-subscription = Subscription
header-sees = Sees it
header-last-sign-in = Last sign-in
role-administrator = administrator
role-subscriber = subscriber
never = never
header-from = From
header-to = To
header-given = Given
header-withdrawn = Withdrawn
register-max-age-days = { $days } days

## Errors

error-prefix = error
hint-prefix = hint
warning-prefix = warning
# A label and its text, as in "error: ..." or "When: ...".
labelled = { $label }: { $text }
internal-bug = internal error in urssaf-admin: { $info }
hint-bug = this is a bug; please report it with the command you ran.

## Personal data and retention

audit-retention-set = The audit is kept { $months } months.
notification-retention-set = The bodies of sent notifications are kept { $days } days.
value-audit-retention = a number of months, from 1 to 120
value-notification-retention = a number of days, from 1 to 3650
header-audit-retention = Audit kept
header-notification-retention = Message bodies kept
retention-months = { $months } months
export-not-yours = only an administrator may export the personal data of { $login }
hint-export-own = Export your own with `urssaf-admin user export` and your login.
erase-active = the account of { $login } is { $status ->
        [pending] waiting for activation
       *[active] active
    }: disable it before erasing it
hint-disable-first = Run `urssaf-admin user disable` first; erasing cannot be undone.
erase-erased = the account { $login } is erased already
confirm-user-erase = Erase { $login } for good: name, email and login replaced by { $pseudonym } everywhere, messages to them emptied? This cannot be undone.
user-erased = Erased { $login }: now { $pseudonym } in the account, { $entries } audit entries and { $messages } messages; { $subscriptions } subscriptions withdrawn.
user-would-erase = Would erase { $login } as { $pseudonym } ({ $entries } audit entries, { $messages } messages, { $subscriptions } subscriptions); nothing was changed.
notice-user-exported = exported the personal data of { $login }
notice-user-erased = erased the account of a person who left (now { $pseudonym })
confirm-audit-purge = Remove { $entries } audit entries older than { $before } and { $bodies } message bodies?
audit-purged = Removed { $entries } audit entries older than { $before } and { $bodies } message bodies.
audit-would-purge = Would remove { $entries } audit entries older than { $before } and { $bodies } message bodies; nothing was changed.
purge-log = retention applied: { $entries } audit entries and { $bodies } message bodies removed
purge-log-error = retention not applied: { $reason }
user-exported = Wrote the personal data of { $login } to { $path } (readable by you alone).
rebuild-failed = the change is made, but the database file could not be rewritten to clear what it removed from its free space: { $reason }
hint-rebuild = Run `urssaf-admin audit purge --yes` when the space is quieter: it rewrites the file too.

## Mandates (lettres de mission) and the portal

header-require-mandate = Signed mandate required
header-mandate = Mandate
header-signed = Signed
header-reference = Reference
header-until = Until
header-renews = Renews
header-next-date = Ends or renews
mandate-state = { $state ->
        [valid] valid
        [expiring] expiring
        [expired] expired
       *[missing] missing
    }
renews-yearly = yearly
value-mandate-date = a date such as 15/01/2026 or 2026-01-15
value-expiring-days = a number of days, from 1 to 3650
mandate-signed-future = the mandate cannot be signed in the future ({ $date })
mandate-ends-before = the mandate cannot end ({ $until }) before it was signed ({ $signed })
mandate-until-or-renews = a mandate ends on a day (--until) or renews yearly (--renews), not both
mandate-reference-invalid = a reference is at most { $max } printable characters
mandate-not-found = no mandate is recorded for { $id }
mandate-required = the space requires a signed mandate for each client: none given for { $id }
hint-mandate-signed = Give the day the lettre de mission was signed with --mandate-signed (a column mandate_signed in a file), or turn the rule off with `urssaf-admin settings set require-mandate off`.
mandate-set = Recorded the mandate of { $id }: { $state }.
mandate-cleared = Cleared the mandate of { $id }.
confirm-mandate-clear = Clear the lettre de mission recorded for { $id }?
notice-client-mandate-set-subject = Lettre de mission of { $name } ({ $id }) recorded
notice-client-mandate-set = recorded the lettre de mission of { $name } ({ $id }), in portfolio { $portfolio }: { $terms }
notice-client-mandate-cleared-subject = Lettre de mission of { $name } ({ $id }) cleared
notice-client-mandate-cleared = cleared the lettre de mission of { $name } ({ $id }), in portfolio { $portfolio }
sync-name-needed = no name for this new client: add a name column, or let the company register give it
sync-file-line = line { $line }: { $id }: { $message }
export-problem = { $id } ({ $name }): kept by its SIREN alone, and its head office is not known: not in the file
hint-export-problem = Learn the head office with `urssaf-admin clients lookup SIREN` (or `clients verify`), then export again.
export-partial = { $count } clients could not be written to the file (listed above)
export-written = Wrote { $lines } lines to { $path } (portfolio { $n }). Open it in a text editor, not Excel: saved again from Excel, a SIRET loses its leading zeros.
sync-add = + add      { $id }  { $name }
sync-move-in = > move in  { $id }  { $name } (from portfolio { $from })
sync-remove = - remove   { $id }  { $name }
sync-unchanged = { $count } unchanged
sync-nothing = Nothing to change: portfolio { $n } already holds what the file declares.
sync-refused = { $count } rows of the file cannot be taken: nothing was changed
hint-sync-refused = Correct those lines and run the command again.
confirm-sync = Apply these { $count } changes to portfolio { $n }?
sync-applied = Applied { $count } changes to portfolio { $n }.
sync-would = Would apply { $count } changes to portfolio { $n }; nothing was changed.
sync-bad-line = neither SIRET;1 nor SIRET;0
sync-no-column = the file has neither a siren nor a siret column (columns: { $found })
