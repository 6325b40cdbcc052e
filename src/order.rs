//! Orders by numeric keys. Every `sort_by` with its own closure compiles its own copy of the
//! sort (several kilobytes of wasm each); sorting `([u64; 4], index)` pairs shares one.

/// The indexes `0..keys.len()` in ascending order of their keys (ties by index).
pub fn by_keys(keys: impl Iterator<Item = [u64; 4]>) -> Vec<usize> {
    let mut pairs: Vec<([u64; 4], usize)> = keys.enumerate().map(|(i, k)| (k, i)).collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|p| p.1).collect()
}

/// A key that orders numbers as `f64::total_cmp` does.
pub fn up(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// A key that orders numbers from the largest.
pub fn down(x: f64) -> u64 {
    !up(x)
}

/// A key that orders counts from the largest.
pub fn most(n: usize) -> u64 {
    u64::MAX - n as u64
}

/// `items` in the order `by_keys` gives.
pub fn apply<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| slots[i].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_order_like_the_numbers() {
        let xs = [0.5, -1.0, 3.0, 0.0, -0.0, f64::INFINITY];
        let order = by_keys(xs.iter().map(|&x| [up(x), 0, 0, 0]));
        assert_eq!(order, [1, 4, 3, 0, 2, 5]);
        assert_eq!(by_keys(xs.iter().map(|&x| [down(x), 0, 0, 0])), [5, 2, 0, 3, 4, 1]);
        assert_eq!(apply(vec!["a", "b", "c"], &[2, 0, 1]), ["c", "a", "b"]);
    }
}
