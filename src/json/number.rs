//! What a JSON number is worth to the rules (ruling G7), decided exactly as JavaScript would
//! decide it after `JSON.parse`, without a float parser.
//!
//! The rules only ask whether a number's `f64` value is a non-negative whole number and, for
//! small ones, which. JavaScript rounds the decimal text to the nearest `f64`; so a number is
//! whole when that rounding lands on an integer: `1002.0000000000000001` is 1002, `1e-400` is 0,
//! `1e400` is infinity. This module reproduces that rounding exactly on the decimal digits,
//! comparing them with the few powers of two involved, so the module needs no float-parsing
//! tables (which would triple the size of the WebAssembly build).

use core::cmp::Ordering;

/// A JSON number, classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Num {
    /// A non-negative whole number below 2^53 (where every whole number is an `f64`), exact.
    Whole(u64),
    /// A whole number of 2^53 or more: longer than any field allows, outside every option.
    Huge,
    /// Negative, fractional or infinite.
    NotWhole,
}

/// Below this the spacing of `f64`s is at most 0.5.
const TWO_52: u64 = 1 << 52;
/// Below this every whole number is an `f64` (from 2^52 on, the only ones).
const TWO_53: u64 = 1 << 53;

impl Num {
    /// Classifies an `f64` (from `serde_json`).
    #[cfg(any(feature = "serde", test))]
    pub(crate) fn from_f64(n: f64) -> Num {
        if !(n.is_finite() && n >= 0.0 && n.fract() == 0.0) {
            Num::NotWhole
        } else if n >= 9_007_199_254_740_992.0 {
            Num::Huge
        } else {
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "checked whole and in 0..2^53"
            )]
            let int = n as u64;
            Num::Whole(int)
        }
    }

    /// Classifies the text of a JSON number (it must match the JSON number grammar).
    ///
    /// Linear in the length of the text, with no allocation and no big-number arithmetic
    /// (ruling T1): the few constants it compares against are written out below.
    pub(crate) fn from_json(text: &str) -> Num {
        // The common case first: a plain integer of at most 15 digits is below 2^52, so it is
        // its own nearest `f64` (a JSON number has no leading zero but in `0` itself).
        if (1..=15).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
            let n = text.bytes().fold(0u64, |n, b| {
                n.wrapping_mul(10)
                    .wrapping_add(u64::from(b.wrapping_sub(b'0')))
            });
            return Num::Whole(n);
        }
        let bytes = text.as_bytes();
        let (negative, rest) = match bytes.split_first() {
            Some((b'-', r)) => (true, r),
            _ => (false, bytes),
        };
        let (mantissa, exp) = match rest.iter().position(|&b| b == b'e' || b == b'E') {
            Some(i) => (
                rest.get(..i).unwrap_or(&[]),
                parse_exp(rest.get(i.saturating_add(1)..).unwrap_or(&[])),
            ),
            None => (rest, 0),
        };
        let (int, frac) = match mantissa.iter().position(|&b| b == b'.') {
            Some(i) => (
                mantissa.get(..i).unwrap_or(&[]),
                mantissa.get(i.saturating_add(1)..).unwrap_or(&[]),
            ),
            None => (mantissa, &[][..]),
        };
        // value = digits × 10^(exp − len(frac)); trim zeros on both ends of the digits.
        let digits = Digits::new(int, frac);
        let Some(first) = digits.first_nonzero() else {
            return Num::Whole(0); // 0, -0, 0.000e5
        };
        let last = digits.last_nonzero().unwrap_or(first);
        let sig = digits.slice(first, last.saturating_add(1));
        let trailing = digits.len().saturating_sub(last).saturating_sub(1);
        let frac_len = i64::try_from(frac.len()).unwrap_or(i64::MAX);
        let trailing = i64::try_from(trailing).unwrap_or(i64::MAX);
        let sig_len = i64::try_from(sig.len()).unwrap_or(i64::MAX);
        // The value is 0.sig × 10^order: order is the number of digits before the point.
        let order = exp
            .saturating_sub(frac_len)
            .saturating_add(trailing)
            .saturating_add(sig_len);
        classify(negative, sig, order)
    }
}

