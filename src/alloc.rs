//! mimalloc doubles the server's throughput, but costs every short command a millisecond
//! to set up its arena. So the allocator is chosen once, before anything allocates:
//! mimalloc for `serve`, the system allocator for everything else.

use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::{CStr, c_char, c_int};
use std::sync::atomic::{AtomicBool, Ordering};

use mimalloc::MiMalloc;

static MIMALLOC: AtomicBool = AtomicBool::new(false);

pub struct Allocator;

/// Called by the loader with the program's arguments, before Rust's runtime starts (see
/// main.rs): nothing has been allocated yet, and the choice never changes afterwards.
///
/// # Safety
/// `argv` must hold `argc` valid C strings, as the loader passes them.
pub unsafe extern "C" fn choose(argc: c_int, argv: *const *const c_char, _: *const *const c_char) {
    let serving = (1..usize::try_from(argc).unwrap_or(0)).any(|i| {
        // SAFETY: the loader's argv has argc entries, each a NUL-terminated string.
        unsafe { CStr::from_ptr(*argv.add(i)) }.to_bytes() == b"serve"
    });
    MIMALLOC.store(serving, Ordering::Relaxed);
}

// SAFETY: the allocator in use is fixed before the first allocation, so every block
// is freed and resized by the allocator that gave it out.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if MIMALLOC.load(Ordering::Relaxed) {
                MiMalloc.alloc(layout)
            } else {
                System.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if MIMALLOC.load(Ordering::Relaxed) {
                MiMalloc.alloc_zeroed(layout)
            } else {
                System.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe {
            if MIMALLOC.load(Ordering::Relaxed) {
                MiMalloc.dealloc(ptr, layout)
            } else {
                System.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            if MIMALLOC.load(Ordering::Relaxed) {
                MiMalloc.realloc(ptr, layout, new_size)
            } else {
                System.realloc(ptr, layout, new_size)
            }
        }
    }
}
