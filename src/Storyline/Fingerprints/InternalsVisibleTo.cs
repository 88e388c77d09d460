using System.Runtime.CompilerServices;

// The tests pin the SIMD kernels against the scalar one and the fused word scanner against the Tokenizer.
[assembly: InternalsVisibleTo("Storyline.Tests")]
