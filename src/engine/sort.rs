//! The unknown keys of a payload as a report shows them: how many distinct ones, and the first
//! few in byte order (G5 wants one order whatever the input's), in time linear in their total
//! length (T1).
//!
//! Natively, many keys are counted in a hash table and the first few picked out as they come
//! (each key compared with at most that few); a sort is the fallback, and the path for a few
//! keys. The sort is a most-significant-byte radix sort: each byte of each key is looked at a
//! bounded number of times, so ten thousand keys cost what ten thousand keys' bytes cost, with
//! no `log n` factor of comparisons. The WebAssembly module keeps a heap sort, a few dozen
//! instructions, where a kilobyte of code costs more than the `log n` (the worst case there is
//! still O(n log n) comparisons). All give the same answer: byte order, exact equality.

use std::borrow::Cow;

/// How many distinct keys there are, and the first `keep` of them in byte order (the order of
/// `str`'s `Ord`): what a report shows of a payload's unknown keys (G5).
///
/// Natively, a payload with many unknown keys has them counted in a hash table (seeded per
/// call, so no input can be made to collide on purpose) while the first `keep` are picked
/// out, which costs a few steps per key; should the table's probes ever pass a budget linear
/// in the number of keys, the keys are sorted instead, so the cost stays linear in their
/// total length whatever they are (T1).
pub(crate) fn distinct_first<'k>(keys: &'k [Cow<'_, str>], keep: usize) -> (usize, Vec<&'k str>) {
    #[cfg(not(target_arch = "wasm32"))]
    if keys.len() > HASHED_FROM {
        if let Some(found) = hashed::distinct_first(keys, keep) {
            return found;
        }
    }
    let mut keys: Vec<&str> = keys.iter().map(|k| &**k).collect();
    sort_keys(&mut keys);
    keys.dedup_by(|a, b| crate::spec::field::same(a, b));
    let count = keys.len();
    keys.truncate(keep);
    (count, keys)
}

/// Below this many keys, sorting them is as quick as counting them in a table.
#[cfg(not(target_arch = "wasm32"))]
const HASHED_FROM: usize = 64;

/// Counting distinct keys in a hash table and keeping the least few (see [`distinct_first`]).
#[cfg(not(target_arch = "wasm32"))]
mod hashed {
    use std::borrow::Cow;
    use std::hash::BuildHasher;

    use crate::spec::field::same;

