#[global_allocator]
static ALLOCATOR: urssaf_admin::alloc::Allocator = urssaf_admin::alloc::Allocator;

fn main() -> std::process::ExitCode {
    urssaf_admin::main()
}
