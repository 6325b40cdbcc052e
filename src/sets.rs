//! Disjoint sets (union-find with path halving): items joined into groups, each group named
//! by its smallest item, so the groups do not depend on the order of the joins.

pub struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    /// `n` items, each alone.
    pub fn new(n: usize) -> Sets {
        Sets { parent: (0..n).collect() }
    }

    /// The smallest item of `x`'s group.
    pub fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Puts `a` and `b` in one group.
    pub fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.parent[a.max(b)] = a.min(b);
    }
}
