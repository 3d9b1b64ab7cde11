//! Stands in for `wasm-streams` 0.5, which Leptos links into the wasm through server_fn's browser
//! client (`server_fn/browser`, a feature Leptos always turns on) to stream the bodies of server
//! functions. The atlas has no server functions, yet the real crate's `#[wasm_bindgen]` classes
//! (`IntoUnderlyingSource`, `IntoUnderlyingByteSource`, `IntoUnderlyingSink`) are exports of the
//! wasm, which no linker or optimiser may drop: their code, the imports it calls and their
//! JavaScript glue were 1.8 KiB gzip of the first view. This crate has the types and functions
//! server_fn names, and nothing to export; converting a stream, which only a server function
//! would ask for, panics (the root `Cargo.toml`'s `[patch.crates-io]` puts it in place).

use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};
use futures_core::Stream;
use wasm_bindgen::JsValue;

/// What a server function streams would go through; here it only holds the browser's stream.
#[derive(Debug)]
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wraps a JavaScript stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// The JavaScript stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// A Rust stream as a JavaScript one: only a streaming server function asks for it.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        panic!("wasm-streams stub: the atlas has no server functions to stream to")
    }

    /// The JavaScript stream as a Rust one: only a streaming server function asks for it.
    pub fn into_stream(self) -> IntoStream<'static> {
        panic!("wasm-streams stub: the atlas has no server functions to stream from")
    }
}

/// The type `into_stream` names; it yields nothing.
#[derive(Debug)]
pub struct IntoStream<'reader>(PhantomData<&'reader ()>);

impl Stream for IntoStream<'_> {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(None)
    }
}
