fn main() -> std::process::ExitCode {
    urssaf_admin::main()
}

// Many small allocations per request (JSON, rows): a faster allocator pays off.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