/// The exponent, clamped far beyond where anything changes.
fn parse_exp(s: &[u8]) -> i64 {
    let (neg, digits) = match s.split_first() {
        Some((b'-', r)) => (true, r),
        Some((b'+', r)) => (false, r),
        _ => (false, s),
    };
    let mut v: i64 = 0;
    for &b in digits {
        v = v
            .saturating_mul(10)
            .saturating_add(i64::from(b.wrapping_sub(b'0')))
            .min(1 << 40);
    }
    if neg {
        v.saturating_neg()
    } else {
        v
    }
}

/// The digits of 5^1075, so that 2^-1075 (half the smallest subnormal `f64`; anything at or
/// below it rounds to zero) is `0.` followed by 323 zeros and these digits.
/// `tests::constants_are_exact` recomputes them.
const POW5_1075: &[u8] = concat!(
    "24703282292062327208828439643411068618252990130716238221279284125033775363510437",
    "59326499181808179961898982823477228588654633283551779698981993873980053909390631",
    "50356595155702263922908583924491051844359318028499365361525003193704576782492193",
    "65623669863658480757001585769269903706311928279558551332927834338409351978015531",
    "24659726357957462276646527282722005637400648549997709659947045402082816622623785",
    "73934507363390079677619305775067401763246736009689513405355374585166611342237666",
    "78604162159680461914467291840300530057530849048765391711386591646239524912623653",
    "88187963623937328042389101867234849766823508986338858792562830275599565752445550",
    "72551893136908362547791869486679949683240497058210285131854513962138377228261454",
    "37693412532098591327667236328125",
)
.as_bytes();

/// The digits of 2^1024 − 2^970, the least value that rounds to infinity (309 digits before
/// the point). `tests::constants_are_exact` recomputes them.
const OVERFLOW: &[u8] = concat!(
    "17976931348623158079372897140530341507993413271003782693617377898044496829276475",
    "09466490179775872070963302864166928879109465555478519404026306574886715058206819",
    "08902000708383676273854845817711531764475730270069855571366959622842914819860834",
    "936475292719074168444365510704342711559699508093042880177904174497792",
)
.as_bytes();

/// The digits of a JSON number's mantissa, integer part and fraction side by side, as one
/// sequence `[start, end)` of it, without copying. Each byte is an ASCII digit.
#[derive(Clone, Copy)]
struct Digits<'a> {
    int: &'a [u8],
    frac: &'a [u8],
    start: usize,
    end: usize,
}

impl<'a> Digits<'a> {
    fn new(int: &'a [u8], frac: &'a [u8]) -> Self {
        Digits {
            int,
            frac,
            start: 0,
            end: int.len().saturating_add(frac.len()),
        }
    }

    fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// The digit at `i` (0–9), or 0 past the end.
    #[inline]
    fn get(&self, i: usize) -> u8 {
        let at = self.start.saturating_add(i);
        if at >= self.end {
            return 0;
        }
        let byte = match at.checked_sub(self.int.len()) {
            None => self.int.get(at),
            Some(j) => self.frac.get(j),
        };
        byte.map_or(0, |b| b.wrapping_sub(b'0'))
    }

    /// `[from, to)` of this sequence.
    fn slice(&self, from: usize, to: usize) -> Digits<'a> {
        let len = self.len();
        Digits {
            start: self.start.saturating_add(from.min(len)),
            end: self.start.saturating_add(to.min(len)),
            ..*self
        }
    }

    /// The digits as two slices, the integer part's then the fraction's, either may be empty.
    fn parts(&self) -> (&'a [u8], &'a [u8]) {
        let split = self.int.len();
        let int = self
            .int
            .get(self.start.min(split)..self.end.min(split))
            .unwrap_or(&[]);
        let frac = self
            .frac
            .get(self.start.saturating_sub(split)..self.end.saturating_sub(split))
            .unwrap_or(&[]);
        (int, frac)
    }

    fn first_nonzero(&self) -> Option<usize> {
        let (int, frac) = self.parts();
        int.iter().chain(frac.iter()).position(|&b| b != b'0')
    }

    fn last_nonzero(&self) -> Option<usize> {
        let (int, frac) = self.parts();
        let from_end = frac
            .iter()
            .rev()
            .chain(int.iter().rev())
            .position(|&b| b != b'0')?;
        Some(self.len().saturating_sub(from_end).saturating_sub(1))
    }
}

