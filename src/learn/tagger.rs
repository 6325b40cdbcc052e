//! A sequence tagger: a structured averaged perceptron (Collins 2002) over hashed features,
//! decoded with Viterbi under BIO constraints (an `I-X` label only after `B-X` or `I-X`).
//! Besides the best labels it gives each token's margin: how far the best path's score is
//! above that of the best path with another label at that token (max-marginals), the
//! tagger's own measure of how sure it is.
//!
//! File layout (little endian): `LNTT`, version 2, table bits (u8), label count (u8), the
//! label names (each a length byte and UTF-8), scale (f32), the transition weights
//! ((labels + 1) × labels i16, the first row from the sentence start), the number of
//! stored buckets (u32), then three columns, which compress better apart than interleaved:
//! each bucket's varint gap from the previous one, each bucket's mask of nonzero labels (a
//! byte, or two when there are more than 8 labels), and an i8 per set bit. A weight of `w`
//! (i8) counts as `w * STEP` in the scale of the transitions.

/// The feature hashes of each token of a sentence, in one flat list.
#[derive(Debug, Default, Clone)]
pub struct Sequence {
    pub hashes: Vec<u64>,
    /// `ends[i]`: where token `i`'s hashes end.
    pub ends: Vec<usize>,
}

impl Sequence {
    pub fn clear(&mut self) {
        self.hashes.clear();
        self.ends.clear();
    }

    /// Closes the current token's features.
    pub fn end_token(&mut self) {
        self.ends.push(self.hashes.len());
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    fn token(&self, i: usize) -> &[u64] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.hashes[start..self.ends[i]]
    }

    /// These features with `extra(i, features)` added to each token `i`, into `out`.
    pub fn extended(&self, extra: &mut dyn FnMut(usize, &mut crate::learn::features::Features), out: &mut Sequence) {
        out.clear();
        let mut more = crate::learn::features::Features::default();
        for i in 0..self.len() {
            out.hashes.extend_from_slice(self.token(i));
            more.clear();
            extra(i, &mut more);
            out.hashes.extend_from_slice(&more.hashes);
            out.end_token();
        }
    }

    /// Label scores `[token * n + label]` from a dense weight table (training's).
    fn scores(&self, weights: &[f32], mask: u64, n: usize) -> Vec<f32> {
        let mut scores = vec![0.0; self.len() * n];
        for (i, row) in scores.chunks_exact_mut(n).enumerate() {
            for &h in self.token(i) {
                let base = (h & mask) as usize * n;
                row.iter_mut().zip(&weights[base..base + n]).for_each(|(v, &w)| *v += w);
            }
        }
        scores
    }
}

/// What one i8 weight step is worth in the i16 scale of the transitions (`i16::MAX / 127`).
pub const STEP: i32 = 258;

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    mask: u64,
    labels: Vec<String>,
    /// The weights of each bucket's labels, in units of `STEP`.
    weights: Rows,
    /// `transitions[(prev + 1) * labels + label]`; row 0 is the sentence start; those BIO
    /// forbids are `NEVER`.
    transitions: Vec<i64>,
}

fn bio_allowed(labels: &[String]) -> Vec<bool> {
    let n = labels.len();
    let mut allowed = vec![true; (n + 1) * n];
    for (j, label) in labels.iter().enumerate() {
        if let Some(kind) = label.strip_prefix("I-") {
            for prev in 0..=n {
                let ok = prev > 0 && labels[prev - 1].get(2..) == Some(kind);
                allowed[prev * n + j] = ok;
            }
        }
    }
    allowed
}

