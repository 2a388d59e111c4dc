### Help of the commands and arguments (clap), help topics and man pages, in English.
###
### cmd-PATH: a command (PATH is the command's words joined by "-", cmd-root the
### program itself), with .long (long about), .after and .after-long (text after the
### help). arg-PATH-ID: an argument of a command; arg-ID: an argument shared by several
### commands with the same words; arg-global-ID: a global argument. .value-NAME: the
### help of one possible value. The English texts are the doc comments of src/cli/ (a
### test keeps them equal); command and flag names are never translated.

## urssaf-admin

cmd-root = Manage an accounting firm's Urssaf space: portfolios, subscribers and clients
    .long = Manage an accounting firm's Urssaf space from a terminal or a script: create client portfolios, grant collaborators access to them, and manage the client companies of every portfolio.
    .after = Start with `urssaf-admin init` (a new space) or `urssaf-admin login`.
arg-global-profile = Profile: which sign-in and which space to use
arg-global-db = The space's database file (env: URSSAF_ADMIN_DB) [default: the profile's, else $XDG_DATA_HOME/urssaf-admin/space.db]
arg-global-api-url = A server's space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)
arg-global-ca-cert = Trust this CA certificate (PEM) for the server's HTTPS
arg-global-output = Output format
    .value-table = A table on a terminal; tab-separated rows with a header line in a pipe
    .value-json = JSON: an array for lists, an object for one record
    .value-csv = CSV with a header line
arg-global-no-input = Never prompt; fail instead when an answer is needed
arg-global-no-color = No colour (also when NO_COLOR is set)
arg-global-quiet = Print only data and errors
arg-global-lang = Language of messages, prompts and help (env: URSSAF_ADMIN_LANG) [default: from LC_ALL, LC_MESSAGES or LANG: French for fr*, else English]

## urssaf-admin init

cmd-init = Create the firm's space and its first administrator
arg-init-siren = The firm's SIREN (9 digits; spaces allowed)
arg-init-name = The firm's raison sociale, set as tiers déclarant on every portfolio
arg-init-admin = Login of the first administrator
arg-init-email = Email address of the first administrator
arg-init-full-name = Full name of the first administrator
arg-init-password-stdin = Read the administrator's password from standard input instead of asking

## urssaf-admin login

cmd-login = Sign in; the session token goes to the system keyring
arg-login-user = Your login [default: the profile's last login]
arg-login-password-stdin = Read the password from standard input instead of asking
arg-login-insecure-storage = Keep the session token in a file readable by you alone instead of the system keyring

## urssaf-admin logout

cmd-logout = Sign out and forget the stored token
arg-logout-all = End every one of your sessions, on every machine
arg-logout-session = End this one of your sessions (its number in `auth status --sessions`)
arg-logout-user = End every session of this person (administrators only); yours stays open

## urssaf-admin auth

cmd-auth = Sign-in status and token

## urssaf-admin auth status

cmd-auth-status = Who is signed in, to which space, and where the token is kept (exit 4 if nobody)
arg-auth-status-sessions = List your open sessions instead: when each was opened and last used, and from where

## urssaf-admin auth token

cmd-auth-token = Print the session token, for URSSAF_ADMIN_TOKEN in CI

## urssaf-admin activate

cmd-activate = Choose a password for a new account, with the code an administrator sent
arg-activate-user = Your login, as given by the administrator
arg-activate-code = The activation code from your email [default: asked without echo]. On the command line it is seen by other users in `ps` and kept in the shell's history: prefer the prompt, or --code-stdin
arg-activate-code-stdin = Read the activation code from the first line of standard input (with --password-stdin, the password is the second line)
arg-activate-password-stdin = Read the new password from standard input instead of asking

## urssaf-admin portfolio

cmd-portfolio = Client portfolios (portefeuilles)

## urssaf-admin portfolio create

cmd-portfolio-create = Create a new portfolio with the firm as tiers déclarant (asks first)
arg-yes = Answer yes to the confirmation (for scripts)
arg-dry-run = Check everything and show what would happen; change nothing

## urssaf-admin portfolio list

cmd-portfolio-list = The portfolios you can see: all for administrators, yours for subscribers
arg-offline = Answer from what was last fetched from the server, without asking it

## urssaf-admin portfolio show

cmd-portfolio-show = One portfolio
arg-portfolio-show-number = The portfolio's number

## urssaf-admin portfolio export

cmd-portfolio-export = The portfolio's establishments file for net-entreprises: one `SIRET;1` line per establishment (a client known by its SIREN goes out as its head office), `;`-separated, nothing else
    .after-long =
        The file is named portefeuille-N-etablissements.csv, each SIRET its 14 plain digits,
        CRLF line ends. Open it in a text editor, not Excel: saved again from Excel, a SIRET
        loses its leading zeros or turns into an exponent.

        A client recorded by its SIREN alone goes out as its head-office SIRET when the space
        knows it (`clients lookup` or `clients verify` ask the register); otherwise it is
        listed as an error and the run exits 9, the file holding the others.

        Examples:
          urssaf-admin portfolio export 3 --out .
          urssaf-admin portfolio export 3 --removed-since 01/01/2026 --out -
arg-portfolio-export-number = The portfolio's number
arg-portfolio-export-format = The portal's file format
arg-portfolio-export-out = Write to this file, or into this folder under its own name; `-` for standard output (default: the current folder); an existing file is never replaced
arg-portfolio-export-removed-since = Add a `SIRET;0` line for each client that left the portfolio since this day (15/01/2026 or 2026-01-15)

## urssaf-admin portfolio sync

cmd-portfolio-sync = Declare a portfolio's clients by a file: shows the plan (to add, to move in, to remove, unchanged), asks, then applies it in one transaction
    .after-long =
        The file: a CSV with a `siren` or `siret` column and an optional `name` column, or the
        portal's own `SIRET;1` / `SIRET;0` lines. It is read as `clients import` reads (UTF-8
        or --encoding windows-1252, `,` or `;`); a bad line is reported with its number and
        nothing is written.

        A client of another portfolio is moved in (the plan names where from). A client the
        file does not name is removed only with --prune; a `0` line removes it always. A
        second run of the same file changes nothing and exits 0.

        Examples:
          urssaf-admin portfolio sync 3 portefeuille-3.csv --dry-run
          urssaf-admin portfolio sync 3 portefeuille-3.csv --prune --yes
