//! Thin shells for foreign callers: the JSON-in, JSON-out protocol ([`ffi`]), tested natively,
//! and the three WebAssembly exports over it (`wasm`, compiled only for wasm32).

pub mod ffi;
#[cfg(target_arch = "wasm32")]
mod wasm;