impl Tagger {
    /// Decodes a saved tagger; `None` when the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Tagger> {
        let Parts { bits, labels, transitions, weights, .. } = Parts::decode(bytes)?;
        let transitions = transitions.iter().zip(bio_allowed(&labels)).map(|(&t, ok)| if ok { i64::from(t) } else { NEVER }).collect();
        let weights = Rows::new(&weights, labels.len());
        Some(Tagger { mask: (1u64 << bits) - 1, labels, weights, transitions })
    }

    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The best label index for each token of a sentence.
    pub fn tag(&self, sentence: &Sequence) -> Vec<usize> {
        self.tag_from(sentence, &[])
    }

    /// `tag`, each token's scores starting from its row of `base` (`base[token * labels +
    /// label]`, in weight units as `add_weights` gives them; empty for none).
    pub fn tag_from(&self, sentence: &Sequence, base: &[i32]) -> Vec<usize> {
        let (scores, n) = self.scores(sentence, base);
        let trans = &self.transitions;
        let (forward, back) = best_paths(&scores, n, trans);
        best_labels(&forward, &back, n)
    }

    /// The best labels and each token's margin, in units of `STEP`: the best path's score
    /// less that of the best path with any other label at that token (max-marginals by a
    /// forward and a backward Viterbi pass). Near 0 the tagger hesitates.
    pub fn tag_with_margins(&self, sentence: &Sequence) -> (Vec<usize>, Vec<f32>) {
        self.tag_with_margins_from(sentence, &[])
    }

    /// `tag_with_margins` from `base` scores, as `tag_from`.
    pub fn tag_with_margins_from(&self, sentence: &Sequence, base: &[i32]) -> (Vec<usize>, Vec<f32>) {
        let (scores, n) = self.scores(sentence, base);
        let len = scores.len() / n;
        let trans = &self.transitions;
        let (forward, back) = best_paths(&scores, n, trans);
        let mut backward = vec![0i64; len * n];
        for i in (0..len.saturating_sub(1)).rev() {
            for p in 0..n {
                backward[i * n + p] = (0..n).map(|l| trans[(p + 1) * n + l] + i64::from(scores[(i + 1) * n + l]) + backward[(i + 1) * n + l]).max().unwrap_or(NEVER);
            }
        }
        let labels = best_labels(&forward, &back, n);
        let margins = (0..len)
            .map(|i| {
                let total = |l: usize| forward[i * n + l].saturating_add(backward[i * n + l]);
                let other = (0..n).filter(|&l| l != labels[i]).map(total).max().unwrap_or(NEVER);
                ((total(labels[i]) - other) as f64 / f64::from(STEP)).min(1e4) as f32
            })
            .collect();
        (labels, margins)
    }

    /// Adds the weights of the features `hashes` to `row` (one score per label).
    pub fn add_weights(&self, hashes: &[u64], row: &mut [i32]) {
        // The label counts of the taggers shipped get a loop of fixed length, unrolled.
        match row.len() {
            7 => self.add_fixed::<7>(hashes, row),
            9 => self.add_fixed::<9>(hashes, row),
            _ => {
                for &h in hashes {
                    if let Some(weights) = self.weights.get((h & self.mask) as usize) {
                        row.iter_mut().zip(weights).for_each(|(v, &w)| *v += i32::from(w));
                    }
                }
            }
        }
    }

    fn add_fixed<const N: usize>(&self, hashes: &[u64], row: &mut [i32]) {
        let Ok(row) = <&mut [i32; N]>::try_from(row) else { return };
        for &h in hashes {
            if let Some(Ok(weights)) = self.weights.get((h & self.mask) as usize).map(<&[i8; N]>::try_from) {
                for (v, &w) in row.iter_mut().zip(weights) {
                    *v += i32::from(w);
                }
            }
        }
    }

    /// Label scores of each token in the i16 scale, from `base` (or 0), and the number of labels.
    fn scores(&self, sentence: &Sequence, base: &[i32]) -> (Vec<i32>, usize) {
        let n = self.labels.len();
        let mut scores = if base.is_empty() { vec![0i32; sentence.len() * n] } else { base.to_vec() };
        for (i, row) in scores.chunks_exact_mut(n).enumerate() {
            self.add_weights(sentence.token(i), row);
            row.iter_mut().for_each(|s| *s *= STEP);
        }
        (scores, n)
    }
}

/// A weight table with only its nonzero rows: a bitmap of the buckets that have one, the
/// number of set bits before each of its words, and the rows in bucket order. A lookup is a
/// bit test and a popcount. Nine buckets in ten are empty in the taggers shipped, so the
/// table takes a tenth of the memory of a dense one (0.8 MB instead of 7.3) and stays in
/// cache.
#[derive(Debug, Clone)]
struct Rows {
    present: Vec<u64>,
    before: Vec<u32>,
    rows: Vec<i8>,
    n: usize,
}

