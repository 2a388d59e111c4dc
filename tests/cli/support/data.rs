//! Test data: the usual firm, valid company numbers, the files a test leaves.

use std::path::{Path, PathBuf};

use urssaf_admin::domain::ident::CompanyId;

use super::{BOB_PW, Backend, Env};

/// A space with portfolios 1 and 2, bob subscribed to 1, carol to 2, and clients.
pub fn firm(b: Backend) -> Env {
    firm_in(Env::with_space_on(b))
}

/// The same firm in a space made another way (with its own company register).
pub fn firm_in(env: Env) -> Env {
    let admin = env.admin();
    admin.ok(&["portfolio", "create", "--yes"]);
    admin.ok(&["portfolio", "create", "--yes"]);
    admin.ok(&[
        "clients",
        "add",
        "356000000",
        "--name",
        "La Poste",
        "-p",
        "1",
    ]);
    admin.ok(&[
        "clients",
        "add",
        "552120222",
        "--name",
        "Société Générale",
        "-p",
        "2",
    ]);
    env.onboard("bob", 1, BOB_PW);
    env.onboard("carol", 2, "carol's long password");
    env
}

/// A valid SIREN for each number, a different one for each: its check digit is the one
/// the tool itself accepts.
pub fn siren(n: u32) -> String {
    let body = format!("{:08}", 10_000_000 + n);
    (0..10)
        .map(|check| format!("{body}{check}"))
        .find(|s| CompanyId::parse(s).is_ok())
        .unwrap_or_else(|| panic!("no check digit makes {body} a SIREN"))
}

/// Every file under `dir`, in its subfolders too.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}
