
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'urssaf-admin' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'urssaf-admin'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'urssaf-admin' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the firm''s space and its first administrator')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in; the session token goes to the system keyring')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out and forget the stored token')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign-in status and token')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Choose a password for a new account, with the code an administrator sent')
            [CompletionResult]::new('portfolio', 'portfolio', [CompletionResultType]::ParameterValue, 'Client portfolios (portefeuilles)')
            [CompletionResult]::new('subscriber', 'subscriber', [CompletionResultType]::ParameterValue, 'Collaborators'' subscriptions to portfolios (abonnés)')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Administrators of the space')
            [CompletionResult]::new('clients', 'clients', [CompletionResultType]::ParameterValue, 'Client companies of the portfolios')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Settings of the space')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The record of every change')
            [CompletionResult]::new('notifications', 'notifications', [CompletionResultType]::ParameterValue, 'Email notifications queued for the people concerned by each change')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the space over HTTP for the firm''s other machines')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;init' {
            [CompletionResult]::new('--siren', '--siren', [CompletionResultType]::ParameterName, 'The firm''s SIREN (9 digits; spaces allowed)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The firm''s raison sociale, set as tiers déclarant on every portfolio')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Login of the first administrator')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address of the first administrator')
            [CompletionResult]::new('--full-name', '--full-name', [CompletionResultType]::ParameterName, 'Full name of the first administrator')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the administrator''s password from standard input instead of asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your login [default: the profile''s last login]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your login [default: the profile''s last login]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input instead of asking')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Keep the session token in a 0600 file instead of the system keyring')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who is signed in, to which space, and where the token is kept (exit 4 if nobody)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the session token, for URSSAF_ADMIN_TOKEN in CI')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;auth;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who is signed in, to which space, and where the token is kept (exit 4 if nobody)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the session token, for URSSAF_ADMIN_TOKEN in CI')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;auth;help;status' {
            break
        }
        'urssaf-admin;auth;help;token' {
            break
        }
        'urssaf-admin;auth;help;help' {
            break
        }
        'urssaf-admin;activate' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your login, as given by the administrator')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your login, as given by the administrator')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The activation code from your email [default: asked without echo, so that it stays out of the shell''s history]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from standard input instead of asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;portfolio' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new portfolio with the firm as tiers déclarant (asks first)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The portfolios you can see: all for administrators, yours for subscribers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One portfolio')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;portfolio;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to the confirmation (for scripts)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to the confirmation (for scripts)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;portfolio;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer from what was last fetched from the server, without asking it')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;portfolio;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;portfolio;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new portfolio with the firm as tiers déclarant (asks first)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The portfolios you can see: all for administrators, yours for subscribers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One portfolio')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;portfolio;help;create' {
            break
        }
        'urssaf-admin;portfolio;help;list' {
            break
        }
        'urssaf-admin;portfolio;help;show' {
            break
        }
        'urssaf-admin;portfolio;help;help' {
            break
        }
        'urssaf-admin;subscriber' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant a collaborator access to a portfolio, creating their account if needed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subscriptions: all for administrators, your own for subscribers')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a subscriber''s name or email, or suspend or resume a subscription')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Withdraw a collaborator''s access to a portfolio (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;subscriber;add' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The portfolio to grant access to')
            [CompletionResult]::new('--portfolio', '--portfolio', [CompletionResultType]::ParameterName, 'The portfolio to grant access to')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (needed when the collaborator has no account yet)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name (for a new account)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;subscriber;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this portfolio''s subscribers')
            [CompletionResult]::new('--portfolio', '--portfolio', [CompletionResultType]::ParameterName, 'Only this portfolio''s subscribers')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;subscriber;modify' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--portfolio', '--portfolio', [CompletionResultType]::ParameterName, 'portfolio')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New full name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email address')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--suspend', '--suspend', [CompletionResultType]::ParameterName, 'Withhold access to the portfolio without withdrawing the subscription')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Restore a suspended subscription')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;subscriber;import' {
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write what became of each row to this CSV file (created with mode 0600: it holds activation codes)')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s character set')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid rows even when others fail (the run then exits 9)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;subscriber;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--portfolio', '--portfolio', [CompletionResultType]::ParameterName, 'portfolio')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to the confirmation (for scripts)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to the confirmation (for scripts)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;subscriber;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant a collaborator access to a portfolio, creating their account if needed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subscriptions: all for administrators, your own for subscribers')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a subscriber''s name or email, or suspend or resume a subscription')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Withdraw a collaborator''s access to a portfolio (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;subscriber;help;add' {
            break
        }
        'urssaf-admin;subscriber;help;list' {
            break
        }
        'urssaf-admin;subscriber;help;modify' {
            break
        }
        'urssaf-admin;subscriber;help;import' {
            break
        }
        'urssaf-admin;subscriber;help;remove' {
            break
        }
        'urssaf-admin;subscriber;help;help' {
            break
        }
        'urssaf-admin;admin' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The administrators of the space')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Make an existing user an administrator')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user from the administrators (asks first; never the last one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;admin;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;admin;add' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;admin;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to the confirmation (for scripts)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to the confirmation (for scripts)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;admin;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The administrators of the space')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Make an existing user an administrator')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user from the administrators (asks first; never the last one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;admin;help;list' {
            break
        }
        'urssaf-admin;admin;help;add' {
            break
        }
        'urssaf-admin;admin;help;remove' {
            break
        }
        'urssaf-admin;admin;help;help' {
            break
        }
        'urssaf-admin;clients' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Clients of the portfolios you can see')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a company (SIREN) or one establishment (SIRET) to a portfolio')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a client to another portfolio')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add clients in bulk from a CSV file with the columns siren,name,portfolio')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a client from its portfolio (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;clients;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this portfolio''s clients')
            [CompletionResult]::new('--portfolio', '--portfolio', [CompletionResultType]::ParameterName, 'Only this portfolio''s clients')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Part of a name, or the first digits of a SIREN/SIRET')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Part of a name, or the first digits of a SIREN/SIRET')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'At most this many clients')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many clients')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Answer from what was last fetched from the server, without asking it')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;clients;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The company''s raison sociale')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The portfolio to add it to')
            [CompletionResult]::new('--portfolio', '--portfolio', [CompletionResultType]::ParameterName, 'The portfolio to add it to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;clients;move' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The portfolio to move it to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;clients;import' {
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write what became of each row to this CSV file (created with mode 0600: it holds activation codes)')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s character set')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid rows even when others fail (the run then exits 9)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--move', '--move', [CompletionResultType]::ParameterName, 'Move a company found in another portfolio instead of failing its row')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;clients;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to the confirmation (for scripts)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to the confirmation (for scripts)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;clients;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Clients of the portfolios you can see')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a company (SIREN) or one establishment (SIRET) to a portfolio')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a client to another portfolio')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add clients in bulk from a CSV file with the columns siren,name,portfolio')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a client from its portfolio (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;clients;help;list' {
            break
        }
        'urssaf-admin;clients;help;add' {
            break
        }
        'urssaf-admin;clients;help;move' {
            break
        }
        'urssaf-admin;clients;help;import' {
            break
        }
        'urssaf-admin;clients;help;remove' {
            break
        }
        'urssaf-admin;clients;help;help' {
            break
        }
        'urssaf-admin;settings' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The space: firm, SIREN, and its settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;settings;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;settings;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('third-party-registration', 'third-party-registration', [CompletionResultType]::ParameterValue, '"Registration of your SIREN by a tiers déclarant is allowed"')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;settings;set;third-party-registration' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would happen; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;settings;set;help' {
            [CompletionResult]::new('third-party-registration', 'third-party-registration', [CompletionResultType]::ParameterValue, '"Registration of your SIREN by a tiers déclarant is allowed"')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;settings;set;help;third-party-registration' {
            break
        }
        'urssaf-admin;settings;set;help;help' {
            break
        }
        'urssaf-admin;settings;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The space: firm, SIREN, and its settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;settings;help;show' {
            break
        }
        'urssaf-admin;settings;help;set' {
            [CompletionResult]::new('third-party-registration', 'third-party-registration', [CompletionResultType]::ParameterValue, '"Registration of your SIREN by a tiers déclarant is allowed"')
            break
        }
        'urssaf-admin;settings;help;set;third-party-registration' {
            break
        }
        'urssaf-admin;settings;help;help' {
            break
        }
        'urssaf-admin;audit' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The latest changes, newest first (administrators only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;audit;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'At most this many entries')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The latest changes, newest first (administrators only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;audit;help;list' {
            break
        }
        'urssaf-admin;audit;help;help' {
            break
        }
        'urssaf-admin;notifications' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Queued notifications, newest first: all for administrators, yours for others')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;notifications;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'At most this many notifications')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many notifications')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;notifications;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Queued notifications, newest first: all for administrators, yours for others')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;notifications;help;list' {
            break
        }
        'urssaf-admin;notifications;help;help' {
            break
        }
        'urssaf-admin;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to listen on (port 0 picks a free one, printed on stdout)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this certificate chain (PEM)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--insecure-plain-http', '--insecure-plain-http', [CompletionResultType]::ParameterName, 'Allow plain HTTP on a non-loopback address (behind a TLS proxy only)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: which sign-in and which space to use')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for the server''s HTTPS')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'urssaf-admin;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the firm''s space and its first administrator')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in; the session token goes to the system keyring')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out and forget the stored token')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign-in status and token')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Choose a password for a new account, with the code an administrator sent')
            [CompletionResult]::new('portfolio', 'portfolio', [CompletionResultType]::ParameterValue, 'Client portfolios (portefeuilles)')
            [CompletionResult]::new('subscriber', 'subscriber', [CompletionResultType]::ParameterValue, 'Collaborators'' subscriptions to portfolios (abonnés)')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Administrators of the space')
            [CompletionResult]::new('clients', 'clients', [CompletionResultType]::ParameterValue, 'Client companies of the portfolios')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Settings of the space')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The record of every change')
            [CompletionResult]::new('notifications', 'notifications', [CompletionResultType]::ParameterValue, 'Email notifications queued for the people concerned by each change')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the space over HTTP for the firm''s other machines')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'urssaf-admin;help;init' {
            break
        }
        'urssaf-admin;help;login' {
            break
        }
        'urssaf-admin;help;logout' {
            break
        }
        'urssaf-admin;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who is signed in, to which space, and where the token is kept (exit 4 if nobody)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the session token, for URSSAF_ADMIN_TOKEN in CI')
            break
        }
        'urssaf-admin;help;auth;status' {
            break
        }
        'urssaf-admin;help;auth;token' {
            break
        }
        'urssaf-admin;help;activate' {
            break
        }
        'urssaf-admin;help;portfolio' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new portfolio with the firm as tiers déclarant (asks first)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The portfolios you can see: all for administrators, yours for subscribers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One portfolio')
            break
        }
        'urssaf-admin;help;portfolio;create' {
            break
        }
        'urssaf-admin;help;portfolio;list' {
            break
        }
        'urssaf-admin;help;portfolio;show' {
            break
        }
        'urssaf-admin;help;subscriber' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant a collaborator access to a portfolio, creating their account if needed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subscriptions: all for administrators, your own for subscribers')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a subscriber''s name or email, or suspend or resume a subscription')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Withdraw a collaborator''s access to a portfolio (asks first)')
            break
        }
        'urssaf-admin;help;subscriber;add' {
            break
        }
        'urssaf-admin;help;subscriber;list' {
            break
        }
        'urssaf-admin;help;subscriber;modify' {
            break
        }
        'urssaf-admin;help;subscriber;import' {
            break
        }
        'urssaf-admin;help;subscriber;remove' {
            break
        }
        'urssaf-admin;help;admin' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The administrators of the space')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Make an existing user an administrator')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user from the administrators (asks first; never the last one)')
            break
        }
        'urssaf-admin;help;admin;list' {
            break
        }
        'urssaf-admin;help;admin;add' {
            break
        }
        'urssaf-admin;help;admin;remove' {
            break
        }
        'urssaf-admin;help;clients' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Clients of the portfolios you can see')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a company (SIREN) or one establishment (SIRET) to a portfolio')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a client to another portfolio')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add clients in bulk from a CSV file with the columns siren,name,portfolio')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a client from its portfolio (asks first)')
            break
        }
        'urssaf-admin;help;clients;list' {
            break
        }
        'urssaf-admin;help;clients;add' {
            break
        }
        'urssaf-admin;help;clients;move' {
            break
        }
        'urssaf-admin;help;clients;import' {
            break
        }
        'urssaf-admin;help;clients;remove' {
            break
        }
        'urssaf-admin;help;settings' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The space: firm, SIREN, and its settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            break
        }
        'urssaf-admin;help;settings;show' {
            break
        }
        'urssaf-admin;help;settings;set' {
            [CompletionResult]::new('third-party-registration', 'third-party-registration', [CompletionResultType]::ParameterValue, '"Registration of your SIREN by a tiers déclarant is allowed"')
            break
        }
        'urssaf-admin;help;settings;set;third-party-registration' {
            break
        }
        'urssaf-admin;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The latest changes, newest first (administrators only)')
            break
        }
        'urssaf-admin;help;audit;list' {
            break
        }
        'urssaf-admin;help;notifications' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Queued notifications, newest first: all for administrators, yours for others')
            break
        }
        'urssaf-admin;help;notifications;list' {
            break
        }
        'urssaf-admin;help;serve' {
            break
        }
        'urssaf-admin;help;completions' {
            break
        }
        'urssaf-admin;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