impl Rows {
    /// The rows of a dense table (`dense[bucket * n + label]`).
    fn new(dense: &[i8], n: usize) -> Rows {
        let buckets = dense.len() / n;
        let mut present = vec![0u64; buckets.div_ceil(64)];
        let mut rows = Vec::new();
        for (bucket, row) in dense.chunks_exact(n).enumerate() {
            if row.iter().any(|&w| w != 0) {
                present[bucket / 64] |= 1 << (bucket % 64);
                rows.extend_from_slice(row);
            }
        }
        let mut before = Vec::with_capacity(present.len());
        let mut count = 0u32;
        for word in &present {
            before.push(count);
            count += word.count_ones();
        }
        Rows { present, before, rows, n }
    }

    /// The weights of `bucket`'s labels; `None` when all are zero.
    #[inline]
    fn get(&self, bucket: usize) -> Option<&[i8]> {
        let (word, bit) = (bucket / 64, bucket % 64);
        let bits = *self.present.get(word)?;
        if bits >> bit & 1 == 0 {
            return None;
        }
        let k = self.before[word] as usize + (bits & ((1u64 << bit) - 1)).count_ones() as usize;
        self.rows.get(k * self.n..(k + 1) * self.n)
    }
}

/// A saved tagger's contents as stored.
struct Parts {
    bits: u8,
    labels: Vec<String>,
    scale: f32,
    transitions: Vec<i16>,
    /// `weights[bucket * labels + label]`, in units of `STEP`.
    weights: Vec<i8>,
}

impl Parts {
    fn decode(bytes: &[u8]) -> Option<Parts> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(5)? != b"LNTT\x02" {
            return None;
        }
        let bits = r.u8()?;
        let n = r.u8()? as usize;
        if !(8..=24).contains(&bits) || n == 0 || n > 16 {
            return None;
        }
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            let len = r.u8()? as usize;
            labels.push(std::str::from_utf8(r.take(len)?).ok()?.to_string());
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
        let transitions = (0..(n + 1) * n).map(|_| r.i16()).collect::<Option<Vec<_>>>()?;
        let count = u32::from_le_bytes(r.take(4)?.try_into().ok()?) as usize;
        let mut buckets = Vec::with_capacity(count.min(1 << bits));
        let mut bucket = 0usize;
        for _ in 0..count {
            bucket = bucket.checked_add(r.varint()? as usize)?;
            buckets.push(bucket);
        }
        let wide = n > 8;
        let masks = r.take(count.checked_mul(if wide { 2 } else { 1 })?)?;
        let mut weights = vec![0i8; (1usize << bits) * n];
        for (k, &bucket) in buckets.iter().enumerate() {
            let set = if wide { u16::from_le_bytes([masks[2 * k], masks[2 * k + 1]]) } else { u16::from(masks[k]) };
            for label in (0..n).filter(|l| set & (1 << l) != 0) {
                *weights.get_mut(bucket * n + label)? = r.u8()? as i8;
            }
        }
        Some(Parts { bits, labels, scale, transitions, weights })
    }

    /// The layout in the module doc.
    fn encode(&self) -> Vec<u8> {
        let n = self.labels.len();
        let mut out = b"LNTT\x02".to_vec();
        out.push(self.bits);
        out.push(n as u8);
        for label in &self.labels {
            out.push(label.len() as u8);
            out.extend_from_slice(label.as_bytes());
        }
        out.extend_from_slice(&self.scale.to_le_bytes());
        for &t in &self.transitions {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let (mut gaps, mut masks, mut values) = (Vec::new(), Vec::new(), Vec::new());
        let (mut count, mut last) = (0u32, 0usize);
        for (bucket, row) in self.weights.chunks(n).enumerate() {
            let set = row.iter().enumerate().fold(0u16, |m, (l, &v)| if v != 0 { m | (1 << l) } else { m });
            if set == 0 {
                continue;
            }
            let mut gap = (bucket - last) as u64;
            while gap >= 0x80 {
                gaps.push((gap as u8) | 0x80);
                gap >>= 7;
            }
            gaps.push(gap as u8);
            if n > 8 {
                masks.extend_from_slice(&set.to_le_bytes());
            } else {
                masks.push(set as u8);
            }
            values.extend(row.iter().filter(|&&v| v != 0).map(|&v| v as u8));
            last = bucket;
            count += 1;
        }
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&gaps);
        out.extend_from_slice(&masks);
        out.extend_from_slice(&values);
        out
    }
}

