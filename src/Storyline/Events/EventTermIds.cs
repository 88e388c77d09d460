using System.Collections.Concurrent;

namespace Storyline.Events;

/// <summary>
/// Process-wide numbers for event terms, so the clusterer can find its own id of a term with an array read instead of
/// a hash lookup of the term's string. A number says only which term it is: the clusterer still gives ids in its own
/// order, so which thread met a term first (and so its number) never shows in any output.
/// </summary>
internal static class EventTermIds
{
    /// <summary>A term that has no number (the table is full); the clusterer then looks the term up by its characters.</summary>
    public const int None = -1;

    // Terms numbered before the table stops growing: bounds the memory of a long-running process.
    private const int MaxTerms = 1 << 21;

    // Sized for a corpus's vocabulary from the start: growing a concurrent table takes all its locks and rehashes.
    private const int InitialCapacity = 1 << 16;

    private static readonly ConcurrentDictionary<string, int> Ids = new(Environment.ProcessorCount, InitialCapacity, StringComparer.Ordinal);
    private static int next;

    /// <summary>The number of <paramref name="term"/>, the same for every thread, or <see cref="None"/>.</summary>
    public static int Of(string term)
    {
        if (Ids.TryGetValue(term, out var id)) return id;
        if (Volatile.Read(ref next) >= MaxTerms) return None;
        // Two threads may race on a new term: one number wins and both get it; the loser's number is simply never used.
        return Ids.GetOrAdd(term, static _ => Interlocked.Increment(ref next) - 1);
    }
}
