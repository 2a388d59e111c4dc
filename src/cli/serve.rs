//! serve: the HTTP API over the local space.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use crate::context::Context;
use crate::error::Result;
use crate::server::{self, ServeOptions};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on (port 0 picks a free one, printed on stdout).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Serve HTTPS with this certificate chain (PEM).
    #[arg(long, requires = "tls_key", value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,
    /// The certificate's private key (PEM).
    #[arg(long, requires = "tls_cert", value_name = "FILE")]
    pub tls_key: Option<PathBuf>,
    /// Allow plain HTTP on a non-loopback address (behind a TLS proxy only).
    #[arg(long)]
    pub insecure_plain_http: bool,
}

pub fn run(ctx: &Context, a: &ServeArgs) -> Result<()> {
    server::serve(ServeOptions {
        db: ctx.db_path()?,
        listen: a.listen,
        tls: a.tls_cert.clone().zip(a.tls_key.clone()),
        insecure_plain_http: a.insecure_plain_http,
    })
}
