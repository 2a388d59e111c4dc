//! Passwords, tokens and activation codes: kept in a type that never prints (R1).

pub use secrecy::{ExposeSecret, SecretString as Secret};

pub fn secret(s: impl Into<String>) -> Secret {
    Secret::from(s.into())
}
