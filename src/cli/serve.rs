//! serve: the HTTP API over the local space.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use crate::cli::context::Context;
use crate::error::{Error, Result};
use crate::messages as msg;
use crate::server::{self, ServeOptions};

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[arg(long, default_value = "127.0.0.1:8080", value_parser = listen_address)]
    pub listen: SocketAddr,
    #[arg(long, requires = "tls_key", value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,
    #[arg(long, requires = "tls_cert", value_name = "FILE")]
    pub tls_key: Option<PathBuf>,
    #[arg(long)]
    pub insecure_plain_http: bool,
    #[arg(long, value_name = "FILE")]
    pub smtp_password_file: Option<PathBuf>,
    #[arg(long, value_name = "ADDRESS", value_parser = ip_address)]
    pub trusted_proxy: Vec<std::net::IpAddr>,
}

/// An address and a port to listen on, such as 127.0.0.1:8080, [::1]:8443 or
/// localhost:8080 (a name is looked up; IPv4 first, as most clients try it first).
fn listen_address(s: &str) -> std::result::Result<SocketAddr, String> {
    use std::net::ToSocketAddrs;
    let s = s.trim();
    if let Ok(addr) = s.parse() {
        return Ok(addr);
    }
    let found: Vec<SocketAddr> = s
        .to_socket_addrs()
        .map_err(|_| crate::t!("value-address-and-port"))?
        .collect();
    found
        .iter()
        .find(|a| a.is_ipv4())
        .or(found.first())
        .copied()
        .ok_or_else(|| crate::t!("value-address-and-port"))
}

fn ip_address(s: &str) -> std::result::Result<std::net::IpAddr, String> {
    s.trim().parse().map_err(|_| crate::t!("value-ip-address"))
}

pub fn run(ctx: &Context, a: &ServeArgs) -> Result<()> {
    server::serve(ServeOptions {
        db: ctx.db_path()?,
        listen: a.listen,
        tls: a.tls_cert.clone().zip(a.tls_key.clone()),
        insecure_plain_http: a.insecure_plain_http,
        smtp_password: smtp_password(a.smtp_password_file.as_deref())?,
        trusted_proxies: a.trusted_proxy.clone(),
    })
}

fn smtp_password(file: Option<&std::path::Path>) -> Result<Option<crate::secret::Secret>> {
    let Some(path) = file else {
        return Ok(std::env::var(crate::space::mail::PASSWORD_ENV)
            .ok()
            .filter(|p| !p.is_empty())
            .map(crate::secret::secret));
    };
    use std::io::Read;
    let unreadable =
        |e: std::io::Error| Error::invalid(msg::cannot_read_file(path, &msg::reason(&e)));
    // The file as opened is the one checked: no swap between the check and the read.
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    if crate::private::readable_by_others(&file.metadata().map_err(unreadable)?) {
        return Err(Error::invalid(msg::password_file_open(path)).hint(msg::hint_chmod_600(path)));
    }
    let mut text = String::new();
    file.read_to_string(&mut text).map_err(unreadable)?;
    Ok(Some(crate::secret::secret(
        text.trim_end_matches(['\n', '\r']),
    )))
}