/// A saved tagger with the weights of magnitude below `below` steps dropped (a smaller file
/// for the same training); `None` when the bytes are not a tagger.
pub fn prune(bytes: &[u8], below: u8) -> Option<Vec<u8>> {
    let mut parts = Parts::decode(bytes)?;
    parts.weights.iter_mut().filter(|w| w.unsigned_abs() < below).for_each(|w| *w = 0);
    Some(parts.encode())
}

/// A path score below any real one (forbidden transitions), with room to add to it.
const NEVER: i64 = i64::MIN / 4;

/// The forward Viterbi table: the best score of a path over tokens `..=i` ending in each label
/// at `i` (`[i * n + label]`), and the label before it on that path.
fn best_paths(scores: &[i32], n: usize, trans: &[i64]) -> (Vec<i64>, Vec<u8>) {
    let len = scores.len() / n;
    let mut forward = vec![NEVER; len * n];
    let mut back = vec![0u8; len * n];
    for i in 0..len {
        for l in 0..n {
            let (best, from) = if i == 0 { (trans[l], 0) } else { (0..n).map(|p| (forward[(i - 1) * n + p] + trans[(p + 1) * n + l], p)).fold((NEVER, 0), |a, b| if b.0 > a.0 { b } else { a }) };
            forward[i * n + l] = best + i64::from(scores[i * n + l]);
            back[i * n + l] = from as u8;
        }
    }
    (forward, back)
}

/// The labels of the best path, read back from `best_paths`.
fn best_labels(forward: &[i64], back: &[u8], n: usize) -> Vec<usize> {
    let len = forward.len() / n;
    let mut labels = vec![0usize; len];
    if len > 0 {
        let last = &forward[(len - 1) * n..];
        let mut label = (0..n).fold(0, |b, l| if last[l] > last[b] { l } else { b });
        for i in (0..len).rev() {
            labels[i] = label;
            label = usize::from(back[i * n + label]);
        }
    }
    labels
}

/// Viterbi over `scores[token * n + label]` with `transition(prev, label)` (`None`: forbidden).
fn viterbi<T, F>(scores: &[T], n: usize, transition: F) -> Vec<usize>
where
    T: Copy + Into<f64>,
    F: Fn(Option<usize>, usize) -> Option<T>,
{
    let len = scores.len() / n;
    if len == 0 {
        return Vec::new();
    }
    let mut best = vec![f64::NEG_INFINITY; len * n];
    let mut back = vec![0usize; len * n];
    for l in 0..n {
        if let Some(t) = transition(None, l) {
            best[l] = scores[l].into() + t.into();
        }
    }
    for i in 1..len {
        for l in 0..n {
            let mut top = (f64::NEG_INFINITY, 0);
            for p in 0..n {
                if let Some(t) = transition(Some(p), l) {
                    let s = best[(i - 1) * n + p] + t.into();
                    if s > top.0 {
                        top = (s, p);
                    }
                }
            }
            best[i * n + l] = top.0 + scores[i * n + l].into();
            back[i * n + l] = top.1;
        }
    }
    let last = &best[(len - 1) * n..];
    let mut label = (0..n).fold(0, |b, l| if last[l] > last[b] { l } else { b });
    let mut out = vec![0; len];
    for i in (0..len).rev() {
        out[i] = label;
        label = back[i * n + label];
    }
    out
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    fn i16(&mut self) -> Option<i16> {
        self.take(2).map(|b| i16::from_le_bytes([b[0], b[1]]))
    }
    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in 0..10 {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << (7 * shift);
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }
}

