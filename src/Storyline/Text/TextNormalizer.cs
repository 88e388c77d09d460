using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Storyline.Text;

/// <summary>
/// Cleans article text before any other stage sees it: Unicode NFC plus compatibility folds (ligatures,
/// full-width letters), straight quotes, ASCII dashes and ellipses, plain spaces, LF line ends, one space
/// between words, no spaces at line ends, and at most one blank line between paragraphs.
/// Stateless and thread-safe.
/// </summary>
public static class TextNormalizer
{
    // Each input char yields at most three output chars ("…" → "...", "—" → " - ").
    private const int MaxExpansion = 3;

    /// <summary>
    /// The normalized form of <paramref name="text"/>. Returns the same instance when nothing changes.
    /// Leading and trailing blank lines are removed, and so are spaces at the start and end of each line.
    /// </summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        return Normalize(text, text);
    }

    /// <summary>
    /// The normalized form of <paramref name="text"/>, always a new string (or the empty one): for callers that built
    /// the text in a buffer of their own and would otherwise make a string of it only to have it copied again.
    /// </summary>
    internal static string NormalizeBuffer(ReadOnlySpan<char> text) => text.IsEmpty ? string.Empty : Normalize(text, null);

    // original, when given, is the string text came from: it is returned as is when nothing changes.
    private static string Normalize(ReadOnlySpan<char> text, string? original)
    {
        var rented = ArrayPool<char>.Shared.Rent(text.Length * MaxExpansion);
        try
        {
            var writer = new LayoutWriter(rented);
            MapAndLayout(text, ref writer);
            var written = writer.Written;
            var laidOut = original is not null && written.SequenceEqual(original) ? original : new string(written);
            // Composition runs last: stripping a zero-width char can bring a base letter and its mark together.
            // ASCII never changes under it, and only the chars MapChar puts as they are can be other than ASCII.
            return writer.WroteNonAscii ? UnicodeComposition.Compose(laidOut) : laidOut;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Every article runs these loops: compiled optimized at once, they skip the slow unoptimized first passes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MapAndLayout(ReadOnlySpan<char> source, ref LayoutWriter writer)
    {
        var i = 0;
        while (i < source.Length)
        {
            // Printable ASCII maps to itself: words and the single spaces between them (most of any text) are
            // written in one tight loop that only stops at a char needing a decision.
            if (IsVisibleAscii(source[i]))
            {
                i = writer.PutAsciiText(source, i);
                continue;
            }
            MapChar(source, i, ref writer);
            i++;
        }
    }

    // Printable ASCII other than the space.
    private static bool IsVisibleAscii(char c) => (uint)(c - '!') <= '~' - '!';

    private static void MapChar(ReadOnlySpan<char> source, int i, ref LayoutWriter writer)
    {
        var c = source[i];
        if (c < 0x80 && c >= ' ' && c != 0x7F)
        {
            writer.Put(c);
            return;
        }
        switch (c)
        {
            case '\n': writer.NewLine(); return;
            case '\r':
                // CRLF becomes one LF: the LF that follows does the work.
                if (i + 1 >= source.Length || source[i + 1] != '\n') writer.NewLine();
                return;
            case '\u0085' or '\u2028': writer.NewLine(); return;
            case '\u2029': writer.NewLine(); writer.NewLine(); return;
            case '\t' or '\v' or '\f' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000':
                writer.Put(' '); return;
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2035' or '\u2039' or '\u203A' or '\u02BC':
                writer.Put('\''); return;
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u2036' or '\u00AB' or '\u00BB' or '\u301D' or '\u301E' or '\u301F':
                writer.Put('"'); return;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' or '\uFE63' or '\u2043':
                writer.Put('-'); return;
            case '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B' or '\uFE58':
                // A glued em dash is a break, not a compound: "her son—Jack" must not tokenize as "son-Jack".
                writer.Put(' '); writer.Put('-'); writer.Put(' '); return;
            case '\u2026':
                writer.Put('.'); writer.Put('.'); writer.Put('.'); return;
            case '\u200D':
                if (IsEmojiJoinContext(source, i)) writer.Put(c);
                return;
        }
        if (IsStripped(c)) return;
        writer.Put(c);
    }

    private static bool IsStripped(char c)
        => c < ' ' || c is (>= '\u007F' and <= '\u009F') or '\u00AD' or '\u180E' or '\u200B' or '\u200C' or '\u200E' or '\u200F'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u206F') or '\uFEFF';

    // A zero-width joiner glues emoji sequences (family, profession emoji); anywhere else it is noise.
    private static bool IsEmojiJoinContext(ReadOnlySpan<char> source, int i)
    {
        if (i == 0 || i + 1 >= source.Length) return false;
        var previous = source[i - 1] == '\uFE0F' && i >= 2 ? CodePointEndingAt(source, i - 2) : CodePointEndingAt(source, i - 1);
        var next = char.IsHighSurrogate(source[i + 1]) && i + 2 < source.Length && char.IsLowSurrogate(source[i + 2])
            ? char.ConvertToUtf32(source[i + 1], source[i + 2])
            : source[i + 1];
        return IsEmoji(previous) && IsEmoji(next);
    }

    private static int CodePointEndingAt(ReadOnlySpan<char> source, int last)
        => char.IsLowSurrogate(source[last]) && last > 0 && char.IsHighSurrogate(source[last - 1])
            ? char.ConvertToUtf32(source[last - 1], source[last])
            : source[last];

    // Pictographs, emoticons, symbols and skin-tone modifiers; dingbats and misc symbols in the BMP.
    private static bool IsEmoji(int cp) => cp is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF);

    /// <summary>Writes characters while collapsing spaces and blank lines, so layout rules live in one place.</summary>
    private ref struct LayoutWriter(char[] buffer)
    {
        private const int MaxNewlines = 2;
        private const char NonAscii = '\u0080';
        private readonly char[] _buffer = buffer;
        private int _length;
        private bool _pendingSpace;
        private int _pendingNewlines;
        private bool _lineHasContent;
        private bool _wroteNonAscii;

        public readonly ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

        /// <summary>Whether any char written is outside ASCII.</summary>
        public readonly bool WroteNonAscii => _wroteNonAscii;

        public void NewLine()
        {
            _pendingSpace = false;
            _lineHasContent = false;
            _pendingNewlines++;
        }

        /// <summary>
        /// Puts the printable ASCII text starting at <paramref name="start"/> (a char that is neither a space nor a control):
        /// its words and the spaces between them, up to the first other char, whose index it returns.
        /// </summary>
        // Every article runs these loops: compiled optimized at once, they skip the slow unoptimized first passes.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int PutAsciiText(ReadOnlySpan<char> source, int start)
        {
            Put(source[start]);
            // The line now has content and nothing is pending, so a space only waits for the next visible char.
            // The state lives in locals for the loop and goes back to the fields after it.
            var buffer = _buffer.AsSpan();
            var length = _length;
            var pendingSpace = 0;
            var i = start + 1;
            while (i < source.Length)
            {
                // With nothing pending, words with one space between them come out as they came in: whole blocks are
                // copied while they hold nothing else.
                if (pendingSpace == 0) CopyVerbatim(source, ref i, buffer, ref length);
                if (i >= source.Length) break;
                // Each step writes a space and the char and keeps what the state calls for: no branch at word ends
                // to mispredict.
                var c = source[i];
                var visible = IsVisibleAscii(c) ? 1 : 0;
                if ((visible == 0) & (c != ' ')) break;
                buffer[length] = ' ';
                length += pendingSpace & visible;
                buffer[length] = c;
                length += visible;
                pendingSpace = 1 - visible;
                i++;
            }
            _length = length;
            _pendingSpace = pendingSpace != 0;
            return i;
        }

        // Copies whole blocks from source[i] to buffer[length] while each char is visible, or a space before a visible
        // char; stops at the first other char, where the caller goes on one char at a time. The buffer has room for
        // MaxExpansion chars per source char, more than a block needs.
        private static void CopyVerbatim(ReadOnlySpan<char> source, ref int i, Span<char> buffer, ref int length)
            => BlockCopy.While<VisibleRunStops>(source, ref i, buffer, ref length);

        private readonly struct VisibleRunStops : IBlockStops
        {
            public static Vector128<ushort> Stops(Vector128<ushort> chars, Vector128<ushort> next)
            {
                var space = Vector128.Equals(chars, Vector128.Create((ushort)' '));
                return ~(Visible(chars) | space) | (space & ~Visible(next));
            }

            private static Vector128<ushort> Visible(Vector128<ushort> chars)
                => Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'!'), Vector128.Create((ushort)('~' - '!')));
        }

        public void Put(char c)
        {
            if (c == ' ')
            {
                if (_lineHasContent) _pendingSpace = true;
                return;
            }
            if (_pendingNewlines > 0)
            {
                if (_length > 0)
                    for (var n = Math.Min(_pendingNewlines, MaxNewlines); n > 0; n--) _buffer[_length++] = '\n';
                _pendingNewlines = 0;
            }
            else if (_pendingSpace)
            {
                _buffer[_length++] = ' ';
            }
            _pendingSpace = false;
            _lineHasContent = true;
            if (c >= NonAscii) _wroteNonAscii = true;
            _buffer[_length++] = c;
        }
    }
}