arg-portfolio-sync-number = The portfolio's number
arg-portfolio-sync-prune = Also remove the portfolio's clients the file does not name

## urssaf-admin subscriber

cmd-subscriber = Collaborators' subscriptions to portfolios (abonnés)

## urssaf-admin subscriber add

cmd-subscriber-add = Grant a collaborator access to a portfolio, creating their account if needed
arg-subscriber-add-portfolio = The portfolio to grant access to
arg-subscriber-add-login = The collaborator's login
arg-subscriber-add-email = Email address (needed when the collaborator has no account yet)
arg-subscriber-add-name = Full name (for a new account)

## urssaf-admin subscriber list

cmd-subscriber-list = Subscriptions: all for administrators, your own for subscribers
arg-subscriber-list-portfolio = Only this portfolio's subscribers

## urssaf-admin subscriber modify

cmd-subscriber-modify = Change a subscriber's name or email, or suspend or resume a subscription
arg-subscriber-modify-portfolio = The portfolio of the subscription
arg-subscriber-modify-login = The subscriber's login
arg-subscriber-modify-name = New full name
arg-subscriber-modify-email = New email address
arg-subscriber-modify-suspend = Withhold access to the portfolio without withdrawing the subscription
arg-subscriber-modify-resume = Restore a suspended subscription

## urssaf-admin subscriber import

cmd-subscriber-import = Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio
    .after-long =
        The file: a header line naming the columns (any order; other columns are ignored), then
        one subscription per line. A collaborator without an account gets one, with an
        activation code (the email column is then needed); the codes are in the --report file,
        created with mode 0600. Delimiter `,` or `;` (detected), UTF-8 with or without BOM (or
        --encoding windows-1252), CRLF line ends and quoted fields are fine.

        Every row is checked before anything is written: one bad row and nothing is written
        (exit 8), unless --skip-invalid writes the valid ones (exit 9 when any failed). A
        subscription that already holds is skipped, so running a file twice is safe.

        Examples:
          urssaf-admin subscriber import team.csv --dry-run
          urssaf-admin subscriber import team.csv --report codes.csv
