//! xorshift64: a tiny random number generator with a seed, so a test that
//! tries random cases tries the same ones on every run (or repeats a run
//! from its printed seed).

pub struct Rng(pub u64);

impl Rng {
    /// A number from 0 to `bound - 1`.
    pub fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}
