//! Mounts the atlas; everything else lives in the library. A panic (none is expected) traps the
//! wasm, and `static/boot.js` shows a readable message with a reload; the panic hook that logged
//! its file and line cost the wasm 0.36 KiB gzip, which the official statistics needed.

fn main() {
    hunan_atlas::mount();
}
