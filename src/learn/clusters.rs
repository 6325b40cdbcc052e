//! Word clusters learned from unlabelled text, so that a tagger can generalize from the
//! words it was trained on to words that keep the same company (Brown et al. 1992 made
//! this popular; Turian et al. 2010 measured it for NER). Here a word is described by its
//! left and right neighbours among the commonest words, weighted by positive pointwise
//! mutual information, projected to a few random dimensions, and grouped by spherical
//! k-means, fine and coarse. Stored as text (`word<TAB>fine<TAB>coarse`) or, smaller, packed:
//!
//! Packed layout (little endian): `LNTC`, version 1, the number of fine clusters `f` (u16),
//! the coarse cluster of each fine one (`f` × u16: coarse clusters group fine ones), the number
//! of words (u32), the words in byte order, front-coded (a byte: how many leading bytes it
//! shares with the word before; the bytes after those; `\n`), then each word's fine cluster
//! in the fewest bits that hold `f - 1`, least significant bit first.

use rustc_hash::FxHashMap as HashMap;

/// Word → (fine cluster, coarse cluster).
#[derive(Default, Debug, Clone)]
pub struct Clusters {
    map: HashMap<String, (u16, u16)>,
}

/// The cluster numbers as feature strings, shared so that lookups allocate nothing.
fn label(n: u16) -> &'static str {
    static LABELS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LABELS.get_or_init(|| (0..4096).map(|i| i.to_string()).collect()).get(usize::from(n)).map_or("?", String::as_str)
}

impl Clusters {
    pub fn from_text(text: &str) -> Clusters {
        let map = text
            .lines()
            .filter_map(|l| {
                let mut c = l.split('\t');
                let (w, f, k) = (c.next()?, c.next()?.parse().ok()?, c.next()?.parse().ok()?);
                Some((w.to_string(), (f, k)))
            })
            .collect();
        Clusters { map }
    }

    /// Reads the packed form, else the text form.
    pub fn from_bytes(bytes: &[u8]) -> Clusters {
        Clusters::unpack(bytes).unwrap_or_else(|| Clusters::from_text(&String::from_utf8_lossy(bytes)))
    }

    /// Reads the packed form (the layout in the module doc); `None` when the bytes are not one.
    pub fn unpack(bytes: &[u8]) -> Option<Clusters> {
        let rest = bytes.strip_prefix(b"LNTC\x01")?;
        let fine = usize::from(u16::from_le_bytes(rest.get(..2)?.try_into().ok()?));
        let coarse: Vec<u16> = rest.get(2..2 + 2 * fine)?.chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        let rest = &rest[2 + 2 * fine..];
        let count = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let mut rest = &rest[4..];
        let mut words: Vec<Vec<u8>> = Vec::with_capacity(count.min(1 << 20));
        for _ in 0..count {
            let (&shared, tail) = rest.split_first()?;
            let end = tail.iter().position(|&b| b == b'\n')?;
            let mut word = words.last().map_or(&[][..], Vec::as_slice).get(..usize::from(shared))?.to_vec();
            word.extend_from_slice(&tail[..end]);
            words.push(word);
            rest = &tail[end + 1..];
        }
        let width = id_bits(fine);
        let mut map = HashMap::default();
        map.reserve(words.len());
        for (i, word) in words.into_iter().enumerate() {
            let at = i * width;
            let f = (0..width).try_fold(0usize, |v, b| Some(v | usize::from(rest.get((at + b) / 8)? >> ((at + b) % 8) & 1) << b))?;
            map.insert(String::from_utf8(word).ok()?, (u16::try_from(f).ok()?, *coarse.get(f)?));
        }
        Some(Clusters { map })
    }

