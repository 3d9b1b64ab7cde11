//! Mounts the atlas; everything else lives in the library.

fn main() {
    hunan_atlas::mount();
}
