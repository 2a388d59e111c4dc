//! Files and folders private to the user: the space, the configuration, tokens and
//! reports. On Unix, modes 0700 and 0600. On Windows they live under the user's own
//! profile folders (`dirs`), whose default ACL already keeps other users out.

use std::fs::{DirBuilder, OpenOptions};
use std::io;
use std::path::Path;

/// A folder and its parents, private to the user where created.
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Options for writing a file that only the user may read.
pub fn options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// The permissions of a new private file, for APIs that take them (temporary files);
/// `None` where the folder decides (Windows).
pub fn file_permissions() -> Option<std::fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Whether others than the user may read the file (a secret kept in it is then refused).
pub fn readable_by_others(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.permissions().mode() & 0o077 != 0
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Whether two paths name the same file, whatever the links and spellings.
pub fn same_file(a: &Path, b: &Path) -> bool {
    same_file::is_same_file(a, b).unwrap_or(false)
}