    /// The packed form; `None` when a fine cluster lies in two coarse ones, a word has a
    /// line break, or the clusters run past `u16`.
    pub fn pack(&self) -> Option<Vec<u8>> {
        let fine = self.map.values().map(|&(f, _)| usize::from(f) + 1).max().unwrap_or(0);
        let mut coarse = vec![None; fine];
        for &(f, c) in self.map.values() {
            if *coarse[usize::from(f)].get_or_insert(c) != c {
                return None;
            }
        }
        let mut out = b"LNTC\x01".to_vec();
        out.extend_from_slice(&u16::try_from(fine).ok()?.to_le_bytes());
        coarse.iter().for_each(|c| out.extend_from_slice(&c.unwrap_or(0).to_le_bytes()));
        let mut words: Vec<(&String, u16)> = self.map.iter().map(|(w, &(f, _))| (w, f)).collect();
        words.sort();
        out.extend_from_slice(&(words.len() as u32).to_le_bytes());
        let mut last: &[u8] = &[];
        for (word, _) in &words {
            let word = word.as_bytes();
            if word.contains(&b'\n') {
                return None;
            }
            let shared = word.iter().zip(last).take(255).take_while(|(a, b)| a == b).count();
            out.push(shared as u8);
            out.extend_from_slice(&word[shared..]);
            out.push(b'\n');
            last = word;
        }
        let width = id_bits(fine);
        let mut ids = vec![0u8; (words.len() * width).div_ceil(8)];
        for (i, (_, f)) in words.iter().enumerate() {
            for b in (0..width).filter(|b| f >> b & 1 == 1) {
                ids[(i * width + b) / 8] |= 1 << ((i * width + b) % 8);
            }
        }
        out.extend_from_slice(&ids);
        Some(out)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The fine and coarse cluster of `word` (`"-"` when unknown).
    pub fn of(&self, word: &str) -> (&'static str, &'static str) {
        self.map.get(word).map_or(("-", "-"), |&(f, c)| (label(f), label(c)))
    }

    /// Learns clusters from sentences of words.
    pub fn learn(sentences: &[Vec<String>], settings: &Settings) -> Clusters {
        let mut freq: HashMap<&str, usize> = HashMap::default();
        for s in sentences {
            for w in s {
                *freq.entry(w.as_str()).or_default() += 1;
            }
        }
        let mut by_freq: Vec<(&str, usize)> = freq.into_iter().filter(|&(_, n)| n >= settings.min_count).collect();
        by_freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        by_freq.truncate(settings.words);
        let index: HashMap<&str, usize> = by_freq.iter().enumerate().map(|(i, (w, _))| (*w, i)).collect();
        let contexts = settings.contexts.min(by_freq.len());
        // Co-occurrence counts: word × (left context, right context).
        let mut counts: Vec<HashMap<u32, f32>> = vec![HashMap::default(); by_freq.len()];
        for s in sentences {
            let ids: Vec<Option<usize>> = s.iter().map(|w| index.get(w.as_str()).copied()).collect();
            for (i, id) in ids.iter().enumerate() {
                let Some(id) = *id else { continue };
                if i > 0 {
                    if let Some(c) = ids[i - 1].filter(|&c| c < contexts) {
                        *counts[id].entry(c as u32).or_default() += 1.0;
                    }
                }
                if let Some(c) = ids.get(i + 1).copied().flatten().filter(|&c| c < contexts) {
                    *counts[id].entry((contexts + c) as u32).or_default() += 1.0;
                }
            }
        }
        let total: f32 = counts.iter().flat_map(|m| m.values()).sum::<f32>().max(1.0);
        let mut ctx_total = vec![0f32; 2 * contexts];
        let row_total: Vec<f32> = counts.iter().map(|m| m.values().sum()).collect();
        for m in &counts {
            for (&c, &n) in m {
                ctx_total[c as usize] += n;
            }
        }
        // Random ±1 projection of each context, seeded.
        let dims = settings.dims;
        let mut rng = settings.seed | 1;
        let mut next = || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let projection: Vec<f32> = (0..2 * contexts * dims).map(|_| if next() & 1 == 0 { 1.0 } else { -1.0 }).collect();
        let mut vectors = vec![0f32; by_freq.len() * dims];
        for (w, m) in counts.iter().enumerate() {
            let v = &mut vectors[w * dims..(w + 1) * dims];
            for (&c, &n) in m {
                let pmi = (n * total / (row_total[w] * ctx_total[c as usize])).ln();
                if pmi > 0.0 {
                    let p = &projection[c as usize * dims..(c as usize + 1) * dims];
                    for (x, r) in v.iter_mut().zip(p) {
                        *x += pmi * r;
                    }
                }
            }
            normalize(v);
        }
        let fine = kmeans(&vectors, dims, settings.fine, settings.iterations);
        let centroids = centroids(&vectors, dims, &fine, settings.fine);
        let coarse_of_fine = kmeans(&centroids, dims, settings.coarse, settings.iterations);
        let map = by_freq.iter().enumerate().map(|(i, (w, _))| (w.to_string(), (fine[i] as u16, coarse_of_fine[fine[i]] as u16))).collect();
        Clusters { map }
    }

    /// The text form, by word.
    pub fn to_text(&self) -> String {
        let mut lines: Vec<String> = self.map.iter().map(|(w, (f, c))| format!("{w}\t{f}\t{c}")).collect();
        lines.sort();
        lines.join("\n") + "\n"
    }
}

/// The bits a fine cluster number takes when there are `fine` of them.
fn id_bits(fine: usize) -> usize {
    (usize::BITS - fine.saturating_sub(1).leading_zeros()) as usize
}

/// How to learn clusters.
pub struct Settings {
    pub words: usize,
    pub min_count: usize,
    pub contexts: usize,
    pub dims: usize,
    pub fine: usize,
    pub coarse: usize,
    pub iterations: usize,
    pub seed: u64,
}

fn normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

/// Spherical k-means; the seeds are points spread evenly over the (frequency-sorted) input.
fn kmeans(points: &[f32], dims: usize, k: usize, iterations: usize) -> Vec<usize> {
    let n = points.len() / dims;
    let k = k.min(n).max(1);
    let mut centers: Vec<f32> = (0..k).flat_map(|c| points[(c * n / k) * dims..(c * n / k + 1) * dims].to_vec()).collect();
    let mut assign = vec![0usize; n];
    for _ in 0..iterations {
        for (i, a) in assign.iter_mut().enumerate() {
            let p = &points[i * dims..(i + 1) * dims];
            let mut best = (f32::NEG_INFINITY, 0);
            for c in 0..k {
                let s: f32 = p.iter().zip(&centers[c * dims..(c + 1) * dims]).map(|(a, b)| a * b).sum();
                if s > best.0 {
                    best = (s, c);
                }
            }
            *a = best.1;
        }
        centers = centroids(points, dims, &assign, k);
    }
    assign
}

fn centroids(points: &[f32], dims: usize, assign: &[usize], k: usize) -> Vec<f32> {
    let mut centers = vec![0f32; k * dims];
    for (i, &a) in assign.iter().enumerate() {
        for (c, p) in centers[a * dims..(a + 1) * dims].iter_mut().zip(&points[i * dims..(i + 1) * dims]) {
            *c += p;
        }
    }
    for c in centers.chunks_mut(dims) {
        normalize(c);
    }
    centers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_the_same_lookups_and_never_panics() {
        let text = "Roma\t5\t1\nRomano\t300\t2\ncittà\t5\t1\ndi\t0\t0\n";
        let clusters = Clusters::from_text(text);
        let packed = clusters.pack().expect("packs");
        let back = Clusters::from_bytes(&packed);
        assert_eq!(back.to_text(), clusters.to_text());
        assert_eq!(back.of("Romano"), ("300", "2"));
        assert_eq!(back.of("Milano"), ("-", "-"));
        assert!(Clusters::from_text("a\t1\t1\nb\t1\t2\n").pack().is_none());
        for cut in 0..packed.len() {
            assert!(Clusters::unpack(&packed[..cut]).is_none());
        }
        let mut damaged = packed.clone();
        for i in 0..damaged.len() {
            damaged[i] ^= 0xa5;
            let _ = Clusters::unpack(&damaged);
            damaged[i] ^= 0xa5;
        }
        assert!(Clusters::unpack(b"LNTC\x01\xff\xff").is_none());
    }
}