    /// The keys' hash: eight bytes at a time, mixed with a seed drawn per call.
    fn hash(seed: u64, key: &[u8]) -> u64 {
        const MUL: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut h = seed ^ (key.len() as u64).wrapping_mul(MUL);
        let mut chunks = key.chunks_exact(8);
        for c in chunks.by_ref() {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h ^ u64::from_le_bytes(w)).wrapping_mul(MUL);
            h ^= h >> 29;
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let w = rest.iter().enumerate().fold(0u64, |w, (i, &b)| {
                w | u64::from(b) << (i.saturating_mul(8) & 63)
            });
            h = (h ^ w).wrapping_mul(MUL);
            h ^= h >> 29;
        }
        h.wrapping_mul(MUL) ^ (h >> 32)
    }

    /// `a < b` in byte order: the first eight bytes as big-endian words (a key that ends
    /// sooner is padded with zeros, which only a longer key can tie), the rest only on a tie.
    #[inline]
    fn less(a: &str, b: &str) -> bool {
        fn word(s: &[u8]) -> u64 {
            match s.first_chunk::<8>() {
                Some(&w) => u64::from_be_bytes(w),
                None => s.iter().enumerate().fold(0u64, |w, (i, &b)| {
                    w | u64::from(b) << (56usize.saturating_sub(i.saturating_mul(8)) & 63)
                }),
            }
        }
        let (wa, wb) = (word(a.as_bytes()), word(b.as_bytes()));
        if wa == wb {
            a < b
        } else {
            wa < wb
        }
    }

    /// The count and the first `keep`, or `None` when the probes passed their budget.
    pub(super) fn distinct_first<'k>(
        keys: &'k [Cow<'_, str>],
        keep: usize,
    ) -> Option<(usize, Vec<&'k str>)> {
        let n = keys.len();
        let size = n.saturating_mul(2).checked_next_power_of_two()?;
        let mask = size.saturating_sub(1);
        // Slot: the key's index plus one, 0 when empty.
        let mut table = vec![0u32; size];
        let seed = std::collections::hash_map::RandomState::new().hash_one(n);
        let mut budget = n.saturating_mul(8).saturating_add(64);
        let mut count = 0usize;
        let mut first: Vec<&'k str> = Vec::with_capacity(keep.saturating_add(1));
        for (i, key) in keys.iter().enumerate() {
            let key: &'k str = key;
            let mut at = usize::try_from(hash(seed, key.as_bytes())).unwrap_or(0) & mask;
            let fresh = loop {
                match table.get(at).copied() {
                    Some(0) => {
                        if let Some(slot) = table.get_mut(at) {
                            *slot = u32::try_from(i.saturating_add(1)).ok()?;
                        }
                        break true;
                    }
                    Some(e) => {
                        let other = keys.get((e as usize).saturating_sub(1))?;
                        if same(other, key) {
                            break false;
                        }
                    }
                    None => return None,
                }
                budget = budget.checked_sub(1)?;
                at = at.saturating_add(1) & mask;
            };
            if !fresh {
                continue;
            }
            count = count.saturating_add(1);
            // One of the first `keep` so far? Most keys fail the first comparison.
            if first.len() == keep && first.last().is_none_or(|&last| !less(key, last)) {
                continue;
            }
            let place = first
                .iter()
                .position(|&k| less(key, k))
                .unwrap_or(first.len());
            first.insert(place, key);
            first.truncate(keep);
        }
        Some((count, first))
    }
}

/// Sorts keys by their bytes (the order of `str`'s `Ord`).
fn sort_keys(keys: &mut [&str]) {
    #[cfg(not(target_arch = "wasm32"))]
    radix_sort(keys);
    #[cfg(target_arch = "wasm32")]
    heap_sort(keys);
}

/// A range of the index array still to sort, all of whose keys agree on their first `depth`
/// bytes.
#[cfg(any(not(target_arch = "wasm32"), test))]
struct Span {
    lo: usize,
    hi: usize,
    depth: usize,
}

/// Ranges this short are finished by insertion sort.
#[cfg(any(not(target_arch = "wasm32"), test))]
const SMALL: usize = 16;

