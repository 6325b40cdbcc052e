//! A binary averaged perceptron over hashed features (Collins 2002; Freund & Schapire 1999).
//! Training keeps float weights with lazy averaging; the saved model keeps the averaged
//! weights quantized to i8, stored sparsely, so a model is small enough to embed.
//!
//! File layout (little endian): `LNTP`, version 2, table bits (u8), scale (f32), count (u32),
//! then two columns, which compress better apart than interleaved: each nonzero bucket's
//! varint gap from the previous one, then each one's weight (i8). Version 1 (still read) has
//! `count` entries of (varint gap, i16 weight) instead. Only the sign of a score counts, so
//! the scale is kept for reference only.

/// A trained model, ready to score.
#[derive(Debug, Clone)]
pub struct Model {
    mask: u64,
    weights: Vec<i16>,
}

impl Model {
    /// Decodes a saved model. Returns `None` when the bytes are not a model.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(b"LNTP")?;
        let (&version, rest) = rest.split_first()?;
        let (&bits, rest) = rest.split_first()?;
        if !(8..=24).contains(&bits) || !(1..=2).contains(&version) || rest.len() < 8 {
            return None;
        }
        let count = u32::from_le_bytes(rest[4..8].try_into().ok()?) as usize;
        let mut rest = &rest[8..];
        let mut weights = vec![0i16; 1 << bits];
        let mut buckets = Vec::with_capacity(count.min(1 << bits));
        let mut index = 0usize;
        for _ in 0..count {
            let (gap, used) = read_varint(rest)?;
            index = index.checked_add(gap as usize)?;
            if version == 1 {
                let w = rest.get(used..used + 2)?;
                *weights.get_mut(index)? = i16::from_le_bytes([w[0], w[1]]);
                rest = &rest[used + 2..];
            } else {
                buckets.push(index);
                rest = &rest[used..];
            }
        }
        for (&index, &w) in buckets.iter().zip(rest.get(..buckets.len())?) {
            *weights.get_mut(index)? = i16::from(w as i8);
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

    /// The averaged weights, quantized to i8 and encoded; those that round below `min_q`
    /// in magnitude are dropped.
    pub fn finish(self, min_q: i8) -> Vec<u8> {
        let clock = f64::from(self.clock.max(1));
        let avg: Vec<f64> = (0..self.weights.len()).map(|i| (self.totals[i] + f64::from(self.clock - self.stamps[i]) * f64::from(self.weights[i])) / clock).collect();
        let max = avg.iter().fold(0f64, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / f64::from(i8::MAX);
        let (mut gaps, mut values) = (Vec::new(), Vec::new());
        let mut last = 0usize;
        for (i, w) in avg.iter().enumerate() {
            let q = (w / scale).round() as i8;
            if q != 0 && q.unsigned_abs() >= min_q.unsigned_abs() {
                write_varint(&mut gaps, (i - last) as u64);
                values.push(q as u8);
                last = i;
            }
        }
        let mut out = b"LNTP\x02".to_vec();
        out.push(self.bits);
        out.extend_from_slice(&(scale as f32).to_le_bytes());
        out.extend_from_slice(&(values.len() as u32).to_le_bytes());
        out.extend_from_slice(&gaps);
        out.extend_from_slice(&values);
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
        let bytes = t.finish(1);
        let m = Model::from_bytes(&bytes).expect("decodes");
        assert!(m.score(&pos) > 0);
        assert!(m.score(&neg) <= 0);
        // Damaged bytes give `None` or a model, never a panic.
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_none());
        }
        let mut damaged = bytes.clone();
        for i in 0..damaged.len() {
            damaged[i] ^= 0x96;
            let _ = Model::from_bytes(&damaged);
            damaged[i] ^= 0x96;
        }
    }

    #[test]
    fn reads_version_1() {
        // Bucket 3: 500, bucket 5: -7 (i16).
        let v1 = b"LNTP\x01\x0a\0\0\x80\x3f\x02\0\0\0\x03\xf4\x01\x02\xf9\xff";
        let m = Model::from_bytes(v1).expect("decodes");
        assert_eq!((m.score(&[3]), m.score(&[5, 5]), m.score(&[4])), (500, -14, 0));
        assert!(Model::from_bytes(&v1[..v1.len() - 1]).is_none());
    }

    #[test]
    fn rejects_garbage() {
        assert!(Model::from_bytes(b"").is_none());
        assert!(Model::from_bytes(b"LNTP\x01\x10\0\0\0\0\xff\xff\xff\xff").is_none());
    }
}
