//! A binary averaged perceptron over hashed features (Collins 2002; Freund & Schapire 1999).
//! Training keeps float weights with lazy averaging; the saved model keeps the averaged
//! weights quantized to i16, stored sparsely, so a model is small enough to embed.
//!
//! File layout (little endian): `LNTP`, version 1, table bits (u8), scale (f32), count (u32),
//! then `count` entries of (varint gap from the previous nonzero bucket, i16 weight).

/// A trained model, ready to score.
#[derive(Debug, Clone)]
pub struct Model {
    mask: u64,
    weights: Vec<i16>,
}

impl Model {
    /// Decodes a saved model. Returns `None` when the bytes are not a model.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(b"LNTP\x01")?;
        let (&bits, rest) = rest.split_first()?;
        if !(8..=24).contains(&bits) || rest.len() < 8 {
            return None;
        }
        let count = u32::from_le_bytes(rest[4..8].try_into().ok()?) as usize;
        let mut rest = &rest[8..];
        let mut weights = vec![0i16; 1 << bits];
        let mut index = 0usize;
        for _ in 0..count {
            let (gap, used) = read_varint(rest)?;
            index = index.checked_add(gap as usize)?;
            let w = rest.get(used..used + 2)?;
            *weights.get_mut(index)? = i16::from_le_bytes([w[0], w[1]]);
            rest = &rest[used + 2..];
        }
        Some(Model { mask: (1u64 << bits) - 1, weights })
    }

    /// The score of an example: positive means yes.
    #[inline]
    pub fn score(&self, hashes: &[u64]) -> i32 {
        hashes.iter().map(|&h| i32::from(self.weights[(h & self.mask) as usize])).sum()
    }
}

/// Trains a model: call `update` for each example, once per epoch, then `finish`.
pub struct Trainer {
    bits: u8,
    mask: u64,
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    clock: u32,
}

impl Trainer {
    pub fn new(bits: u8) -> Trainer {
        let n = 1usize << bits;
        Trainer { bits, mask: (1u64 << bits) - 1, weights: vec![0.0; n], totals: vec![0.0; n], stamps: vec![0; n], clock: 0 }
    }

    /// The current (not averaged) score.
    pub fn score(&self, hashes: &[u64]) -> f32 {
        hashes.iter().map(|&h| self.weights[(h & self.mask) as usize]).sum()
    }

    /// Learns from one example; returns whether it was predicted right.
    pub fn update(&mut self, hashes: &[u64], truth: bool) -> bool {
        self.clock += 1;
        let predicted = self.score(hashes) > 0.0;
        if predicted == truth {
            return true;
        }
        let delta = if truth { 1.0 } else { -1.0 };
        for &h in hashes {
            let i = (h & self.mask) as usize;
            self.totals[i] += f64::from(self.clock - self.stamps[i]) * f64::from(self.weights[i]);
            self.stamps[i] = self.clock;
            self.weights[i] += delta;
        }
        false
    }

    /// The averaged weights, quantized and encoded.
    pub fn finish(self) -> Vec<u8> {
        let clock = f64::from(self.clock.max(1));
        let avg: Vec<f64> = (0..self.weights.len()).map(|i| (self.totals[i] + f64::from(self.clock - self.stamps[i]) * f64::from(self.weights[i])) / clock).collect();
        let max = avg.iter().fold(0f64, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / f64::from(i16::MAX);
        let mut body = Vec::new();
        let mut count = 0u32;
        let mut last = 0usize;
        for (i, w) in avg.iter().enumerate() {
            let q = (w / scale).round() as i16;
            if q != 0 {
                write_varint(&mut body, (i - last) as u64);
                body.extend_from_slice(&q.to_le_bytes());
                last = i;
                count += 1;
            }
        }
        let mut out = b"LNTP\x01".to_vec();
        out.push(self.bits);
        out.extend_from_slice(&(scale as f32).to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&body);
        out
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn read_varint(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut v = 0u64;
    for (i, &b) in bytes.iter().enumerate().take(10) {
        v |= u64::from(b & 0x7f) << (7 * i);
        if b < 0x80 {
            return Some((v, i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_rule_and_round_trips() {
        let mut t = Trainer::new(10);
        let pos = [1u64, 2];
        let neg = [1u64, 3];
        for _ in 0..5 {
            t.update(&pos, true);
            t.update(&neg, false);
        }
        let m = Model::from_bytes(&t.finish()).expect("decodes");
        assert!(m.score(&pos) > 0);
        assert!(m.score(&neg) <= 0);
    }

    #[test]
    fn rejects_garbage() {
        assert!(Model::from_bytes(b"").is_none());
        assert!(Model::from_bytes(b"LNTP\x01\x10\0\0\0\0\xff\xff\xff\xff").is_none());
    }
}
