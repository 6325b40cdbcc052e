//! Hashed features: each feature is a template number and a few string parts, hashed
//! (FNV-1a, 64 bit) with no allocation. The hash is stable across platforms, so a model
//! trained natively predicts the same in wasm.

/// Collects the hashes of one example's features.
#[derive(Default, Debug, Clone)]
pub struct Features {
    pub hashes: Vec<u64>,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

impl Features {
    pub fn clear(&mut self) {
        self.hashes.clear();
    }

    /// Adds feature `template` with the given parts.
    #[inline]
    pub fn add(&mut self, template: u8, parts: &[&str]) {
        self.hashes.push(hash(template, parts));
    }
}

/// The hash of feature `template` with the given parts.
#[inline]
pub fn hash(template: u8, parts: &[&str]) -> u64 {
    extend((FNV_OFFSET ^ u64::from(template)).wrapping_mul(FNV_PRIME), parts)
}

/// A hash carried over more parts: `extend(hash(t, &[a]), &[b])` is `hash(t, &[a, b])`, so a
/// word that leads many features can keep their hashes so far and hash only the parts after it.
#[inline]
pub fn extend(mut h: u64, parts: &[&str]) -> u64 {
    for part in parts {
        for &b in part.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
        h = (h ^ 0x1f).wrapping_mul(FNV_PRIME);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_extended_is_the_whole_hash() {
        assert_eq!(extend(hash(13, &["vladimir"]), &["putin"]), hash(13, &["vladimir", "putin"]));
        assert_eq!(extend(hash(10, &["Xx"]), &["x", "Xx"]), hash(10, &["Xx", "x", "Xx"]));
        assert_ne!(hash(13, &["ab", "c"]), hash(13, &["a", "bc"]));
    }
}
