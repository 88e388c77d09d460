using System.Runtime.CompilerServices;

// The tests check the search excerpt directly.
[assembly: InternalsVisibleTo("Storyline.Tests")]
