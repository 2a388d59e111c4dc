# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_urssaf_admin_global_optspecs
    string join \n profile= db= api-url= ca-cert= o/output= no-input no-color q/quiet h/help V/version
end

function __fish_urssaf_admin_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_urssaf_admin_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_urssaf_admin_using_subcommand
    set -l cmd (__fish_urssaf_admin_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -s V -l version -d 'Print version'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "init" -d 'Create the firm\'s space and its first administrator'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "login" -d 'Sign in; the session token goes to the system keyring'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "logout" -d 'Sign out and forget the stored token'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "auth" -d 'Sign-in status and token'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "activate" -d 'Choose a password for a new account, with the code an administrator sent'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "portfolio" -d 'Client portfolios (portefeuilles)'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "subscriber" -d 'Collaborators\' subscriptions to portfolios (abonnés)'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "admin" -d 'Administrators of the space'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "clients" -d 'Client companies of the portfolios'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "settings" -d 'Settings of the space'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "audit" -d 'The record of every change'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "notifications" -d 'Email notifications queued for the people concerned by each change'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "serve" -d 'Serve the space over HTTP for the firm\'s other machines'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c urssaf-admin -n "__fish_urssaf_admin_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l siren -d 'The firm\'s SIREN (9 digits; spaces allowed)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l name -d 'The firm\'s raison sociale, set as tiers déclarant on every portfolio' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l admin -d 'Login of the first administrator' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l email -d 'Email address of the first administrator' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l full-name -d 'Full name of the first administrator' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l password-stdin -d 'Read the administrator\'s password from standard input instead of asking'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -s u -l user -d 'Your login [default: the profile\'s last login]' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -l password-stdin -d 'Read the password from standard input instead of asking'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -l insecure-storage -d 'Keep the session token in a 0600 file instead of the system keyring'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand logout" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand logout" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand logout" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand logout" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand logout" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand logout" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand logout" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand logout" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -f -a "status" -d 'Who is signed in, to which space, and where the token is kept (exit 4 if nobody)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -f -a "token" -d 'Print the session token, for URSSAF_ADMIN_TOKEN in CI'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and not __fish_seen_subcommand_from status token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from status" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from token" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from token" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from token" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from token" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Who is signed in, to which space, and where the token is kept (exit 4 if nobody)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the session token, for URSSAF_ADMIN_TOKEN in CI'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -s u -l user -d 'Your login, as given by the administrator' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -l code -d 'The activation code from your email [default: asked without echo, so that it stays out of the shell\'s history]' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -l password-stdin -d 'Read the new password from standard input instead of asking'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -f -a "create" -d 'Create a new portfolio with the firm as tiers déclarant (asks first)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -f -a "list" -d 'The portfolios you can see: all for administrators, yours for subscribers'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -f -a "show" -d 'One portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and not __fish_seen_subcommand_from create list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to the confirmation (for scripts)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -l offline -d 'Answer from what was last fetched from the server, without asking it'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from show" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from show" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from show" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new portfolio with the firm as tiers déclarant (asks first)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from help" -f -a "list" -d 'The portfolios you can see: all for administrators, yours for subscribers'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from help" -f -a "show" -d 'One portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand portfolio; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -f -a "add" -d 'Grant a collaborator access to a portfolio, creating their account if needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -f -a "list" -d 'Subscriptions: all for administrators, your own for subscribers'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -f -a "modify" -d 'Change a subscriber\'s name or email, or suspend or resume a subscription'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -f -a "import" -d 'Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -f -a "remove" -d 'Withdraw a collaborator\'s access to a portfolio (asks first)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and not __fish_seen_subcommand_from add list modify import remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s p -l portfolio -d 'The portfolio to grant access to' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l email -d 'Email address (needed when the collaborator has no account yet)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l name -d 'Full name (for a new account)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s p -l portfolio -d 'Only this portfolio\'s subscribers' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -s p -l portfolio -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l name -d 'New full name' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l email -d 'New email address' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l suspend -d 'Withhold access to the portfolio without withdrawing the subscription'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l resume -d 'Restore a suspended subscription'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l report -d 'Write what became of each row to this CSV file (created with mode 0600: it holds activation codes)' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s character set' -r -f -a "utf-8\t'UTF-8, with or without a byte order mark'
windows-1252\t'What Excel writes for "CSV (séparateur : point-virgule)" on a French Windows'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Write the valid rows even when others fail (the run then exits 9)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s p -l portfolio -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to the confirmation (for scripts)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "add" -d 'Grant a collaborator access to a portfolio, creating their account if needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "list" -d 'Subscriptions: all for administrators, your own for subscribers'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change a subscriber\'s name or email, or suspend or resume a subscription'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "import" -d 'Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Withdraw a collaborator\'s access to a portfolio (asks first)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'The administrators of the space'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Make an existing user an administrator'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Remove a user from the administrators (asks first; never the last one)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from list" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from list" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from list" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to the confirmation (for scripts)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "list" -d 'The administrators of the space'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "add" -d 'Make an existing user an administrator'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user from the administrators (asks first; never the last one)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -f -a "list" -d 'Clients of the portfolios you can see'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -f -a "add" -d 'Add a company (SIREN) or one establishment (SIRET) to a portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -f -a "move" -d 'Move a client to another portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -f -a "import" -d 'Add clients in bulk from a CSV file with the columns siren,name,portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -f -a "remove" -d 'Remove a client from its portfolio (asks first)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and not __fish_seen_subcommand_from list add move import remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -s p -l portfolio -d 'Only this portfolio\'s clients' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -s s -l search -d 'Part of a name, or the first digits of a SIREN/SIRET' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -s n -l limit -d 'At most this many clients' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -l offline -d 'Answer from what was last fetched from the server, without asking it'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -l name -d 'The company\'s raison sociale' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -s p -l portfolio -d 'The portfolio to add it to' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -l to -d 'The portfolio to move it to' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l report -d 'Write what became of each row to this CSV file (created with mode 0600: it holds activation codes)' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s character set' -r -f -a "utf-8\t'UTF-8, with or without a byte order mark'
windows-1252\t'What Excel writes for "CSV (séparateur : point-virgule)" on a French Windows'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Write the valid rows even when others fail (the run then exits 9)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l move -d 'Move a company found in another portfolio instead of failing its row'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to the confirmation (for scripts)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -l dry-run -d 'Check everything and show what would happen; change nothing'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "list" -d 'Clients of the portfolios you can see'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a company (SIREN) or one establishment (SIRET) to a portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move a client to another portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add clients in bulk from a CSV file with the columns siren,name,portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a client from its portfolio (asks first)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'The space: firm, SIREN, and its settings'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Change a setting'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from show" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from show" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from show" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -f -a "third-party-registration" -d '"Registration of your SIREN by a tiers déclarant is allowed"'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from set" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "show" -d 'The space: firm, SIREN, and its settings'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'The latest changes, newest first (administrators only)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -s n -l limit -d 'At most this many entries' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'The latest changes, newest first (administrators only)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Queued notifications, newest first: all for administrators, yours for others'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -s n -l limit -d 'At most this many notifications' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from help" -f -a "list" -d 'Queued notifications, newest first: all for administrators, yours for others'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand notifications; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l listen -d 'Address and port to listen on (port 0 picks a free one, printed on stdout)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l tls-cert -d 'Serve HTTPS with this certificate chain (PEM)' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l tls-key -d 'The certificate\'s private key (PEM)' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l insecure-plain-http -d 'Allow plain HTTP on a non-loopback address (behind a TLS proxy only)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand completions" -l profile -d 'Profile: which sign-in and which space to use' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand completions" -l db -d 'The space\'s database file (env: URSSAF_ADMIN_DB) [default: the profile\'s, else $XDG_DATA_HOME/urssaf-admin/space.db]' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand completions" -l api-url -d 'A server\'s space (`urssaf-admin serve`) instead of a local database (env: URSSAF_ADMIN_API_URL)' -r
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand completions" -l ca-cert -d 'Trust this CA certificate (PEM) for the server\'s HTTPS' -r -F
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal; tab-separated rows with a header line in a pipe'
json\t'JSON: an array for lists, an object for one record'
csv\t'CSV with a header line'"
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand completions" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand completions" -l no-color -d 'No colour (also when NO_COLOR is set)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand completions" -s q -l quiet -d 'Print only data and errors'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "init" -d 'Create the firm\'s space and its first administrator'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "login" -d 'Sign in; the session token goes to the system keyring'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "logout" -d 'Sign out and forget the stored token'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "auth" -d 'Sign-in status and token'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "activate" -d 'Choose a password for a new account, with the code an administrator sent'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "portfolio" -d 'Client portfolios (portefeuilles)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "subscriber" -d 'Collaborators\' subscriptions to portfolios (abonnés)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "admin" -d 'Administrators of the space'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "clients" -d 'Client companies of the portfolios'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "settings" -d 'Settings of the space'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "audit" -d 'The record of every change'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "notifications" -d 'Email notifications queued for the people concerned by each change'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "serve" -d 'Serve the space over HTTP for the firm\'s other machines'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and not __fish_seen_subcommand_from init login logout auth activate portfolio subscriber admin clients settings audit notifications serve completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Who is signed in, to which space, and where the token is kept (exit 4 if nobody)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print the session token, for URSSAF_ADMIN_TOKEN in CI'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from portfolio" -f -a "create" -d 'Create a new portfolio with the firm as tiers déclarant (asks first)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from portfolio" -f -a "list" -d 'The portfolios you can see: all for administrators, yours for subscribers'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from portfolio" -f -a "show" -d 'One portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "add" -d 'Grant a collaborator access to a portfolio, creating their account if needed'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "list" -d 'Subscriptions: all for administrators, your own for subscribers'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "modify" -d 'Change a subscriber\'s name or email, or suspend or resume a subscription'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "import" -d 'Subscribe collaborators in bulk from a CSV file with the columns login,email,name,portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "remove" -d 'Withdraw a collaborator\'s access to a portfolio (asks first)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "list" -d 'The administrators of the space'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "add" -d 'Make an existing user an administrator'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "remove" -d 'Remove a user from the administrators (asks first; never the last one)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "list" -d 'Clients of the portfolios you can see'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "add" -d 'Add a company (SIREN) or one establishment (SIRET) to a portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "move" -d 'Move a client to another portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "import" -d 'Add clients in bulk from a CSV file with the columns siren,name,portfolio'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "remove" -d 'Remove a client from its portfolio (asks first)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "show" -d 'The space: firm, SIREN, and its settings'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Change a setting'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'The latest changes, newest first (administrators only)'
complete -c urssaf-admin -n "__fish_urssaf_admin_using_subcommand help; and __fish_seen_subcommand_from notifications" -f -a "list" -d 'Queued notifications, newest first: all for administrators, yours for others'