/// MSD radix sort without recursion (a key may be 64 KiB long).
///
/// Cost: a range whose keys all share the byte at `depth` only moves `depth` on (each key's
/// byte is read once); a range that splits does two passes over its keys plus one over the
/// buckets between its least and greatest byte (at most 257), and there are fewer such ranges
/// than keys / `SMALL` × 2; a range of at most
/// `SMALL` keys is insertion-sorted from `depth`, comparing each key's remaining bytes at most
/// `SMALL` times.
#[cfg(any(not(target_arch = "wasm32"), test))]
pub(crate) fn radix_sort(keys: &mut [&str]) {
    // The byte at `d` plus one, or 0 past the end (a shorter key sorts first).
    fn at(key: &str, d: usize) -> usize {
        key.as_bytes()
            .get(d)
            .map_or(0, |&b| usize::from(b).saturating_add(1))
    }
    let mut scratch: Vec<&str> = vec![""; keys.len()];
    let mut counts = [0usize; 257];
    let mut stack = vec![Span {
        lo: 0,
        hi: keys.len(),
        depth: 0,
    }];
    while let Some(Span { lo, hi, mut depth }) = stack.pop() {
        let Some(range) = keys.get_mut(lo..hi) else {
            continue;
        };
        if range.len() <= SMALL {
            insertion_sort(range, depth);
            continue;
        }
        // Walk the common prefix without counting.
        let first = range.first().copied().unwrap_or("");
        loop {
            let b = at(first, depth);
            if b == 0 || !range.iter().all(|k| at(k, depth) == b) {
                break;
            }
            depth = depth.saturating_add(1);
        }
        // Count the bytes at `depth`, turn the counts into bucket starts, then place each
        // key; only the buckets between the least and the greatest byte seen are touched,
        // and `counts` is left all zero again for the next range.
        let (mut least, mut greatest) = (256usize, 0usize);
        for k in range.iter() {
            let b = at(k, depth);
            least = least.min(b);
            greatest = greatest.max(b);
            if let Some(c) = counts.get_mut(b) {
                *c = c.saturating_add(1);
            }
        }
        let used = counts.get_mut(least..=greatest).unwrap_or(&mut []);
        let mut sum = 0usize;
        for c in used.iter_mut() {
            let n = *c;
            *c = sum;
            sum = sum.saturating_add(n);
        }
        let Some(out) = scratch.get_mut(..range.len()) else {
            continue;
        };
        for &k in range.iter() {
            if let Some(n) = counts.get_mut(at(k, depth)) {
                if let Some(slot) = out.get_mut(*n) {
                    *slot = k;
                }
                *n = n.saturating_add(1);
            }
        }
        range.copy_from_slice(out);
        // Each bucket now ends where `counts` says. The one of keys that ended (byte 0) holds
        // equal keys: nothing more to sort there.
        let mut start = 0usize;
        for b in least..=greatest {
            let end = counts.get(b).copied().unwrap_or(start);
            if b > 0 && end.saturating_sub(start) > 1 {
                stack.push(Span {
                    lo: lo.saturating_add(start),
                    hi: lo.saturating_add(end),
                    depth: depth.saturating_add(1),
                });
            }
            start = end;
            if let Some(c) = counts.get_mut(b) {
                *c = 0;
            }
        }
    }
}

/// Sorts `range` by the keys' bytes from `depth` on (all agree before it).
#[cfg(any(not(target_arch = "wasm32"), test))]
fn insertion_sort(range: &mut [&str], depth: usize) {
    fn tail(k: &str, depth: usize) -> &[u8] {
        k.as_bytes().get(depth..).unwrap_or(&[])
    }
    for j in 1..range.len() {
        let mut k = j;
        while k > 0 {
            let (Some(&a), Some(&b)) = (range.get(k.wrapping_sub(1)), range.get(k)) else {
                break;
            };
            if tail(a, depth) <= tail(b, depth) {
                break;
            }
            range.swap(k.wrapping_sub(1), k);
            k = k.wrapping_sub(1);
        }
    }
}

