using System.Runtime.CompilerServices;

// The tests render pages, the timeline and report file names directly, and check the OpenAPI paths.
[assembly: InternalsVisibleTo("Storyline.Tests")]