/// `value = 0.sig × 10^order`, `sig` non-empty without leading or trailing zeros.
fn classify(negative: bool, sig: Digits<'_>, order: i64) -> Num {
    let sig_frac = Frac {
        lead: 0,
        digits: sig,
    };
    // Underflow: values up to 2^-1075 (half the smallest subnormal) round to ±0, a whole 0.
    // 2^-1075 = 0.24703…e-323.
    if order < -323 || (order == -323 && sig_frac.cmp_ascii(POW5_1075) != Ordering::Greater) {
        return Num::Whole(0);
    }
    if negative {
        return Num::NotWhole;
    }
    // Overflow: values from 2^1024 − 2^970 up round to infinity (309 integer digits).
    if order > 309 || (order == 309 && sig_frac.cmp_ascii(OVERFLOW) != Ordering::Less) {
        return Num::NotWhole;
    }
    // At least 10^16 > 2^52: every f64 there is whole.
    if order > 16 {
        return Num::Huge;
    }
    let int_digits = usize::try_from(order.max(0)).unwrap_or(0);
    let mut whole: u64 = 0;
    for i in 0..int_digits {
        whole = whole
            .saturating_mul(10)
            .saturating_add(u64::from(sig.get(i)));
    }
    if whole >= TWO_53 {
        return Num::Huge;
    }
    // Fractional digits after the point (with leading zeros when order < 0).
    let lead = usize::try_from(order.min(0).unsigned_abs()).unwrap_or(usize::MAX);
    let frac = Frac {
        lead,
        digits: sig.slice(int_digits, sig.len()),
    };
    if frac.digits.len() == 0 {
        return Num::Whole(whole);
    }
    if whole >= TWO_52 {
        // The spacing is 1: the nearest whole number, a tie to the even one.
        let up = match frac.times_pow2(1) {
            (0, _) => false,
            (1, false) => whole % 2 == 1,
            _ => true,
        };
        let n = whole.saturating_add(u64::from(up));
        return if n >= TWO_53 {
            Num::Huge
        } else {
            Num::Whole(n)
        };
    }
    // Rounds down to `whole` when the fraction is at most half the spacing above it; ties go
    // to `whole`, whose f64 mantissa is even below 2^52.
    // Spacing above n (bit length b) is 2^(b-53), so half of it is 2^-(54-b).
    // Both questions are asked of fraction × 2^m; one pass answers both when their m agree,
    // as it does unless whole + 1 is a power of two.
    let half_above = 54u32.saturating_sub(bit_len(whole));
    let mut product = None;
    if whole > 0 {
        let p = frac.times_pow2(half_above);
        if matches!(p, (0, _) | (1, false)) {
            // fraction ≤ 2^-m
            return Num::Whole(whole);
        }
        product = Some(p);
    }
    // Rounds up when 1 − fraction is at most half the spacing below whole + 1 (half as much
    // again below a power of two).
    let up = whole.saturating_add(1);
    let half_below = if up.is_power_of_two() {
        55u32.saturating_sub(bit_len(up))
    } else {
        54u32.saturating_sub(bit_len(up))
    };
    let (int, _) = match product {
        Some(p) if half_below == half_above => p,
        _ => frac.times_pow2(half_below),
    };
    // fraction ≥ 1 − 2^-m, that is fraction × 2^m ≥ 2^m − 1 (its integer part is, then)
    if int >= (1u64 << half_below.min(60)).saturating_sub(1) {
        return if up >= TWO_53 {
            Num::Huge
        } else {
            Num::Whole(up)
        };
    }
    Num::NotWhole
}

fn bit_len(n: u64) -> u32 {
    64u32.saturating_sub(n.leading_zeros())
}

/// A fraction `0.(lead zeros)(digits)`.
struct Frac<'a> {
    lead: usize,
    digits: Digits<'a>,
}

