[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Storyline.Tests")]