/// Sorts in place in O(n log n) with a few dozen instructions: the standard library's sort is
/// faster on large inputs but adds kilobytes to the WebAssembly module, and this list is short
/// except in hostile input, where O(n log n) is what matters.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn heap_sort<T: Ord>(v: &mut [T]) {
    fn sift_down<T: Ord>(v: &mut [T], mut root: usize, end: usize) {
        loop {
            let mut child = root.saturating_mul(2).saturating_add(1);
            if child >= end {
                return;
            }
            let right = child.saturating_add(1);
            if right < end && v.get(right) > v.get(child) {
                child = right;
            }
            if v.get(root) >= v.get(child) {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = v.len();
    for start in (0..n / 2).rev() {
        sift_down(v, start, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn heap_sort_sorts() {
        let mut seed = 12345u64;
        for n in 0..200 {
            let mut v: Vec<u64> = (0..n).map(|_| lcg(&mut seed) >> 20).collect();
            let mut expected = v.clone();
            expected.sort_unstable();
            heap_sort(&mut v);
            assert_eq!(v, expected);
        }
    }

    #[track_caller]
    fn both_agree(keys: Vec<String>) {
        let mut expected = keys.clone();
        expected.sort();
        let mut radix: Vec<&str> = keys.iter().map(String::as_str).collect();
        radix_sort(&mut radix);
        assert_eq!(radix, expected);
        let mut heap: Vec<&str> = keys.iter().map(String::as_str).collect();
        heap_sort(&mut heap);
        assert_eq!(heap, expected);
    }

    /// The count and first `keep` as sorting and deduplicating every key gives them.
    fn reference(keys: &[String], keep: usize) -> (usize, Vec<String>) {
        let mut all = keys.to_vec();
        all.sort();
        all.dedup();
        let count = all.len();
        all.truncate(keep);
        (count, all)
    }

    #[test]
    fn distinct_first_counts_and_orders_as_a_sort_does() {
        let mut seed = 7u64;
        for n in [0, 1, 20, 21, 64, 65, 100, 1000, 5000] {
            for alphabet in [1u64, 2, 26, 255] {
                let keys: Vec<String> = (0..n)
                    .map(|_| {
                        let len = lcg(&mut seed) % 10;
                        (0..len)
                            .map(|_| char::from_u32((lcg(&mut seed) % alphabet) as u32).unwrap())
                            .collect()
                    })
                    .collect();
                let borrowed: Vec<Cow<str>> =
                    keys.iter().map(|k| Cow::Borrowed(k.as_str())).collect();
                for keep in [0, 1, 20] {
                    let (count, first) = distinct_first(&borrowed, keep);
                    let first: Vec<String> = first.into_iter().map(String::from).collect();
                    assert_eq!(
                        (count, first),
                        reference(&keys, keep),
                        "n {n} alphabet {alphabet}"
                    );
                    #[cfg(not(target_arch = "wasm32"))]
                    {
                        let (count, first) = hashed::distinct_first(&borrowed, keep).unwrap();
                        let first: Vec<String> = first.into_iter().map(String::from).collect();
                        assert_eq!((count, first), reference(&keys, keep));
                    }
                }
            }
        }
        // Keys that differ only past eight bytes, or by trailing NUL bytes, and non-ASCII.
        let keys: Vec<String> = (0..300)
            .map(|i| match i % 3 {
                0 => format!("atransferprefix{}", i % 50),
                1 => format!("k{}", "\u{0}".repeat(i % 7)),
                _ => format!("é{}", i % 11),
            })
            .collect();
        // Owned and borrowed alike.
        let borrowed: Vec<Cow<str>> = keys.iter().map(|k| Cow::Owned(k.clone())).collect();
        let (count, first) = distinct_first(&borrowed, 20);
        let first: Vec<String> = first.into_iter().map(String::from).collect();
        assert_eq!((count, first), reference(&keys, 20));
    }

    #[test]
    fn radix_and_heap_sort_give_byte_order() {
        let mut seed = 99u64;
        for n in [0, 1, 2, 15, 16, 17, 100, 1000] {
            for alphabet in [2u64, 4, 26, 255] {
                let keys: Vec<String> = (0..n)
                    .map(|_| {
                        let len = lcg(&mut seed) % 12;
                        (0..len)
                            .map(|_| {
                                char::from_u32(0x20 + (lcg(&mut seed) % alphabet) as u32).unwrap()
                            })
                            .collect()
                    })
                    .collect();
                both_agree(keys);
            }
        }
        // Prefixes of each other, long shared prefixes, duplicates, non-ASCII.
        let long = "k".repeat(3000);
        both_agree((0..200).map(|i| format!("{long}{}", i % 37)).collect());
        both_agree((0..300).map(|i| "a".repeat(i % 50)).collect());
        both_agree(
            ["é", "e", "ÿ", "z", "\u{1F600}", "", "e\u{0}", "e"]
                .map(String::from)
                .to_vec(),
        );
    }
}
