//! The one byte scan both directions of JSON need: where does the next byte that a JSON string
//! cannot hold as it is (`"`, `\` or a control character) sit?

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The index of the first `"`, `\` or byte below 0x20 at or after `from`, or `bytes.len()`.
/// Eight bytes at a time.
///
/// Each test sets the high bit of a matching byte (`v - 0x01… & !v` is non-zero in the high
/// bit of a zero byte); a borrow can only set bits above a byte that really matched, so the
/// lowest bit set is exact.
#[inline]
pub(crate) fn special(bytes: &[u8], from: usize) -> usize {
    let mut pos = from;
    while let Some(chunk) = bytes.get(pos..pos.saturating_add(8)) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let zero = |v: u64| v.wrapping_sub(ONES) & !v;
        let hits = (zero(x ^ ONES.wrapping_mul(u64::from(b'"')))
            | zero(x ^ ONES.wrapping_mul(u64::from(b'\\')))
            | x.wrapping_sub(ONES.wrapping_mul(0x20)) & !x)
            & HIGHS;
        if hits != 0 {
            return pos.saturating_add((hits.trailing_zeros() / 8) as usize);
        }
        pos = pos.saturating_add(8);
    }
    while let Some(&b) = bytes.get(pos) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            return pos;
        }
        pos = pos.saturating_add(1);
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::special;

    #[test]
    fn finds_the_first_special_byte_anywhere() {
        for len in 0..40 {
            for at in 0..=len {
                for b in [b'"', b'\\', 0u8, 0x1f, b'\n'] {
                    let mut v = vec![b'a'; len];
                    // Bytes that look close to special ones but are not.
                    for (i, x) in v.iter_mut().enumerate() {
                        *x = [b'a', 0x20, 0x7f, 0x80, 0xff, b'#', b']'][i % 7];
                    }
                    if at < len {
                        v[at] = b;
                    }
                    assert_eq!(special(&v, 0), at.min(len), "len {len} at {at} byte {b}");
                    assert_eq!(special(&v, at.min(len)), at.min(len));
                }
            }
        }
    }
}
