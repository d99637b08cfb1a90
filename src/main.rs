fn main() -> std::process::ExitCode {
    leakgate::cli::main()
}
