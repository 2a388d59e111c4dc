
use builtin;
use str;

set edit:completion:arg-completer[urssaf-admin] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'urssaf-admin'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'urssaf-admin'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the firm''s space and its first administrator'
            cand login 'Sign in; the session token goes to the system keyring'
            cand logout 'Sign out and forget the stored token'
            cand auth 'Sign-in status and token'
            cand activate 'Choose a password for a new account, with the code an administrator sent'
            cand portfolio 'Client portfolios (portefeuilles)'
            cand subscriber 'Collaborators'' subscriptions to portfolios (abonnés)'
            cand admin 'Administrators of the space'
            cand clients 'Client companies of the portfolios'
            cand settings 'Settings of the space'
            cand audit 'The record of every change'
            cand notifications 'Email notifications queued for the people concerned by each change'
            cand serve 'Serve the space over HTTP for the firm''s other machines'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;init'= {
            cand --siren 'The firm''s SIREN (9 digits; spaces allowed)'
            cand --name 'The firm''s raison sociale, set as tiers déclarant on every portfolio'
            cand --admin 'Login of the first administrator'
            cand --email 'Email address of the first administrator'
            cand --full-name 'Full name of the first administrator'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --password-stdin 'Read the administrator''s password from standard input instead of asking'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;login'= {
            cand -u 'Your login [default: the profile''s last login]'
            cand --user 'Your login [default: the profile''s last login]'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --password-stdin 'Read the password from standard input instead of asking'
            cand --insecure-storage 'Keep the session token in a 0600 file instead of the system keyring'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;logout'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;auth'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand status 'Who is signed in, to which space, and where the token is kept (exit 4 if nobody)'
            cand token 'Print the session token, for URSSAF_ADMIN_TOKEN in CI'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;auth;status'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;auth;token'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;auth;help'= {
            cand status 'Who is signed in, to which space, and where the token is kept (exit 4 if nobody)'
            cand token 'Print the session token, for URSSAF_ADMIN_TOKEN in CI'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;auth;help;status'= {
        }
        &'urssaf-admin;auth;help;token'= {
        }
        &'urssaf-admin;auth;help;help'= {
        }
        &'urssaf-admin;activate'= {
            cand -u 'Your login, as given by the administrator'
            cand --user 'Your login, as given by the administrator'
            cand --code 'The activation code from your email [default: asked without echo, so that it stays out of the shell''s history]'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --password-stdin 'Read the new password from standard input instead of asking'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;portfolio'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a new portfolio with the firm as tiers déclarant (asks first)'
            cand list 'The portfolios you can see: all for administrators, yours for subscribers'
            cand show 'One portfolio'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;portfolio;create'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Answer yes to the confirmation (for scripts)'
            cand --yes 'Answer yes to the confirmation (for scripts)'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;portfolio;list'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --offline 'Answer from what was last fetched from the server, without asking it'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;portfolio;show'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;portfolio;help'= {
            cand create 'Create a new portfolio with the firm as tiers déclarant (asks first)'
            cand list 'The portfolios you can see: all for administrators, yours for subscribers'
            cand show 'One portfolio'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;portfolio;help;create'= {
        }
        &'urssaf-admin;portfolio;help;list'= {
        }
        &'urssaf-admin;portfolio;help;show'= {
        }
        &'urssaf-admin;portfolio;help;help'= {
        }
        &'urssaf-admin;subscriber'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Grant a collaborator access to a portfolio, creating their account if needed'
            cand list 'Subscriptions: all for administrators, your own for subscribers'
            cand modify 'Change a subscriber''s name or email, or suspend or resume a subscription'
            cand import 'Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio'
            cand remove 'Withdraw a collaborator''s access to a portfolio (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;subscriber;add'= {
            cand -p 'The portfolio to grant access to'
            cand --portfolio 'The portfolio to grant access to'
            cand --email 'Email address (needed when the collaborator has no account yet)'
            cand --name 'Full name (for a new account)'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;subscriber;list'= {
            cand -p 'Only this portfolio''s subscribers'
            cand --portfolio 'Only this portfolio''s subscribers'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;subscriber;modify'= {
            cand -p 'p'
            cand --portfolio 'portfolio'
            cand --name 'New full name'
            cand --email 'New email address'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --suspend 'Withhold access to the portfolio without withdrawing the subscription'
            cand --resume 'Restore a suspended subscription'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;subscriber;import'= {
            cand --report 'Write what became of each row to this CSV file (created with mode 0600: it holds activation codes)'
            cand --encoding 'The file''s character set'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --skip-invalid 'Write the valid rows even when others fail (the run then exits 9)'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;subscriber;remove'= {
            cand -p 'p'
            cand --portfolio 'portfolio'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Answer yes to the confirmation (for scripts)'
            cand --yes 'Answer yes to the confirmation (for scripts)'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;subscriber;help'= {
            cand add 'Grant a collaborator access to a portfolio, creating their account if needed'
            cand list 'Subscriptions: all for administrators, your own for subscribers'
            cand modify 'Change a subscriber''s name or email, or suspend or resume a subscription'
            cand import 'Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio'
            cand remove 'Withdraw a collaborator''s access to a portfolio (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;subscriber;help;add'= {
        }
        &'urssaf-admin;subscriber;help;list'= {
        }
        &'urssaf-admin;subscriber;help;modify'= {
        }
        &'urssaf-admin;subscriber;help;import'= {
        }
        &'urssaf-admin;subscriber;help;remove'= {
        }
        &'urssaf-admin;subscriber;help;help'= {
        }
        &'urssaf-admin;admin'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'The administrators of the space'
            cand add 'Make an existing user an administrator'
            cand remove 'Remove a user from the administrators (asks first; never the last one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;admin;list'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;admin;add'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;admin;remove'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Answer yes to the confirmation (for scripts)'
            cand --yes 'Answer yes to the confirmation (for scripts)'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;admin;help'= {
            cand list 'The administrators of the space'
            cand add 'Make an existing user an administrator'
            cand remove 'Remove a user from the administrators (asks first; never the last one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;admin;help;list'= {
        }
        &'urssaf-admin;admin;help;add'= {
        }
        &'urssaf-admin;admin;help;remove'= {
        }
        &'urssaf-admin;admin;help;help'= {
        }
        &'urssaf-admin;clients'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Clients of the portfolios you can see'
            cand add 'Add a company (SIREN) or one establishment (SIRET) to a portfolio'
            cand move 'Move a client to another portfolio'
            cand import 'Add clients in bulk from a CSV file with the columns siren,name,portfolio'
            cand remove 'Remove a client from its portfolio (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;clients;list'= {
            cand -p 'Only this portfolio''s clients'
            cand --portfolio 'Only this portfolio''s clients'
            cand -s 'Part of a name, or the first digits of a SIREN/SIRET'
            cand --search 'Part of a name, or the first digits of a SIREN/SIRET'
            cand -n 'At most this many clients'
            cand --limit 'At most this many clients'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --offline 'Answer from what was last fetched from the server, without asking it'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;clients;add'= {
            cand --name 'The company''s raison sociale'
            cand -p 'The portfolio to add it to'
            cand --portfolio 'The portfolio to add it to'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;clients;move'= {
            cand --to 'The portfolio to move it to'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;clients;import'= {
            cand --report 'Write what became of each row to this CSV file (created with mode 0600: it holds activation codes)'
            cand --encoding 'The file''s character set'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --skip-invalid 'Write the valid rows even when others fail (the run then exits 9)'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --move 'Move a company found in another portfolio instead of failing its row'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;clients;remove'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Answer yes to the confirmation (for scripts)'
            cand --yes 'Answer yes to the confirmation (for scripts)'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;clients;help'= {
            cand list 'Clients of the portfolios you can see'
            cand add 'Add a company (SIREN) or one establishment (SIRET) to a portfolio'
            cand move 'Move a client to another portfolio'
            cand import 'Add clients in bulk from a CSV file with the columns siren,name,portfolio'
            cand remove 'Remove a client from its portfolio (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;clients;help;list'= {
        }
        &'urssaf-admin;clients;help;add'= {
        }
        &'urssaf-admin;clients;help;move'= {
        }
        &'urssaf-admin;clients;help;import'= {
        }
        &'urssaf-admin;clients;help;remove'= {
        }
        &'urssaf-admin;clients;help;help'= {
        }
        &'urssaf-admin;settings'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'The space: firm, SIREN, and its settings'
            cand set 'Change a setting'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;settings;show'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;settings;set'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand third-party-registration '"Registration of your SIREN by a tiers déclarant is allowed"'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;settings;set;third-party-registration'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --dry-run 'Check everything and show what would happen; change nothing'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;settings;set;help'= {
            cand third-party-registration '"Registration of your SIREN by a tiers déclarant is allowed"'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;settings;set;help;third-party-registration'= {
        }
        &'urssaf-admin;settings;set;help;help'= {
        }
        &'urssaf-admin;settings;help'= {
            cand show 'The space: firm, SIREN, and its settings'
            cand set 'Change a setting'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;settings;help;show'= {
        }
        &'urssaf-admin;settings;help;set'= {
            cand third-party-registration '"Registration of your SIREN by a tiers déclarant is allowed"'
        }
        &'urssaf-admin;settings;help;set;third-party-registration'= {
        }
        &'urssaf-admin;settings;help;help'= {
        }
        &'urssaf-admin;audit'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'The latest changes, newest first (administrators only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;audit;list'= {
            cand -n 'At most this many entries'
            cand --limit 'At most this many entries'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;audit;help'= {
            cand list 'The latest changes, newest first (administrators only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;audit;help;list'= {
        }
        &'urssaf-admin;audit;help;help'= {
        }
        &'urssaf-admin;notifications'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Queued notifications, newest first: all for administrators, yours for others'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;notifications;list'= {
            cand -n 'At most this many notifications'
            cand --limit 'At most this many notifications'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;notifications;help'= {
            cand list 'Queued notifications, newest first: all for administrators, yours for others'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;notifications;help;list'= {
        }
        &'urssaf-admin;notifications;help;help'= {
        }
        &'urssaf-admin;serve'= {
            cand --listen 'Address and port to listen on (port 0 picks a free one, printed on stdout)'
            cand --tls-cert 'Serve HTTPS with this certificate chain (PEM)'
            cand --tls-key 'The certificate''s private key (PEM)'
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure-plain-http 'Allow plain HTTP on a non-loopback address (behind a TLS proxy only)'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;completions'= {
            cand --profile 'Profile: which sign-in and which space to use'
            cand --db 'The space''s database file (env: URSSAF_ADMIN_DB) [default: the profile''s, else $XDG_DATA_HOME/urssaf-admin/space.db]'
            cand --api-url 'A server''s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)'
            cand --ca-cert 'Trust this CA certificate (PEM) for the server''s HTTPS'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --no-input 'Never prompt; fail instead when an answer is needed'
            cand --no-color 'No colour (also when NO_COLOR is set)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'urssaf-admin;help'= {
            cand init 'Create the firm''s space and its first administrator'
            cand login 'Sign in; the session token goes to the system keyring'
            cand logout 'Sign out and forget the stored token'
            cand auth 'Sign-in status and token'
            cand activate 'Choose a password for a new account, with the code an administrator sent'
            cand portfolio 'Client portfolios (portefeuilles)'
            cand subscriber 'Collaborators'' subscriptions to portfolios (abonnés)'
            cand admin 'Administrators of the space'
            cand clients 'Client companies of the portfolios'
            cand settings 'Settings of the space'
            cand audit 'The record of every change'
            cand notifications 'Email notifications queued for the people concerned by each change'
            cand serve 'Serve the space over HTTP for the firm''s other machines'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'urssaf-admin;help;init'= {
        }
        &'urssaf-admin;help;login'= {
        }
        &'urssaf-admin;help;logout'= {
        }
        &'urssaf-admin;help;auth'= {
            cand status 'Who is signed in, to which space, and where the token is kept (exit 4 if nobody)'
            cand token 'Print the session token, for URSSAF_ADMIN_TOKEN in CI'
        }
        &'urssaf-admin;help;auth;status'= {
        }
        &'urssaf-admin;help;auth;token'= {
        }
        &'urssaf-admin;help;activate'= {
        }
        &'urssaf-admin;help;portfolio'= {
            cand create 'Create a new portfolio with the firm as tiers déclarant (asks first)'
            cand list 'The portfolios you can see: all for administrators, yours for subscribers'
            cand show 'One portfolio'
        }
        &'urssaf-admin;help;portfolio;create'= {
        }
        &'urssaf-admin;help;portfolio;list'= {
        }
        &'urssaf-admin;help;portfolio;show'= {
        }
        &'urssaf-admin;help;subscriber'= {
            cand add 'Grant a collaborator access to a portfolio, creating their account if needed'
            cand list 'Subscriptions: all for administrators, your own for subscribers'
            cand modify 'Change a subscriber''s name or email, or suspend or resume a subscription'
            cand import 'Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio'
            cand remove 'Withdraw a collaborator''s access to a portfolio (asks first)'
        }
        &'urssaf-admin;help;subscriber;add'= {
        }
        &'urssaf-admin;help;subscriber;list'= {
        }
        &'urssaf-admin;help;subscriber;modify'= {
        }
        &'urssaf-admin;help;subscriber;import'= {
        }
        &'urssaf-admin;help;subscriber;remove'= {
        }
        &'urssaf-admin;help;admin'= {
            cand list 'The administrators of the space'
            cand add 'Make an existing user an administrator'
            cand remove 'Remove a user from the administrators (asks first; never the last one)'
        }
        &'urssaf-admin;help;admin;list'= {
        }
        &'urssaf-admin;help;admin;add'= {
        }
        &'urssaf-admin;help;admin;remove'= {
        }
        &'urssaf-admin;help;clients'= {
            cand list 'Clients of the portfolios you can see'
            cand add 'Add a company (SIREN) or one establishment (SIRET) to a portfolio'
            cand move 'Move a client to another portfolio'
            cand import 'Add clients in bulk from a CSV file with the columns siren,name,portfolio'
            cand remove 'Remove a client from its portfolio (asks first)'
        }
        &'urssaf-admin;help;clients;list'= {
        }
        &'urssaf-admin;help;clients;add'= {
        }
        &'urssaf-admin;help;clients;move'= {
        }
        &'urssaf-admin;help;clients;import'= {
        }
        &'urssaf-admin;help;clients;remove'= {
        }
        &'urssaf-admin;help;settings'= {
            cand show 'The space: firm, SIREN, and its settings'
            cand set 'Change a setting'
        }
        &'urssaf-admin;help;settings;show'= {
        }
        &'urssaf-admin;help;settings;set'= {
            cand third-party-registration '"Registration of your SIREN by a tiers déclarant is allowed"'
        }
        &'urssaf-admin;help;settings;set;third-party-registration'= {
        }
        &'urssaf-admin;help;audit'= {
            cand list 'The latest changes, newest first (administrators only)'
        }
        &'urssaf-admin;help;audit;list'= {
        }
        &'urssaf-admin;help;notifications'= {
            cand list 'Queued notifications, newest first: all for administrators, yours for others'
        }
        &'urssaf-admin;help;notifications;list'= {
        }
        &'urssaf-admin;help;serve'= {
        }
        &'urssaf-admin;help;completions'= {
        }
        &'urssaf-admin;help;help'= {
        }
    ]
    $completions[$command]
}
