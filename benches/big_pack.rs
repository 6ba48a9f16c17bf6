//! Writes a valid pack of N lessons, for timing `hifazat check` on it
//! (benches/bench.sh): `cargo run --release --example big_pack -- DIR N`.

#[path = "../tests/common/big_pack.rs"]
mod big_pack;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(lessons)) = (args.next(), args.next().and_then(|n| n.parse().ok())) else {
        eprintln!("usage: big_pack DIR LESSONS");
        std::process::exit(2);
    };
    big_pack::write(std::path::Path::new(&dir), lessons);
}
