//! Throughput of the engine alone (no I/O, no JSON) on the bundled corpus.
//!
//! `cargo bench -p saywho-core --bench extract` reads every `corpus/**/*.txt`
//! and measures `Extractor::extract` over all of them (bytes per second), and
//! over one long news-like text made of the same articles. When `corpus/`
//! is empty, a small text composed here stands in.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use saywho_core::Extractor;

fn corpus_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            corpus_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

/// Articles composed for the benchmark, used when `corpus/` is empty.
fn fallback() -> Vec<String> {
    let names = [
        ("Mayor", "Lena Ortiz"),
        ("Council member", "Tomas Feld"),
        ("Health Minister", "Grace Obi"),
        ("police spokesman", "Rui Santos"),
    ];
    (0..40)
        .map(|i| {
            let (role, name) = names[i % names.len()];
            let surname = name.rsplit(' ').next().unwrap_or(name);
            format!(
                "Riverton approves budget {i}\n\n\
                 RIVERTON — The city council voted 7-2 on Tuesday to approve the budget.\n\n\
                 \u{201c}This is a budget for families,\u{201d} {role} {name} said after the vote. \
                 \u{201c}We listened, and we changed it.\u{201d}\n\n\
                 {surname} told reporters the plan would add {i} bus lines. \
                 Critics called it \u{201c}a wish list\u{201d}.\n\n\
                 \"We will keep watching,\" said a spokeswoman for the residents' group, \
                 who asked not to be named. According to {surname}, work starts in May.\n\n\
                 Story continues below advertisement\n"
            )
        })
        .collect()
}

fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut files = Vec::new();
    corpus_files(&root, &mut files);
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() { fallback() } else { texts }
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::default();
    let docs = articles();
    let bytes: usize = docs.iter().map(String::len).sum();

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(extractor.extract(black_box(d)));
            }
        })
    });
    let long = docs.join("\n\n");
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("one-long-document", |b| {
        b.iter(|| black_box(extractor.extract(black_box(&long))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
