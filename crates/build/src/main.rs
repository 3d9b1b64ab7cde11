//! `atlas-build ROOT OUT_DIR BUILD_DIR`: what `build.rs` does, as a program, so scripts can run
//! it on a copy of `data/` (see `scripts/test-data-errors.sh`). Exits 1 with one line a problem.

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [root, out_dir, build_dir] = args.as_slice() else {
        eprintln!("usage: atlas-build ROOT OUT_DIR BUILD_DIR");
        std::process::exit(2);
    };
    let paths =
        atlas_build::Paths { root: Path::new(root), out_dir: Path::new(out_dir), build_dir: Path::new(build_dir) };
    if let Err(errors) = atlas_build::run(&paths) {
        for e in &errors {
            eprintln!("invalid data: {e}");
        }
        eprintln!("{} problem(s) in data/: fix them (see data/README.md) and build again", errors.len());
        std::process::exit(1);
    }
}
