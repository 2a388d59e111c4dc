//! completions/ and man/ are generated from the command tree and committed. This test
//! fails when they drift; URSSAF_ADMIN_UPDATE_GENERATED=1 rewrites them instead.

use std::path::Path;

use urssaf_admin::generate;

fn check(path: &Path, expected: &[u8], stale: &mut Vec<String>) {
    if std::env::var_os("URSSAF_ADMIN_UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
    } else if std::fs::read(path).ok().as_deref() != Some(expected) {
        stale.push(path.display().to_string());
    }
}

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for shell in generate::SHELLS {
        let path = root
            .join("completions")
            .join(generate::completion_file(shell));
        check(&path, generate::completion(shell).as_bytes(), &mut stale);
    }
    let pages = generate::man_pages();
    assert!(pages.iter().any(|(name, _)| name == "urssaf-admin.1"));
    assert!(
        pages
            .iter()
            .any(|(name, _)| name == "urssaf-admin-portfolio-create.1")
    );
    for (name, bytes) in &pages {
        check(&root.join("man").join(name), bytes, &mut stale);
    }
    // No page left behind for a command that no longer exists.
    if std::env::var_os("URSSAF_ADMIN_UPDATE_GENERATED").is_none() {
        for entry in std::fs::read_dir(root.join("man")).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().to_string();
            if name.ends_with(".1") && !pages.iter().any(|(n, _)| *n == name) {
                stale.push(format!("man/{name} (no such command)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}\nRegenerate with: URSSAF_ADMIN_UPDATE_GENERATED=1 cargo test --test cli generated"
    );
}

#[test]
fn the_completions_command_prints_the_committed_script() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_urssaf-admin"))
        .args(["completions", "zsh"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        out.stdout,
        generate::completion(clap_complete::Shell::Zsh).as_bytes()
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("#compdef urssaf-admin"));
}

/// Every page passes `mandoc -T lint` without an error or a warning.
#[test]
fn man_pages_pass_mandoc_lint() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pages: Vec<_> = std::fs::read_dir(root.join("man"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "1"))
        .collect();
    assert!(pages.len() > 30, "{pages:?}");
    let out = std::process::Command::new("mandoc")
        .args(["-T", "lint", "-W", "warning"])
        .args(&pages)
        .output()
        .expect("mandoc is installed by .ci/install-deps");
    let report =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && report.is_empty(), "{report}");
    // The sections the issue asks for.
    let main = std::fs::read_to_string(root.join("man/urssaf-admin.1")).unwrap();
    for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"] {
        assert!(
            main.contains(&format!(".SH \"{section}\""))
                || main.contains(&format!(".SH {section}")),
            "{section}"
        );
    }
}
