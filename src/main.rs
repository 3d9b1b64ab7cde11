//! Mounts the atlas; everything else lives in the library.

fn main() {
    // A panic (none is expected) says where it was in the console instead of a bare
    // "unreachable", so a browser test that collects console errors shows where it came from
    // (its file and line: formatting its message would cost the wasm about 0.7 KiB gzip).
    std::panic::set_hook(Box::new(|info| {
        if let Some(at) = info.location() {
            web_sys::console::error_3(&"panic at".into(), &at.file().into(), &at.line().into());
        }
    }));
    hunan_atlas::mount();
}
