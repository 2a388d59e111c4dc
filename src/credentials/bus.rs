//! The token read straight from the Secret Service over the session bus, as the program
//! starts: the profile is guessed from the command line, and the read (connection,
//! session, search, secret) runs on its own thread while the command line, the
//! configuration and the space are read. The session and the search are asked together,
//! so the read waits on the service twice, not three times.
//!
//! Only the plain case is read here: exactly one item, unlocked. Anything else (none,
//! locked, two, no service, a guess that was wrong) answers nothing, and the keyring
//! crate's way follows, which unlocks or says why not.

use std::collections::HashMap;
use std::ffi::OsString;
#[cfg(target_os = "linux")]
use std::os::linux::net::SocketAddrExt;
use std::os::unix::net::{SocketAddr, UnixStream};
use std::sync::{Mutex, mpsc};
use std::time::Duration;

use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};

use crate::config::APP;
use crate::secret::{Secret, secret};

const DESTINATION: &str = "org.freedesktop.secrets";
const SERVICE_PATH: &str = "/org/freedesktop/secrets";
const SERVICE: &str = "org.freedesktop.Secret.Service";
const ITEM: &str = "org.freedesktop.Secret.Item";

/// What the early read found, and for which profile.
struct Found {
    profile: String,
    token: Option<Secret>,
}

static EARLY: Mutex<Option<mpsc::Receiver<Found>>> = Mutex::new(None);

/// Starts the read for the profile the command line names.
pub fn start(args: &[OsString]) {
    let profile = profile_guessed(args);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let token = zbus::block_on(read(&profile));
        let _ = tx.send(Found { profile, token });
    });
    *EARLY.lock().unwrap_or_else(|p| p.into_inner()) = Some(rx);
}

/// How long the program waits at its end for an early read still under way.
const SETTLE: Duration = Duration::from_millis(250);

#[derive(Debug, PartialEq, Eq)]
pub enum Settled {
    /// No early read, or its answer was taken.
    Nothing,
    /// The early read ended while the program waited.
    Ended,
    /// It was still asking after the wait.
    Late,
}

/// Waits for the early read if nobody took its answer.
pub fn settle() -> Settled {
    let early = EARLY.lock().unwrap_or_else(|p| p.into_inner()).take();
    match early.map(|rx| rx.recv_timeout(SETTLE)) {
        None => Settled::Nothing,
        Some(Err(mpsc::RecvTimeoutError::Timeout)) => Settled::Late,
        Some(_) => Settled::Ended,
    }
}

/// The profile's token, if the Secret Service holds exactly one, unlocked: the early
/// read's when it was for this profile, else read now.
pub fn unlocked_token(profile: &str) -> Option<Secret> {
    let early = EARLY.lock().unwrap_or_else(|p| p.into_inner()).take();
    if let Some(found) = early.and_then(|rx| rx.recv().ok())
        && found.profile == profile
    {
        return found.token;
    }
    zbus::block_on(read(profile))
}

/// `--profile NAME` or `--profile=NAME` (the last one), else URSSAF_ADMIN_PROFILE, else
/// `default`, as clap reads them. A guess only: the token is used for the profile the
/// parsed command line names, and for no other.
fn profile_guessed(args: &[OsString]) -> String {
    let mut found = None;
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    while let Some(word) = words.next() {
        match word {
            Some("--") => break,
            Some("--profile") => found = words.next().flatten().or(found),
            Some(w) => found = w.strip_prefix("--profile=").or(found),
            None => {}
        }
    }
    found
        .map(str::to_string)
        .or_else(|| std::env::var("URSSAF_ADMIN_PROFILE").ok())
        .unwrap_or_else(|| "default".to_string())
}

/// How long to wait before each new ask of a Secret Service that was gone: a second in
/// all, about what a restart takes on a loaded machine.
const AGAIN_AFTER: [Duration; 2] = [Duration::from_millis(300), Duration::from_millis(700)];

/// The read, asked again if the Secret Service was not on the bus or left without
/// answering: gnome-keyring aborts now and then when many clients ask at once (an
/// upstream bug), and whoever starts it again takes a moment. The keyring crate's way,
/// which follows a read that found nothing, keeps a store it could not open for the
/// rest of the process.
async fn read(profile: &str) -> Option<Secret> {
    for wait in AGAIN_AFTER {
        match read_once(profile).await {
            Ok(token) => return token,
            Err(Gone) => std::thread::sleep(wait),
        }
    }
    read_once(profile).await.ok().flatten()
}

/// The Secret Service was not there, or went away mid-call.
struct Gone;