impl Frac<'_> {
    fn digit(&self, i: usize) -> u8 {
        match i.checked_sub(self.lead) {
            None => 0,
            Some(j) => self.digits.get(j),
        }
    }

    fn len(&self) -> usize {
        self.lead.saturating_add(self.digits.len())
    }

    /// `self × 2^m` for `m ≤ 60`: its integer part, and whether a fraction is left. One pass
    /// from the last digit, carrying: each step is `digit × 2^m + carry < 10 × 2^60`.
    fn times_pow2(&self, m: u32) -> (u64, bool) {
        let factor = 1u64 << m.min(60);
        let mut carry = 0u64;
        let mut rest = false;
        let (int, frac) = self.digits.parts();
        for &d in frac.iter().rev().chain(int.iter().rev()) {
            let v = u64::from(d.wrapping_sub(b'0'))
                .wrapping_mul(factor)
                .wrapping_add(carry);
            rest |= v % 10 != 0;
            carry = v / 10;
        }
        // The leading zeros: each divides by ten again (and the carry soon runs out).
        for _ in 0..self.lead {
            if carry == 0 {
                break;
            }
            rest |= carry % 10 != 0;
            carry /= 10;
        }
        (carry, rest)
    }

    /// Compares with the fraction `0.(other)`, `other` as ASCII digits.
    fn cmp_ascii(&self, other: &[u8]) -> Ordering {
        let n = self.len().max(other.len());
        for i in 0..n {
            let a = self.digit(i);
            let b = other.get(i).map_or(0, |b| b.wrapping_sub(b'0'));
            if a != b {
                return a.cmp(&b);
            }
        }
        Ordering::Equal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The oracle: Rust's correctly rounded parse, which is what JavaScript does.
    fn oracle(text: &str) -> Num {
        Num::from_f64(text.parse::<f64>().unwrap())
    }

    /// Decimal digits of `base^exp` as ASCII, the slow way.
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "small digit arithmetic in a test"
    )]
    fn pow_digits(base: u32, exp: u32) -> Vec<u8> {
        let mut le: Vec<u32> = vec![1];
        for _ in 0..exp {
            let mut carry = 0;
            for d in le.iter_mut() {
                let v = *d * base + carry;
                *d = v % 10;
                carry = v / 10;
            }
            while carry > 0 {
                le.push(carry % 10);
                carry /= 10;
            }
        }
        le.iter().rev().map(|&d| b'0' + d as u8).collect()
    }

    /// `a − b` for ASCII digit strings with `a ≥ b`.
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "small digit arithmetic in a test"
    )]
    fn sub_digits(a: &[u8], b: &[u8]) -> Vec<u8> {
        let mut out = a.to_vec();
        let mut borrow = 0i32;
        for i in (0..a.len()).rev() {
            let j = (i + b.len()).checked_sub(a.len());
            let sub = j.map_or(0, |j| i32::from(b[j] - b'0'));
            let mut v = i32::from(a[i] - b'0') - sub - borrow;
            borrow = i32::from(v < 0);
            if v < 0 {
                v += 10;
            }
            out[i] = b'0' + v as u8;
        }
        out
    }

    #[test]
    fn constants_are_exact() {
        assert_eq!(POW5_1075, pow_digits(5, 1075).as_slice());
        let threshold = sub_digits(&pow_digits(2, 1024), &pow_digits(2, 970));
        assert_eq!(OVERFLOW, threshold.as_slice());
    }

    #[test]
    fn edge_numbers_cost_no_big_number_work() {
        // 9 000 copies of each of these took about 1 ms apiece before ruling T1 was met.
        // Now each is a handful of digit comparisons; 200 000 of them are quick even in a
        // debug build.
        let start = std::time::Instant::now();
        for t in [
            "5e-324",
            "1.7976931348623157e308",
            "2.4703282292062328e-324",
        ] {
            for _ in 0..200_000 {
                std::hint::black_box(Num::from_json(std::hint::black_box(t)));
            }
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
    }

    #[track_caller]
    fn same(text: &str) {
        assert_eq!(Num::from_json(text), oracle(text), "{text}");
    }

    #[test]
    fn ordinary_numbers() {
        assert_eq!(Num::from_json("1002"), Num::Whole(1002));
        assert_eq!(Num::from_json("1002.0"), Num::Whole(1002));
        assert_eq!(Num::from_json("1.002e3"), Num::Whole(1002));
        assert_eq!(Num::from_json("100200e-2"), Num::Whole(1002));
        assert_eq!(Num::from_json("-0"), Num::Whole(0));
        assert_eq!(Num::from_json("0.0e99"), Num::Whole(0));
        assert_eq!(Num::from_json("1002.5"), Num::NotWhole);
        assert_eq!(Num::from_json("-1"), Num::NotWhole);
        assert_eq!(Num::from_json("1e400"), Num::NotWhole);
        assert_eq!(Num::from_json("-1e400"), Num::NotWhole);
        assert_eq!(Num::from_json("1e-400"), Num::Whole(0));
        assert_eq!(Num::from_json("-1e-400"), Num::Whole(0));
        assert_eq!(Num::from_json("9007199254740993"), Num::Huge);
        // From 2^52 the spacing of doubles is 1: ties go to the even neighbour; from 2^53 huge.
        for (text, want) in [
            ("9007199254740991", Num::Whole(9_007_199_254_740_991)),
            ("4503599627370496", Num::Whole(4_503_599_627_370_496)),
            ("4503599627370496.5", Num::Whole(4_503_599_627_370_496)),
            ("4503599627370497.5", Num::Whole(4_503_599_627_370_498)),
            ("9007199254740991.4", Num::Whole(9_007_199_254_740_991)),
            ("9007199254740991.5", Num::Huge),
            ("4503599627370495.75", Num::Whole(4_503_599_627_370_496)),
        ] {
            assert_eq!(Num::from_json(text), want, "{text}");
        }
        for t in [
            "4503599627370495.5",
            "4503599627370495.75",
            "4503599627370495.25",
            "4503599627370496.4999999999999999999",
            "4503599627370496.5000000000000000001",
            "4503599627370497.5",
            "45035996273704965e-1",
            "9.007199254740991e15",
            "9007199254740991.5",
            "9007199254740991.49999",
            "9007199254740992",
            "6755399441055744.5",
        ] {
            same(t);
        }
        assert_eq!(Num::from_json("1e99999999999999999999999"), Num::NotWhole);
        assert_eq!(Num::from_json("1e-99999999999999999999999"), Num::Whole(0));
    }

    #[test]
    fn agrees_with_correct_rounding_at_the_edges() {
        for t in [
            "1002.0000000000001",
            "1002.00000000000001",
            "1002.000000000000001",
            "0.99999999999999994",
            "0.99999999999999995",
            "0.999999999999999944488848768742172978818416595458984375",
            "0.999999999999999944488848768742172978818416595458984376",
            "0.999999999999999944488848768742172978818416595458984374",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "2.00000000000000022204460492503130808472633361816406250",
            "2.00000000000000022204460492503130808472633361816406251",
            "4503599627370495.5",
            "4503599627370495.4999999999",
            "4503599627370494.5",
            "2251799813685247.75",
            "2251799813685247.25",
            "2251799813685247.2500000001",
            "123456789012345.99",
            "123456789012345.999",
            "7.000000000000000888178419700125232338905334472656250",
            "7.000000000000000888178419700125232338905334472656251",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.47032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281255e-324",
            "-2.4703282292062327e-324",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
            "1e308",
            "1e309",
            "0.5",
            "0.50000000000000001",
            "1e-5",
            "1.5e300",
            "4503599627370496.5",
            "4503599627370495.75",
        ] {
            same(t);
        }
    }

    #[test]
    fn agrees_on_many_generated_numbers() {
        // A deterministic sweep of integers with small offsets and many digit patterns.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let r = next();
            let int = r % 10u64.pow(u32::try_from(r % 17).unwrap());
            let zeros = usize::try_from(next() % 25).unwrap();
            let tail = next() % 1000;
            let exp = i64::try_from(next() % 9).unwrap() - 4;
            for t in [
                format!("{int}.{}{tail}", "0".repeat(zeros)),
                format!("{int}.{}{tail}", "9".repeat(zeros)),
                format!("{int}.{}e{exp}", "0".repeat(zeros)),
                format!("-{int}.{}{tail}", "0".repeat(zeros)),
            ] {
                same(&t);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 20_000, ..Default::default() })]
        #[test]
        fn agrees_on_arbitrary_json_numbers(
            t in "-?(0|[1-9][0-9]{0,20})(\\.[0-9]{1,30})?([eE][+-]?[0-9]{1,3})?"
        ) {
            proptest::prop_assert_eq!(Num::from_json(&t), oracle(&t), "{}", t);
        }

        /// Whole numbers and halves with long runs of zeros or nines after them, the digits
        /// where rounding is decided, and exponents that move the point anywhere.
        #[test]
        fn agrees_near_whole_numbers_with_long_fractions(
            int in 0u64..(1 << 53),
            run in "(0{0,400}|9{0,400})",
            tail in "[0-9]{0,3}",
            exp in -5i32..5,
        ) {
            for t in [format!("{int}.{run}{tail}"), format!("{int}.5{run}{tail}"), format!("{int}.{run}{tail}e{exp}")] {
                proptest::prop_assert_eq!(Num::from_json(&t), oracle(&t), "{}", t);
            }
        }
    }
}
