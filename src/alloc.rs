//! mimalloc doubles the server's throughput, but costs every short command a millisecond
//! to set up its arena. So commands use the system allocator, and `serve` switches to
//! mimalloc before it starts its threads; each block goes back to the allocator it came
//! from.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, Ordering};

use mimalloc::MiMalloc;

static MIMALLOC: AtomicBool = AtomicBool::new(false);

pub struct Allocator;

/// From now on, new blocks come from mimalloc.
pub fn use_mimalloc() {
    MIMALLOC.store(true, Ordering::SeqCst);
}

fn from_mimalloc(ptr: *mut u8) -> bool {
    // Before the switch nothing can be mimalloc's, and mimalloc is not even started.
    MIMALLOC.load(Ordering::Relaxed)
        // SAFETY: only reads mimalloc's own bookkeeping for an address.
        && unsafe { libmimalloc_sys::mi_is_in_heap_region(ptr.cast()) }
}

// SAFETY: every block is freed or resized by the allocator that gave it out.
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
            if from_mimalloc(ptr) {
                MiMalloc.dealloc(ptr, layout)
            } else {
                System.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            if from_mimalloc(ptr) {
                MiMalloc.realloc(ptr, layout, new_size)
            } else {
                System.realloc(ptr, layout, new_size)
            }
        }
    }
}
