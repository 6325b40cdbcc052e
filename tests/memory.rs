//! Linking a large set takes memory in proportion to the documents' links, not a multiple of
//! them: 1,000 articles made from the seeds (each numbered, all distinct) are analysed one by
//! one as the page does it, and `combine` may add at most `MAX_GROWTH` times the memory their
//! links hold while it runs. Bytes are counted by this test's allocator, so the figure does
//! not depend on the machine's speed. A hash table with a list per run of words in the
//! shared passages, and a hash table per sentence in the brief, took 1.66 times; the words
//! of every document kept while their shared runs were found, 1.11 (0.74 since).
//! Skipped with a message when ../shared/seeds is absent.

use lente::schema::{Document, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

mod common;

/// The most `combine` may add above what it started with, in times the links' memory.
const MAX_GROWTH: f64 = 0.9;

/// The system's allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = IN_USE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(now, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        // Counted as the move it may be: the old and the new block both in use.
        grew(size);
        let moved = System.realloc(ptr, layout, size);
        IN_USE.fetch_sub(layout.size(), Relaxed);
        moved
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

#[test]
fn linking_a_thousand_articles_takes_memory_in_proportion() {
    let Some(seeds) = common::seed_documents() else { return };
    let options = Options { offsets: lente::OffsetUnit::Utf16, ..Options::default() };
    let before = IN_USE.load(Relaxed);
    let links: Vec<_> = (0..1000)
        .map(|i| {
            let seed = &seeds[i % seeds.len()].text;
            let (headline, rest) = seed.split_once('\n').unwrap_or((seed, ""));
            let text = format!("{headline} ({})\n{rest}\n\nArticolo numero {}.", i + 1, i + 1);
            lente::analyze_document(i, &Document { text, ..Document::default() }, &options).links
        })
        .collect();
    let held = IN_USE.load(Relaxed) - before;
    PEAK.store(IN_USE.load(Relaxed), Relaxed);
    let start = IN_USE.load(Relaxed);
    let set = lente::combine(&links, &options);
    let growth = (PEAK.load(Relaxed) - start) as f64 / held as f64;
    eprintln!("links {:.1} MiB; combine added at most {:.1} MiB ({growth:.2} times)", held as f64 / 1048576.0, (PEAK.load(Relaxed) - start) as f64 / 1048576.0);
    assert!(!set.comparison.passages.is_empty() && !set.brief.is_empty(), "the set has shared passages and a brief");
    assert!(growth <= MAX_GROWTH, "combine added {growth:.2} times the links' memory (at most {MAX_GROWTH})");
}
