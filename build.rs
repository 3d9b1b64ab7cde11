//! Runs the build (crates/build): validates data/ so that a broken file stops `cargo build`,
//! `trunk build` and `cargo test` with its file and line, projects the boundaries, and writes
//! `$OUT_DIR/areas.rs` and the prerendered page parts in `build/`.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-env-changed=ATLAS_SITE_URL");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let paths =
        atlas_build::Paths { root: Path::new("."), out_dir: Path::new(&out_dir), build_dir: Path::new("build") };
    if let Err(errors) = atlas_build::run(&paths) {
        for e in &errors {
            // `cargo:warning` shows through cargo's output even when the build script fails.
            println!("cargo:warning=invalid data: {e}");
            eprintln!("invalid data: {e}");
        }
        eprintln!("{} problem(s) in data/: fix them (see data/README.md) and build again", errors.len());
        std::process::exit(1);
    }
}
