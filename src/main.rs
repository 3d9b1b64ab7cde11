//! Mounts the atlas; everything else lives in the library.

fn main() {
    // A panic (none is expected) says what it was in the console instead of a bare
    // "unreachable", so a browser test that collects console errors shows where it came from.
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    hunan_atlas::mount();
}
