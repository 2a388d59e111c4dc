//! TLS for both the server and the client, with the ring provider: installed once per
//! process, by whichever side needs it first.

pub fn install_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