fn gone(e: &zbus::Error) -> bool {
    matches!(e, zbus::Error::MethodError(name, _, _) if matches!(
        name.as_str(),
        "org.freedesktop.DBus.Error.ServiceUnknown"
            | "org.freedesktop.DBus.Error.NameHasNoOwner"
            | "org.freedesktop.DBus.Error.NoReply"
    ))
}

/// A method's reply; `Gone` when the service was not there to give it.
fn answered(
    reply: zbus::Result<zbus::Message>,
) -> std::result::Result<Option<zbus::Message>, Gone> {
    match reply {
        Ok(m) => Ok(Some(m)),
        Err(e) if gone(&e) => Err(Gone),
        Err(_) => Ok(None),
    }
}

/// Runs the read with the connection's executor ticked on this thread, which spares
/// the connection a thread of its own.
async fn read_once(profile: &str) -> std::result::Result<Option<Secret>, Gone> {
    let Some(conn) = connected().await else {
        return Ok(None);
    };
    let executor = conn.executor().clone();
    futures_lite::future::or(lookup(&conn, profile), async move {
        loop {
            executor.tick().await;
        }
    })
    .await
}

async fn connected() -> Option<zbus::Connection> {
    let socket = match zbus::Address::session() {
        Ok(address) => socket_for(&address),
        Err(_) => Socket::Other,
    };
    let builder = match socket {
        Socket::Connected(stream) => zbus::connection::Builder::async_io_unix_stream(stream),
        Socket::Other => zbus::connection::Builder::session().ok()?,
        Socket::Refused => return None,
    };
    builder.internal_executor(false).build().await.ok()
}

#[derive(Debug)]
enum Socket {
    Connected(UnixStream),
    /// An address zbus knows and this does not: zbus connects it.
    Other,
    Refused,
}

/// The bus's socket, connected on this thread: zbus would connect it on a thread of its
/// own, a thread per signed-in command (about 0.1 ms of it on two cores).
fn socket_for(address: &zbus::Address) -> Socket {
    use zbus::address::{Transport, transport::UnixSocket};
    let Transport::Unix(unix) = address.transport() else {
        return Socket::Other;
    };
    let at = match unix.path() {
        UnixSocket::File(path) => SocketAddr::from_pathname(path),
        #[cfg(target_os = "linux")]
        UnixSocket::Abstract(name) => SocketAddr::from_abstract_name(name.as_encoded_bytes()),
        _ => return Socket::Other,
    };
    match at.and_then(|at| UnixStream::connect_addr(&at)) {
        Ok(stream) => Socket::Connected(stream),
        Err(_) => Socket::Refused,
    }
}

