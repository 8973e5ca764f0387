// Benchmarks: see BENCHMARKS.md.
print("rencana-bench")
