using System.Runtime.CompilerServices;

// The tests check the search excerpt and the file URI directly.
[assembly: InternalsVisibleTo("Storyline.Tests")]