async fn lookup(
    conn: &zbus::Connection,
    profile: &str,
) -> std::result::Result<Option<Secret>, Gone> {
    let attributes = HashMap::from([("service", APP), ("username", profile)]);
    let plain = ("plain", Value::from(""));
    // The plain algorithm: the session bus reaches only this user's processes, which
    // may ask for the secret anyway, so an encrypted session would protect nothing.
    let session = conn.call_method(
        Some(DESTINATION),
        SERVICE_PATH,
        Some(SERVICE),
        "OpenSession",
        &plain,
    );
    let search = conn.call_method(
        Some(DESTINATION),
        SERVICE_PATH,
        Some(SERVICE),
        "SearchItems",
        &attributes,
    );
    // Both sent before either answer is awaited.
    let (session, search) = futures_lite::future::zip(session, search).await;
    let (Some(session), Some(search)) = (answered(session)?, answered(search)?) else {
        return Ok(None);
    };
    let Ok((_, session)) = session
        .body()
        .deserialize::<(OwnedValue, OwnedObjectPath)>()
    else {
        return Ok(None);
    };
    let Ok((unlocked, locked)) = search
        .body()
        .deserialize::<(Vec<OwnedObjectPath>, Vec<OwnedObjectPath>)>()
    else {
        return Ok(None);
    };
    let ([item], true) = (unlocked.as_slice(), locked.is_empty()) else {
        return Ok(None);
    };
    let asked = conn
        .call_method(Some(DESTINATION), item, Some(ITEM), "GetSecret", &session)
        .await;
    let Some(reply) = answered(asked)? else {
        return Ok(None);
    };
    let Ok((_, _, value, _)) = reply
        .body()
        .deserialize::<(OwnedObjectPath, Vec<u8>, Vec<u8>, String)>()
    else {
        return Ok(None);
    };
    Ok(String::from_utf8(value).ok().map(secret))
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use std::sync::Mutex;

    use super::{
        APP, Settled, Socket, profile_guessed, read, settle, socket_for, start, unlocked_token,
    };
    use crate::secret::ExposeSecret;

    /// The tests that start the early read, one at a time: there is one per process.
    static EARLY_READS: Mutex<()> = Mutex::new(());

    fn guessed(line: &[&str]) -> String {
        let args: Vec<OsString> = line.iter().map(Into::into).collect();
        profile_guessed(&args)
    }

    #[test]
    fn the_profile_is_guessed_as_clap_reads_it() {
        assert_eq!(guessed(&["ua", "--profile", "ci", "clients", "list"]), "ci");
        assert_eq!(guessed(&["ua", "clients", "list", "--profile=ci"]), "ci");
        assert_eq!(guessed(&["ua", "--profile", "a", "--profile", "b"]), "b");
        assert_eq!(guessed(&["ua", "--", "--profile", "a"]), guessed(&["ua"]));
        assert_eq!(guessed(&["ua", "--profile"]), guessed(&["ua"]));
    }

    fn socket(address: &str) -> Socket {
        socket_for(&address.parse().expect("a D-Bus address"))
    }

    #[test]
    fn the_bus_socket_is_connected_here_for_a_path_and_left_to_zbus_otherwise() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("bus");
        let _listening = std::os::unix::net::UnixListener::bind(&path).expect("bound");
        let address = format!("unix:path={}", path.display());
        assert!(matches!(socket(&address), Socket::Connected(_)));
        let gone = format!("unix:path={}", dir.path().join("none").display());
        assert!(matches!(socket(&gone), Socket::Refused));
        assert!(matches!(socket("tcp:host=127.0.0.1,port=9"), Socket::Other));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn an_abstract_bus_socket_is_connected_here() {
        use std::os::linux::net::SocketAddrExt;
        use std::os::unix::net::{SocketAddr, UnixListener};
        let name = format!("urssaf-admin-test-{}", std::process::id());
        let at = SocketAddr::from_abstract_name(name.as_bytes()).expect("a name");
        let _listening = UnixListener::bind_addr(&at).expect("bound");
        assert!(matches!(
            socket(&format!("unix:abstract={name}")),
            Socket::Connected(_)
        ));
    }

    // The real Secret Service of the test session (.ci/test), under names no other
    // test uses.
    fn profile(name: &str) -> String {
        format!("bus-test-{}-{name}", std::process::id())
    }

    fn stored(profile: &str, token: &str) -> keyring::Entry {
        let entry = keyring::Entry::new(APP, profile).expect("a keyring entry");
        entry
            .set_password(token)
            .expect("the test keyring takes a password");
        entry
    }

    fn read_now(profile: &str) -> Option<String> {
        zbus::block_on(read(profile)).map(|t| t.expose_secret().to_string())
    }

    #[test]
    fn the_one_unlocked_item_of_the_profile_is_read() {
        let name = profile("one");
        assert_eq!(read_now(&name), None);
        let entry = stored(&name, "the token");
        let other = stored(&profile("other"), "another token");
        assert_eq!(read_now(&name).as_deref(), Some("the token"));
        entry.delete_credential().expect("deleted");
        other.delete_credential().expect("deleted");
        assert_eq!(read_now(&name), None);
    }

    #[test]
    fn the_end_waits_for_an_early_read_nobody_took() {
        let name = profile("settle");
        let entry = stored(&name, "a token");
        let line: Vec<OsString> = ["ua", "--profile", &name, "clients", "list"]
            .iter()
            .map(Into::into)
            .collect();
        let _one = EARLY_READS.lock().unwrap_or_else(|p| p.into_inner());
        start(&line);
        assert_eq!(settle(), Settled::Ended);
        assert_eq!(settle(), Settled::Nothing);
        // A read whose answer was taken leaves nothing to wait for.
        start(&line);
        assert!(unlocked_token(&name).is_some());
        assert_eq!(settle(), Settled::Nothing);
        entry.delete_credential().expect("deleted");
    }

    #[test]
    fn the_early_read_serves_only_the_profile_it_read() {
        let (a, b) = (profile("early-a"), profile("early-b"));
        let entries = [stored(&a, "token a"), stored(&b, "token b")];
        let line = |p: &str| -> Vec<OsString> {
            ["ua", "--profile", p, "clients", "list"]
                .iter()
                .map(Into::into)
                .collect()
        };
        let token = |p: &str| unlocked_token(p).map(|t| t.expose_secret().to_string());
        let _one = EARLY_READS.lock().unwrap_or_else(|p| p.into_inner());
        start(&line(&a));
        assert_eq!(token(&b).as_deref(), Some("token b"));
        start(&line(&a));
        assert_eq!(token(&a).as_deref(), Some("token a"));
        for entry in entries {
            entry.delete_credential().expect("deleted");
        }
    }
}
