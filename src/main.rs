#[global_allocator]
static ALLOCATOR: urssaf_admin::alloc::Allocator = urssaf_admin::alloc::Allocator;

/// The allocator is chosen from the arguments before Rust's runtime allocates anything:
/// the loader runs `.init_array` entries first, with argc, argv and envp.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[used]
#[unsafe(link_section = ".init_array")]
static CHOOSE_ALLOCATOR: unsafe extern "C" fn(
    std::ffi::c_int,
    *const *const std::ffi::c_char,
    *const *const std::ffi::c_char,
) = urssaf_admin::alloc::choose;

fn main() -> std::process::ExitCode {
    urssaf_admin::main()
}
