//! Training the sentence splitter on UD treebanks: every gap after a token that could end a
//! sentence becomes an example, labelled by whether a gold sentence ends there. Training
//! is deterministic for a given seed.

use crate::learn::features::Features;
use crate::learn::perceptron::Trainer;
use crate::text::lang::Lang;
use crate::text::sentences::{Context, Gap};
use crate::text::tokenize::tokenize;
use crate::ud::{raw_text, StreamDoc};

/// Examples as hashed features in one flat list.
#[derive(Default)]
pub struct Examples {
    hashes: Vec<u64>,
    bounds: Vec<(usize, usize, bool)>,
}

impl Examples {
    pub fn len(&self) -> usize {
        self.bounds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bounds.is_empty()
    }

    /// Adds the examples of one gold CoNLL-U file.
    pub fn add_treebank(&mut self, conllu: &str, lang: Lang) {
        let gold = StreamDoc::from_conllu(conllu);
        let ends: std::collections::HashSet<usize> = gold.sentences.iter().map(|s| s.1).collect();
        let text = raw_text(conllu, 0);
        let tokens = tokenize(&text, lang);
        let mut ctx = Context::new(&text, &tokens);
        let mut stream_end = 0;
        let mut since = 0;
        let mut feats = Features::default();
        for (i, t) in tokens.iter().enumerate() {
            stream_end += text[t.start as usize..t.end as usize].chars().filter(|c| !c.is_whitespace()).count();
            since += 1;
            let truth = ends.contains(&stream_end);
            if matches!(ctx.gap(i), Gap::Space | Gap::None) && ctx.is_candidate(i) {
                feats.clear();
                ctx.features(i, since, lang, &mut feats);
                let start = self.hashes.len();
                self.hashes.extend_from_slice(&feats.hashes);
                self.bounds.push((start, self.hashes.len(), truth));
            }
            ctx.advance(i);
            if truth {
                since = 0;
            }
        }
    }

    /// Trains for `epochs` passes in a seeded order; returns the encoded model.
    pub fn train(&self, bits: u8, epochs: usize, seed: u64, min_q: i8) -> Vec<u8> {
        let mut trainer = Trainer::new(bits);
        let mut order: Vec<usize> = (0..self.bounds.len()).collect();
        let mut rng = seed | 1;
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            for &k in &order {
                let (a, b, truth) = self.bounds[k];
                trainer.update(&self.hashes[a..b], truth);
            }
        }
        trainer.finish(min_q)
    }
}
