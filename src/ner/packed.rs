//! Name lists packed small: each name is kept only as a 32-bit fingerprint (FNV-1a) with its
//! type, so a list takes about 2.4 bytes a name instead of the name's text. A name that is not
//! in the list matches one that is with odds of about n / 2^32 (for 67,000 names, one lookup
//! in 64,000), which the tagger, using lists as features, does not notice.
//!
//! A list may keep fewer bits of each fingerprint (`width`, its top bits): each bit less saves
//! a bit a name and doubles the odds of a false match.
//!
//! File layout (little endian): `LNTS`, version 2, the count (u32), the Rice parameter `k`
//! (u8), the fingerprint width in bits (u8, 8 to 32), then a bit stream (least significant bit first) of the sorted fingerprints' gaps,
//! each as its quotient in unary (ones closed by a zero) and its low `k` bits, then the types,
//! two bits each (`KINDS`), in fingerprint order. Version 1 has no width byte (32 bits).

use rustc_hash::FxHashMap as HashMap;

/// The types a packed list can hold, by their two-bit code.
pub const KINDS: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

/// The fingerprint of a name (words separated by single spaces).
pub fn fingerprint(name: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in name.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

/// Packs `(type, name)` pairs keeping `width` bits of each fingerprint; names of a type not
/// in `KINDS` are left out, and of two names with one fingerprint the one whose type comes
/// first in `KINDS`.
pub fn pack<'a>(names: impl Iterator<Item = (&'a str, &'a str)>, width: u8) -> Vec<u8> {
    let width = width.clamp(8, 32);
    let entries = names.filter_map(|(k, n)| Some((fingerprint(n) >> (32 - width), KINDS.iter().position(|x| *x == k)? as u8))).collect();
    pack_fingerprints(entries, width)
}

/// A packed list with fewer bits of each fingerprint (`width`, at most the list's own);
/// `None` when the bytes are not a list.
pub fn narrow(bytes: &[u8], width: u8) -> Option<Vec<u8>> {
    let (own, set) = unpack(bytes)?;
    let width = width.clamp(8, own);
    let entries = set.into_iter().map(|(fp, kind)| Some((fp >> (own - width), KINDS.iter().position(|x| *x == kind)? as u8))).collect::<Option<_>>()?;
    Some(pack_fingerprints(entries, width))
}

fn pack_fingerprints(mut entries: Vec<(u32, u8)>, width: u8) -> Vec<u8> {
    entries.sort_unstable();
    entries.dedup_by_key(|e| e.0);
    let n = entries.len() as u64;
    let mean = (1u64 << width).checked_div(n).unwrap_or(1);
    let k = (63 - mean.max(1).leading_zeros()).saturating_sub(1) as u8;
    let mut bits = Bits::default();
    let mut last = 0u64;
    for &(fp, _) in &entries {
        let gap = u64::from(fp) - last;
        last = u64::from(fp);
        for _ in 0..gap >> k {
            bits.push(1, 1);
        }
        bits.push(0, 1);
        bits.push(gap & ((1 << k) - 1), k);
    }
    for &(_, kind) in &entries {
        bits.push(u64::from(kind), 2);
    }
    let mut out = b"LNTS\x02".to_vec();
    out.extend_from_slice(&(n as u32).to_le_bytes());
    out.push(k);
    out.push(width);
    out.extend_from_slice(&bits.bytes);
    out
}

/// Unpacks a list into its fingerprint width and fingerprint → type (the fingerprints cut to
/// their top `width` bits); `None` when the bytes are not one.
pub fn unpack(bytes: &[u8]) -> Option<(u8, HashMap<u32, &'static str>)> {
    let (rest, width) = match bytes.strip_prefix(b"LNTS\x01") {
        Some(rest) => (rest, 32),
        None => {
            let rest = bytes.strip_prefix(b"LNTS\x02")?;
            let (&width, _) = rest.get(5..)?.split_first()?;
            (rest, width)
        }
    };
    let n = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
    let k = *rest.get(4)?;
    if k > 31 || !(8..=32).contains(&width) {
        return None;
    }
    let mut reader = Reader { bytes: rest.get(if bytes[4] == 1 { 5 } else { 6 }..)?, at: 0 };
    let mut fps = Vec::with_capacity(n.min(1 << 24));
    let mut last = 0u64;
    for _ in 0..n {
        let mut q = 0u64;
        while reader.bit()? == 1 {
            q += 1;
        }
        last += (q << k) | reader.bits(k)?;
        fps.push(u32::try_from(last).ok()?);
    }
    let mut out = HashMap::default();
    out.reserve(fps.len());
    for fp in fps {
        out.insert(fp, KINDS[reader.bits(2)? as usize]);
    }
    Some((width, out))
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    used: u32,
}

impl Bits {
    fn push(&mut self, value: u64, count: u8) {
        for i in 0..count {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            if value >> i & 1 == 1 {
                *self.bytes.last_mut().expect("a byte was pushed") |= 1 << (self.used % 8);
            }
            self.used += 1;
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn bit(&mut self) -> Option<u64> {
        let b = self.bytes.get(self.at / 8)? >> (self.at % 8) & 1;
        self.at += 1;
        Some(u64::from(b))
    }

    fn bits(&mut self, count: u8) -> Option<u64> {
        (0..count).try_fold(0u64, |v, i| Some(v | self.bit()? << i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let names = [("ORG", "SpaceX"), ("LOC", "Corea del Nord"), ("PER", "Sofia Goggia"), ("MISC", "Tour de France"), ("XYZ", "ignored")];
        let (width, set) = unpack(&pack(names.into_iter(), 32)).expect("unpacks");
        assert_eq!((width, set.len()), (32, 4));
        assert_eq!(set.get(&fingerprint("Corea del Nord")), Some(&"LOC"));
        assert_eq!(set.get(&fingerprint("Sofia Goggia")), Some(&"PER"));
        assert!(!set.contains_key(&fingerprint("Corea del Sud")));
        let packed = pack(names.into_iter(), 20);
        let (width, set) = unpack(&packed).expect("unpacks");
        assert_eq!((width, set.get(&(fingerprint("SpaceX") >> 12))), (20, Some(&"ORG")));
        assert_eq!(narrow(&pack(names.into_iter(), 32), 20), Some(packed.clone()));
        assert!(unpack(&pack(std::iter::empty(), 32)).expect("empty list").1.is_empty());
        assert!(unpack(b"LNTS\x01\xff\xff\xff\xff\x05").is_none());
        assert!(unpack(b"garbage").is_none());
        for cut in 0..packed.len() {
            assert!(unpack(&packed[..cut]).is_none());
        }
        let mut damaged = packed.clone();
        for i in 0..damaged.len() {
            damaged[i] ^= 0x3c;
            let _ = unpack(&damaged);
            damaged[i] ^= 0x3c;
        }
    }
}