/// Trains a tagger: call `learn` for each sentence, once per epoch, then `finish`.
pub struct TaggerTrainer {
    bits: u8,
    mask: u64,
    labels: Vec<String>,
    allowed: Vec<bool>,
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    trans: Vec<f32>,
    trans_totals: Vec<f64>,
    trans_stamps: Vec<u32>,
    clock: u32,
}

impl TaggerTrainer {
    pub fn new(bits: u8, labels: Vec<String>) -> TaggerTrainer {
        let n = labels.len();
        let size = (1usize << bits) * n;
        TaggerTrainer {
            bits,
            mask: (1u64 << bits) - 1,
            allowed: bio_allowed(&labels),
            labels,
            weights: vec![0.0; size],
            totals: vec![0.0; size],
            stamps: vec![0; size],
            trans: vec![0.0; (n + 1) * n],
            trans_totals: vec![0.0; (n + 1) * n],
            trans_stamps: vec![0; (n + 1) * n],
            clock: 0,
        }
    }

    fn predict(&self, sentence: &Sequence) -> Vec<usize> {
        let n = self.labels.len();
        let scores = sentence.scores(&self.weights, self.mask, n);
        viterbi(&scores, n, |prev, label| {
            let k = prev.map_or(0, |p| p + 1) * n + label;
            self.allowed[k].then_some(self.trans[k])
        })
    }

    /// Learns from one sentence; returns the number of tokens it got wrong.
    pub fn learn(&mut self, sentence: &Sequence, gold: &[usize]) -> usize {
        self.clock += 1;
        let guess = self.predict(sentence);
        if guess == gold {
            return 0;
        }
        let n = self.labels.len();
        let clock = self.clock;
        let bump = |w: &mut [f32], t: &mut [f64], s: &mut [u32], i: usize, d: f32| {
            t[i] += f64::from(clock - s[i]) * f64::from(w[i]);
            s[i] = clock;
            w[i] += d;
        };
        let mut wrong = 0;
        for i in 0..sentence.len() {
            let hashes = sentence.token(i);
            let prev = |seq: &[usize]| if i == 0 { 0 } else { seq[i - 1] + 1 };
            if guess[i] != gold[i] {
                wrong += 1;
                for &h in hashes {
                    let base = (h & self.mask) as usize * n;
                    bump(&mut self.weights, &mut self.totals, &mut self.stamps, base + gold[i], 1.0);
                    bump(&mut self.weights, &mut self.totals, &mut self.stamps, base + guess[i], -1.0);
                }
            }
            if guess[i] != gold[i] || prev(&guess) != prev(gold) {
                bump(&mut self.trans, &mut self.trans_totals, &mut self.trans_stamps, prev(gold) * n + gold[i], 1.0);
                bump(&mut self.trans, &mut self.trans_totals, &mut self.trans_stamps, prev(&guess) * n + guess[i], -1.0);
            }
        }
        wrong
    }

    /// The averaged weights, quantized (weights whose magnitude rounds below `min_q` are
    /// dropped) and encoded.
    pub fn finish(self, min_q: i16) -> Vec<u8> {
        self.averaged().encode(self.bits, &self.labels, min_q)
    }

    /// The weights averaged over every step so far (Collins 2002).
    pub fn averaged(&self) -> Averaged {
        let clock = f64::from(self.clock.max(1));
        let avg = |w: &[f32], t: &[f64], s: &[u32]| -> Vec<f64> { (0..w.len()).map(|i| (t[i] + f64::from(self.clock - s[i]) * f64::from(w[i])) / clock).collect() };
        Averaged { weights: avg(&self.weights, &self.totals, &self.stamps), trans: avg(&self.trans, &self.trans_totals, &self.trans_stamps) }
    }
}

/// Averaged perceptron weights; those of several runs over the same data in other orders
/// add up to one steadier model of the same size.
pub struct Averaged {
    weights: Vec<f64>,
    trans: Vec<f64>,
}

impl Averaged {
    /// Adds the weights of another run with the same table size and labels.
    pub fn add(&mut self, other: &Averaged) {
        for (a, b) in self.weights.iter_mut().zip(&other.weights).chain(self.trans.iter_mut().zip(&other.trans)) {
            *a += b;
        }
    }

