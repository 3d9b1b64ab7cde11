//! Validates the dataset at build time with the same code the app uses (`src/data.rs`), so a
//! broken data file stops `cargo build`, `trunk build` and `cargo test` with a message naming the
//! file and line, never a blank page at run time.

#[path = "src/csv.rs"]
mod csv;
#[allow(dead_code)]
#[path = "src/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;

use std::process::exit;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/data.rs");
    println!("cargo:rerun-if-changed=src/csv.rs");
    println!("cargo:rerun-if-changed=src/model.rs");
    let files = data::embedded_files();
    let result = data::parse(files).and_then(|dataset| {
        data::check_quotes(&dataset, files, |file| {
            std::fs::read_to_string(format!("data/sources/{file}")).ok().map(|s| &*s.leak())
        })
    });
    if let Err(errors) = result {
        for e in &errors {
            // `cargo:warning` shows through cargo's output even when the build script fails.
            println!("cargo:warning=invalid data: {e}");
            eprintln!("invalid data: {e}");
        }
        eprintln!("{} problem(s) in data/: fix them (see data/README.md) and build again", errors.len());
        exit(1);
    }
}