arg-file = The CSV file, or - for standard input
arg-skip-invalid = Write the valid rows even when others fail (the run then exits 9)
arg-report = Write what became of each row to this CSV file (readable by you alone: a subscriber import's report holds activation codes)
arg-encoding = The file's character set
    .value-utf-8 = UTF-8, with or without a byte order mark
    .value-windows-1252 = What Excel writes for "CSV (séparateur : point-virgule)" on a French Windows

## urssaf-admin subscriber remove

cmd-subscriber-reinvite = A new activation code for a collaborator who has not activated their account yet; their earlier codes die at once
arg-subscriber-reinvite-login = The collaborator's login
cmd-subscriber-remove = Withdraw a collaborator's access to a portfolio (asks first)
arg-subscriber-remove-portfolio = The portfolio to withdraw access to
arg-subscriber-remove-login = The subscriber's login

## urssaf-admin subscriber transfer

cmd-subscriber-transfer = Give a collaborator's subscriptions (all, or the portfolios named) to another, in one transaction, and withdraw them from the first (asks first; --keep leaves them)
    .after-long =
        Typical, when someone leaves:
          urssaf-admin subscriber transfer --from bob --to carol
          urssaf-admin user disable bob
arg-subscriber-transfer-from = The collaborator whose portfolios are handed over
arg-subscriber-transfer-to = The collaborator who takes them
arg-subscriber-transfer-portfolio = Only this portfolio (repeat for several)
arg-subscriber-transfer-keep = Leave the first collaborator subscribed too

## urssaf-admin subscriber copy

cmd-subscriber-copy = Subscribe a collaborator to the same portfolios as a colleague (a newcomer, say)
arg-subscriber-copy-from = The colleague whose portfolios are copied
arg-subscriber-copy-to = The collaborator who gets them

## urssaf-admin admin

cmd-admin = Administrators of the space

## urssaf-admin admin list

cmd-admin-list = The administrators of the space

## urssaf-admin admin add

cmd-admin-add = Make an existing user an administrator
arg-admin-add-login = Login of the user to make an administrator

## urssaf-admin admin remove

cmd-admin-remove = Remove a user from the administrators (asks first; never the last one)
arg-admin-remove-login = Login of the administrator to remove

## urssaf-admin user

cmd-user = Accounts: a collaborator who leaves, or comes back

## urssaf-admin user disable

cmd-user-disable = Disable an account (asks first): signed out at once everywhere, no more sign-in, subscriptions suspended, nothing deleted; never the last administrator
arg-user-disable-login = Login of the person who leaves

## urssaf-admin user enable

cmd-user-enable = Enable a disabled account again, with the subscriptions the disabling suspended
arg-user-enable-login = Login of the person who comes back


## urssaf-admin user export

cmd-user-export = Everything the space holds about one person, as one JSON document: account, subscriptions, sessions, sign-in failures, audit entries, messages (a right-of-access request, RGPD article 15). Your own, or anyone's for an administrator
arg-user-export-login = Login of the person
arg-user-export-out = Write it to this new file, readable by you alone, rather than to standard output

## urssaf-admin user erase

cmd-user-erase = Forget a person who left and asks for it (RGPD article 17; asks first, cannot be undone): their login becomes a pseudonym in the account, the audit and the outbox, their name and email go, messages to them lose their bodies. Only a disabled account
arg-user-erase-login = Login of the disabled account

## urssaf-admin access

cmd-access = Who can see what, and why: for a client, for a person

## urssaf-admin access client

cmd-access-client = Who can see this client, and why: the administrators, and the subscribers of its portfolio, each with their status
arg-access-client-id = SIREN or SIRET (spaces allowed)

## urssaf-admin access user

cmd-access-user = What this person can see: portfolios, client counts, role, last sign-in
arg-access-user-login = The person's login

## urssaf-admin access review

cmd-access-review = The yearly access review in one table (-o csv for the auditor): every person, role, portfolios, last sign-in, and the findings never-signed-in, idle, invitation-expired, disabled-but-subscribed, administrator
arg-access-review-idle = Idle after this many days without a sign-in

## urssaf-admin access matrix

cmd-access-matrix = People by portfolios, the role in each cell (administrator, subscriber, suspended), for a spreadsheet: -o csv

## urssaf-admin clients

cmd-clients = Client companies of the portfolios

## urssaf-admin clients list

cmd-clients-list = Clients of the portfolios you can see
arg-clients-list-portfolio = Only this portfolio's clients
arg-clients-list-search = Part of a name, or the first digits of a SIREN/SIRET
arg-clients-list-limit = At most this many clients
arg-clients-list-register = Show what the company register last said of each client (asks it nothing)
arg-clients-list-mandate = Show each client's lettre de mission and its state today (valid, expiring within 30 days, expired, missing)

## urssaf-admin clients add

cmd-clients-add = Add a company (SIREN) or one establishment (SIRET) to a portfolio
arg-clients-add-id = SIREN (9 digits) or SIRET (14 digits); spaces and dots between groups are fine
arg-clients-add-name = The company's raison sociale (default: the company register's, see `clients lookup`)
arg-clients-add-allow-ceased = Add it even if the company register says it ceased trading
arg-clients-add-mandate-signed = The day its lettre de mission was signed (15/01/2026 or 2026-01-15), recorded with it
arg-clients-add-mandate-ref = The reference of that lettre de mission
arg-clients-add-portfolio = The portfolio to add it to

