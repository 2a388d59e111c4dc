fn main() -> std::process::ExitCode {
    urssaf_admin::main()
}