    /// Quantizes and encodes the weights as a saved tagger (the layout in the module doc).
    pub fn encode(&self, bits: u8, labels: &[String], min_q: i16) -> Vec<u8> {
        let (weights, trans) = (&self.weights, &self.trans);
        let max = weights.iter().chain(trans).fold(0f64, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / f64::from(i16::MAX);
        let q = |w: f64| (w / scale).round() as i16;
        let weights = weights.iter().map(|&w| q(w)).map(|v| if v.abs() < min_q { 0 } else { (f64::from(v) / f64::from(STEP)).round().clamp(-127.0, 127.0) as i8 }).collect();
        Parts { bits, labels: labels.to_vec(), scale: scale as f32, transitions: trans.iter().map(|&t| q(t)).collect(), weights }.encode()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Vec<String> {
        ["O", "B-PER", "I-PER"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn learns_names_and_respects_bio() {
        let mut t = TaggerTrainer::new(10, labels());
        // Feature 1: "capitalized", 2: "lowercase", 3: "after a capitalized word".
        let seq = |tokens: &[&[u64]]| {
            let mut s = Sequence::default();
            for t in tokens {
                s.hashes.extend_from_slice(t);
                s.end_token();
            }
            s
        };
        let sent = seq(&[&[1], &[1, 3], &[2]]);
        for _ in 0..10 {
            t.learn(&sent, &[1, 2, 0]);
        }
        let tagger = Tagger::from_bytes(&t.finish(1)).expect("decodes");
        assert_eq!(tagger.tag(&sent), vec![1, 2, 0]);
        // I-PER can never open a sentence.
        assert_ne!(tagger.tag(&seq(&[&[1, 3]]))[0], 2);
        assert!(tagger.tag(&Sequence::default()).is_empty());
    }

    #[test]
    fn sparse_rows_give_the_dense_table() {
        let dense: Vec<i8> = (0..300 * 3).map(|i: i32| if (i / 3) % 5 == 0 || i == 899 { (i % 200 - 100) as i8 } else { 0 }).collect();
        let rows = Rows::new(&dense, 3);
        for (bucket, row) in dense.chunks(3).enumerate() {
            let want = row.iter().any(|&w| w != 0).then_some(row);
            assert_eq!(rows.get(bucket), want, "bucket {bucket}");
        }
        assert_eq!(rows.get(300), None);
        assert_eq!(rows.rows.len(), 3 * (60 + 1));
    }

    #[test]
    fn prunes_small_weights_and_never_panics() {
        let weights: Vec<i8> = (0..256 * 3).map(|i: i32| if i % 7 == 0 { ((i * 37) % 255 - 127) as i8 } else { 0 }).collect();
        let parts = Parts { bits: 8, labels: labels(), scale: 0.5, transitions: (0..12).collect(), weights: weights.clone() };
        let bytes = parts.encode();
        assert_eq!(Parts::decode(&bytes).map(|p| p.weights), Some(weights.clone()));
        assert_eq!(prune(&bytes, 0).as_deref(), Some(&bytes[..]));
        let pruned = Parts::decode(&prune(&bytes, 60).expect("prunes")).expect("decodes").weights;
        assert!(weights.iter().zip(&pruned).all(|(w, p)| if w.unsigned_abs() < 60 { *p == 0 } else { p == w }));
        assert!(pruned.iter().any(|&p| p != 0) && pruned != weights);
        for cut in 0..bytes.len() {
            assert!(prune(&bytes[..cut], 3).is_none() && Tagger::from_bytes(&bytes[..cut]).is_none());
        }
        let mut damaged = bytes.clone();
        for i in 0..damaged.len() {
            damaged[i] ^= 0x5a;
            let _ = Tagger::from_bytes(&damaged);
            damaged[i] ^= 0x5a;
        }
    }

    #[test]
    fn rejects_garbage() {
        assert!(Tagger::from_bytes(b"").is_none());
        assert!(Tagger::from_bytes(b"LNTT\x01\x10\x03\x01O").is_none());
    }
}