## urssaf-admin clients move

cmd-clients-move = Move a client to another portfolio
arg-clients-move-id = SIREN or SIRET (spaces allowed)
arg-clients-move-to = The portfolio to move it to

## urssaf-admin clients import

cmd-clients-import = Add clients in bulk from a CSV file with the columns siren,name,portfolio
    .after-long =
        The file: a header line naming the columns (any order; other columns are ignored), then
        one company per line. The siren column also takes a SIRET; a siret column, as written by
        `clients list -o csv`, is used when filled. Delimiter `,` or `;` (detected), UTF-8 with
        or without BOM (or --encoding windows-1252), CRLF line ends and quoted fields are fine.

        Every row is checked before anything is written: one bad row and nothing is written
        (exit 8), unless --skip-invalid writes the valid ones (exit 9 when any failed). A
        company already in the same portfolio is skipped, so running a file twice is safe.

        Examples:
          urssaf-admin clients list -o csv > clients.csv
          urssaf-admin clients import clients.csv --dry-run
          urssaf-admin clients import clients.csv --report report.csv
arg-clients-import-move-clients = Move a company found in another portfolio instead of failing its row
arg-clients-import-allow-ceased = Take a row the company register says ceased trading, instead of failing it

## urssaf-admin clients lookup

cmd-clients-lookup = What the company register (API Recherche d'entreprises) says of a company: name, state, closing date, head office
arg-clients-lookup-id = SIREN or SIRET (spaces allowed); only these digits are sent to the register
arg-clients-lookup-refresh = Ask the register even if the space's answer is recent

## urssaf-admin clients verify

cmd-clients-verify = Check every client you can see against the company register: ok, ceased, renamed, not-found, not-public or duplicate
    .after-long =
        The register is asked only about clients whose last answer is older than the space's
        setting register-max-age (7 days by default), at most 7 requests a second; each
        answer is kept as it comes, so an interrupted run goes on where it stopped. Exit
        status 11 when any client has a finding other than ok (for a monthly cron job).

        Examples:
          urssaf-admin clients verify -o csv > findings.csv
          urssaf-admin clients verify --portfolio 3 --fix-names
arg-clients-verify-portfolio = Only this portfolio's clients
arg-clients-verify-refresh = Ask the register about every client, however recent its answer
arg-clients-verify-fix-names = Give the renamed clients the register's name (administrators; audited and notified)

## urssaf-admin clients remove

cmd-clients-remove = Remove a client from its portfolio (asks first)
arg-clients-remove-id = SIREN or SIRET (spaces allowed)


## urssaf-admin clients mandate

cmd-clients-mandate = The lettre de mission of each client: the written engagement a firm needs to act for it (article 151 of décret 2012-432)

## urssaf-admin clients mandate set

cmd-clients-mandate-set = Record a client's lettre de mission: when it was signed, its reference, and when it ends or renews (administrators; audited and notified)
arg-clients-mandate-set-id = SIREN or SIRET (spaces allowed)
arg-clients-mandate-set-signed = The day it was signed (15/01/2026 or 2026-01-15)
arg-clients-mandate-set-reference = Its reference
arg-clients-mandate-set-until = The last day it covers
arg-clients-mandate-set-renews = Renewed tacitly every year on the anniversary of its signature

## urssaf-admin clients mandate show

cmd-clients-mandate-show = A client's lettre de mission and its state today
arg-clients-mandate-show-id = SIREN or SIRET (spaces allowed)

## urssaf-admin clients mandate clear

cmd-clients-mandate-clear = Clear a client's lettre de mission (asks first)
arg-clients-mandate-clear-id = SIREN or SIRET (spaces allowed)

## urssaf-admin clients mandate list

cmd-clients-mandate-list = The lettres de mission of the clients you can see, with their state: valid, expiring, expired or missing
arg-clients-mandate-list-missing = Only the clients with none recorded
arg-clients-mandate-list-expiring = Only those that end or renew within this many days, or have ended
arg-clients-mandate-list-portfolio = Only this portfolio's clients

## urssaf-admin settings

cmd-settings = Settings of the space

## urssaf-admin settings show

cmd-settings-show = The space: firm, SIREN, and its settings

## urssaf-admin settings set

cmd-settings-set = Change a setting

## urssaf-admin settings set third party registration

cmd-settings-set-third-party-registration = "Registration of your SIREN by a tiers déclarant is allowed"
arg-settings-set-third-party-registration-value = on to allow it, off to refuse it

## urssaf-admin settings set smtp

cmd-settings-set-smtp = The SMTP server notifications are emailed through: smtp://user@host:587 (STARTTLS), smtps://user@host:465, smtp+plain://127.0.0.1:25 (this machine only), or `none`. The password is asked for (or read with --password-stdin) and kept in the system keyring, never in the space
arg-settings-set-smtp-url = The server's URL, or `none` to stop emailing
arg-settings-set-smtp-password-stdin = Read the SMTP password from standard input

## urssaf-admin settings set smtp from

cmd-settings-set-smtp-from = The sender of notifications: "Cabinet Dupont <noreply@cabinet.fr>", an address alone (the firm's name is then shown), or `none`
arg-settings-set-smtp-from-sender = The sender, or `none` for the default one

## urssaf-admin settings set language

cmd-settings-set-language = The language notifications are written in, whoever makes the change: fr or en. A new space takes the language of the administrator who created it
arg-settings-set-language-value = The language of notifications

## urssaf-admin settings set notification-digest

cmd-settings-set-notification-digest = How long a notification waits for more changes to the same person before it is sent, so that a busy day makes one email rather than many: minutes (at most 1440), or `off` to send at once
arg-settings-set-notification-digest-minutes = Minutes, or off

## urssaf-admin settings set register-max-age

cmd-settings-set-register-max-age = How many days an answer of the company register is kept before `clients verify` asks again (0 to 365; 7 by default)
arg-settings-set-register-max-age-days = Days



## urssaf-admin settings set require-mandate

cmd-settings-set-require-mandate = Refuse a new client (`clients add`, `clients import`) without the day its lettre de mission was signed: on or off (off by default)
arg-settings-set-require-mandate-value = on or off

## urssaf-admin settings set audit-retention

cmd-settings-set-audit-retention = How many months the audit is kept before `audit purge` (and `serve`, daily) removes older entries: 1 to 120; 12 by default, the CNIL's guidance on logs being six months to a year
arg-settings-set-audit-retention-months = Months

## urssaf-admin settings set notification-retention

cmd-settings-set-notification-retention = How many days the body of a sent notification is kept (1 to 3650; 30 by default); its record (to whom, when, the subject) stays as long as the audit
arg-settings-set-notification-retention-days = Days

## urssaf-admin audit

cmd-audit = The record of every change

## urssaf-admin audit list

cmd-audit-list = The latest changes, newest first (administrators only)
arg-audit-list-limit = At most this many entries
arg-audit-list-since = From this day on (2026-01-15 or 15/01/2026, local time), or from an RFC 3339 time
arg-audit-list-until = Up to the end of this day, or before an RFC 3339 time
arg-audit-list-actor = Only what this login did
arg-audit-list-target = Only entries about this client (SIREN or SIRET), portfolio (`portfolio N`) or person (their login, with the subscription changes that name them)


## urssaf-admin audit purge

cmd-audit-purge = Apply the space's retention now (asks first): audit entries older than `audit-retention` and bodies of messages older than `notification-retention` are removed for good; `serve` does it daily

## urssaf-admin notifications

cmd-notifications = Email notifications queued for the people concerned by each change

## urssaf-admin notifications list

cmd-notifications-list = Queued notifications, newest first: all for administrators, yours for others
arg-notifications-list-limit = At most this many notifications

## urssaf-admin notifications send

cmd-notifications-send = Email what is due now through the space's SMTP server (administrators)
arg-notifications-send-now = Also what waits to be tried again after a failure

## urssaf-admin serve

cmd-serve = Serve the space over HTTP for the firm's other machines

arg-serve-listen = Address and port to listen on (port 0 picks a free one, printed on stdout)
arg-serve-trusted-proxy = A proxy in front (its address): its X-Forwarded-For header names the client, for throttling sign-ins by source. Repeat for several; never set for an open port
arg-serve-tls-cert = Serve HTTPS with this certificate chain (PEM)
arg-serve-tls-key = The certificate's private key (PEM)
arg-serve-insecure-plain-http = Allow plain HTTP on a non-loopback address (behind a TLS proxy only)
arg-serve-smtp-password-file = The SMTP password, from this file (mode 0600); else URSSAF_ADMIN_SMTP_PASSWORD

## urssaf-admin check

cmd-check = Check that the space's database file is sound (exit 1 and what is damaged if not)

## urssaf-admin backup

cmd-backup = Copy the space's database to a new file, consistently, while it is in use
arg-backup-file = The new file to write (never overwritten; readable by you alone)

## urssaf-admin completions

cmd-completions = Print a shell completion script
arg-completions-shell = The shell to print the script for

## urssaf-admin help

cmd-help = Help on a command, or on a topic: exit-codes, environment, formatting
arg-help-words = A topic (exit-codes, environment, formatting) or a command (portfolio create)

## Value names (<PATH>, <LOGIN>, ...)

value-name-profile = PROFILE
value-name-path = PATH
value-name-url = URL
value-name-file = FILE
value-name-output = OUTPUT
value-name-lang = LANG
value-name-siren = SIREN
value-name-name = NAME
value-name-login = LOGIN
value-name-email = EMAIL
value-name-code = CODE
value-name-number = NUMBER
value-name-format = FORMAT
value-name-portfolio = PORTFOLIO
value-name-encoding = ENCODING
value-name-search = SEARCH
value-name-limit = LIMIT
value-name-id = ID
value-name-to = TO
value-name-value = VALUE
value-name-sender = SENDER
value-name-listen = LISTEN
value-name-shell = SHELL
value-name-topic-command = TOPIC|COMMAND
value-name-minutes = MINUTES
value-name-days = DAYS
value-name-months = MONTHS
value-name-date = DATE
value-name-what = WHAT
value-name-text = TEXT
value-name-renews = RENEWS
value-name-address = ADDRESS

## What clap itself writes

clap-help = Print help
clap-help-short = Print help (see more with '--help')
clap-help-long = Print help (see a summary with '-h')
clap-version = Print version
clap-usage = Usage:
clap-commands = Commands:
clap-arguments = Arguments:
clap-options = Options:
clap-global-options = Global options:
clap-command-value = COMMAND
# { $var } is NAME=value, or NAME alone.
clap-env = [env: { $var }]
clap-default = [default: { $value }]
clap-possible-values = [possible values: { $values }]
clap-possible-values-heading = Possible values:
# One possible value and its help; { $pad } aligns the helps of a list.
clap-possible-value = { $name }:{ $pad } { $help }

## Errors of the command line (after the error-prefix of messages.ftl)

clap-error-unknown-argument = unexpected argument '{ $arg }' found
clap-error-not-for = '{ $arg }' means nothing for '{ $command }'
clap-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-error-empty-value = a value is required for '{ $arg }' but none was supplied
clap-error-invalid-subcommand = unrecognized subcommand '{ $name }'
clap-error-missing-required = the following required arguments were not provided:
clap-error-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
# { $what } is argument or subcommand.
clap-error-conflict = the { $what } '{ $arg }' cannot be used with '{ $other }'
clap-error-conflict-many = the { $what } '{ $arg }' cannot be used with:
clap-error-conflict-others = the { $what } '{ $arg }' cannot be used with one or more of the other specified arguments
clap-error-conflict-repeated = the argument '{ $arg }' cannot be used multiple times
clap-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-error-too-few-values = { $min } values required by '{ $arg }'; only { $actual } { $actual ->
        [one] was provided
       *[other] were provided
    }
clap-error-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $actual } { $actual ->
        [one] was provided
       *[other] were provided
    }
clap-error-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
clap-list-possible-values = [possible values: { $values }]
clap-list-subcommands = [subcommands: { $values }]
clap-tip = tip
clap-tip-similar = { $count ->
        [one] a similar { $what ->
            [subcommand] subcommand
            [argument] argument
           *[value] value
        } exists: { $names }
       *[other] some similar { $what ->
            [subcommand] subcommands
            [argument] arguments
           *[value] values
        } exist: { $names }
    }
clap-tip-quoted = '{ $name }'
clap-tip-pass-as-value = to pass '{ $arg }' as a value, use '{ $use }'
clap-tip-exists = '{ $name }' exists
clap-tip-remove-dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it
clap-more-info = For more information, try '{ $flag }'.
# { $label } is "error" or "tip".
clap-error-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
# For an error that clap gives without saying more.
clap-error-other = the command line could not be understood

## Why a value is refused (after "invalid value 'X' for '--ARG'")

value-whole-number-from-1 = give a whole number from 1
value-address-and-port = give an address and port such as 127.0.0.1:8080
value-digest-minutes = give a number of minutes from 0 to 1440, or off
value-ip-address = give an IP address such as 127.0.0.1 or 192.0.2.7

## Help topics (urssaf-admin help TOPIC); the root's long help ends with the first two

topic-exit-codes =
    Exit status:
      0   success
      1   other error, including a login locked after five wrong passwords
      2   usage error, including a confirmation needing --yes without a terminal
      3   cancelled at a prompt
      4   not signed in, session expired, or wrong credentials
      5   permission denied (administrators only, or a portfolio that is not yours)
      6   not found
      7   conflict (duplicate, already subscribed, last administrator)
      8   invalid input (SIREN/SIRET checksum, malformed email, ...)
      9   a bulk run finished with failures, or an export left clients out
      10  server unreachable
      11  clients verify found clients to look at
topic-environment =
    Environment:
      URSSAF_ADMIN_TOKEN    session token to use instead of the stored one (CI, scripts)
      URSSAF_ADMIN_DB       path of the space's database (as --db)
      URSSAF_ADMIN_API_URL  a server's space (as --api-url)
      URSSAF_ADMIN_CA_CERT  CA certificate to trust for the server (as --ca-cert)
      URSSAF_ADMIN_PROFILE  profile to use (as --profile)
      URSSAF_ADMIN_LANG     language of messages, prompts and help: fr or en (as --lang)
      URSSAF_ADMIN_SMTP_PASSWORD
                            the SMTP password, for serve and CI (otherwise in the keyring)
      LC_ALL, LC_MESSAGES, LANG
                            the language otherwise (the first one set): French for fr*, else
                            English
      HOME                  where the XDG folders are when XDG_* are not set
      COLUMNS               the width of tables when the terminal does not say
      HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY
                            a proxy to reach a server through
      DBUS_SESSION_BUS_ADDRESS
                            the session bus of the system keyring (Secret Service)
      NO_COLOR              no colour in output when set
      XDG_CONFIG_HOME       configuration: $XDG_CONFIG_HOME/urssaf-admin/config.toml
      XDG_DATA_HOME         default database: $XDG_DATA_HOME/urssaf-admin/space.db
      XDG_CACHE_HOME        offline copies of a server's answers: $XDG_CACHE_HOME/urssaf-admin/
      COMPLETE              set by the completion scripts: answer the shell, run nothing
topic-formatting =
    Formatting:
      -o table   the default: a table on a terminal; in a pipe, tab-separated rows under
                 one header line
      -o json    an array for lists, an object for one record; field names are stable
      -o csv     a header line, then one record per line (what `clients import` and
                 `subscriber import` read back)
      Messages, warnings and errors go to stderr, data to stdout. Colour only on a
      terminal, never with NO_COLOR or --no-color. Dates are ISO 8601 (UTC) in JSON and
      CSV, local time in tables. -q leaves only data and errors.

## Man pages

man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-subcommands = SUBCOMMANDS
man-section-extra = EXTRA
man-section-exit-status = EXIT STATUS
man-section-environment = ENVIRONMENT
man-section-files = FILES
man-section-examples = EXAMPLES
man-section-see-also = SEE ALSO
man-file-config = Profiles: the login, the database or server, where the token is kept. Never a password or a token.
man-file-space = The default space (SQLite, mode 0600).
man-file-cache = What a server last sent, for --offline (mode 0600).
man-file-token = The session token, only after login --insecure-storage (mode 0600); otherwise it is in the system keyring, service urssaf-admin.
man-example-sheet = The Urssaf sheet (Créer un portefeuille), from a terminal:
man-example-bulk = Bulk onboarding, checked first, then written, with a private report:
man-example-ci = In a script, with a token from CI:
