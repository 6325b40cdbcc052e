//! Sentences as weighted bags of words (tf-idf over the sentences at hand), for similarity
//! and centrality. Words are lowercased letters-and-digits runs of three or more characters;
//! the idf weighting makes the commonest function words count for little.

use rustc_hash::FxHashMap as HashMap;

/// A sparse vector sorted by word id.
#[derive(Clone, Debug, Default)]
pub struct Vector {
    pub entries: Vec<(u32, f32)>,
}

impl Vector {
    /// The dot product. Against a much longer vector (a long text's centroid has every word
    /// of it), each entry of the shorter is looked up by binary search rather than walking
    /// the longer one for every sentence; the products are summed in the same order either way.
    pub fn dot(&self, other: &Vector) -> f32 {
        let (a, b) = (&self.entries, &other.entries);
        if a.len() * 16 < b.len() || b.len() * 16 < a.len() {
            let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
            let (mut from, mut sum) = (0, 0.0);
            for &(id, w) in short {
                from += long[from..].partition_point(|e| e.0 < id);
                match long.get(from) {
                    Some(&(found, x)) if found == id => sum += w * x,
                    Some(_) => {}
                    None => break,
                }
            }
            return sum;
        }
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// A unit vector of `entries` (any order, no id twice).
    pub fn unit(mut entries: Vec<(u32, f32)>) -> Vector {
        entries.sort_unstable_by_key(|e| e.0);
        let mut v = Vector { entries };
        v.normalize();
        v
    }

    fn normalize(&mut self) {
        let norm = self.entries.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
        if norm > 0.0 {
            self.entries.iter_mut().for_each(|e| e.1 /= norm);
        }
    }

    /// The word ids, for overlap measures.
    pub fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.entries.iter().map(|e| e.0)
    }
}

/// The words of a sentence.
pub fn words(sentence: &str) -> impl Iterator<Item = String> + '_ {
    raw_words(sentence).map(str::to_lowercase)
}

/// The words of a sentence as they are written.
fn raw_words(sentence: &str) -> impl Iterator<Item = &str> {
    sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 3)
}

/// Unit tf-idf vectors of `sentences`, and their normalized sum (the centroid).
pub fn vectors(sentences: &[&str]) -> (Vec<Vector>, Vector) {
    let mut ids: HashMap<String, u32> = HashMap::default();
    let mut lower = String::new();
    let mut seen: Vec<u32> = Vec::new();
    // Each sentence's (word id, count), sorted by id, in a list of its exact length.
    let bags: Vec<Vec<(u32, f32)>> = sentences
        .iter()
        .map(|s| {
            seen.clear();
            for w in raw_words(s) {
                // As `words` gives it, without a new string for a word seen before.
                lower.clear();
                if w.is_ascii() {
                    lower.push_str(w);
                    lower.make_ascii_lowercase();
                } else {
                    lower.push_str(&w.to_lowercase());
                }
                let id = match ids.get(lower.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = ids.len() as u32;
                        ids.insert(lower.clone(), id);
                        id
                    }
                };
                seen.push(id);
            }
            seen.sort_unstable();
            let mut bag = Vec::with_capacity(seen.chunk_by(|a, b| a == b).count());
            bag.extend(seen.chunk_by(|a, b| a == b).map(|run| (run[0], run.len() as f32)));
            bag
        })
        .collect();
    let mut df = vec![0f32; ids.len()];
    for bag in &bags {
        for &(id, _) in bag {
            df[id as usize] += 1.0;
        }
    }
    let n = sentences.len().max(1) as f32;
    let mut centroid = vec![0f32; ids.len()];
    let vectors = bags
        .into_iter()
        .map(|bag| {
            let v = Vector::unit(bag.into_iter().map(|(id, tf)| (id, (1.0 + tf.ln()) * (n / df[id as usize]).ln().max(0.0))).filter(|e| e.1 > 0.0).collect());
            for &(id, w) in &v.entries {
                centroid[id as usize] += w;
            }
            v
        })
        .collect();
    // Every weight is above 0: a word of the centroid has a sum above 0.
    (vectors, Vector::unit(centroid.into_iter().enumerate().filter(|e| e.1 > 0.0).map(|(id, w)| (id as u32, w)).collect()))
}
