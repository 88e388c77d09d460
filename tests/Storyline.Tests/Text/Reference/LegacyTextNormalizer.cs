// The implementation before the single-pass rewrite, kept verbatim as the reference the property tests compare against.
using System.Buffers;

using Storyline.Text;

namespace Storyline.Tests.Text.Reference;

/// <summary>
/// Cleans article text before any other stage sees it: Unicode NFC plus compatibility folds (ligatures,
/// full-width letters), straight quotes, ASCII dashes and ellipses, plain spaces, LF line ends, one space
/// between words, no spaces at line ends, and at most one blank line between paragraphs.
/// Stateless and thread-safe.
/// </summary>
internal static class LegacyTextNormalizer
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
        // Composition runs last: stripping a zero-width char can bring a base letter and its mark together.
        return UnicodeComposition.Compose(MapAndLayout(text));
    }

    private static string MapAndLayout(string text)
    {
        var rented = ArrayPool<char>.Shared.Rent(text.Length * MaxExpansion);
        try
        {
            var writer = new LayoutWriter(rented);
            var source = text.AsSpan();
            for (var i = 0; i < source.Length; i++)
            {
                // Printable ASCII other than the space maps to itself and needs no layout decision
                // after its first char: such runs (most of any text) are copied in one go.
                var run = source[i..].IndexOfAnyExceptInRange('!', '~');
                if (run < 0) run = source.Length - i;
                if (run > 1)
                {
                    writer.PutRun(source.Slice(i, run));
                    i += run - 1;
                    continue;
                }
                MapChar(source, i, ref writer);
            }
            var result = writer.Written;
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

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
        private readonly char[] _buffer = buffer;
        private int _length;
        private bool _pendingSpace;
        private int _pendingNewlines;
        private bool _lineHasContent;

        public readonly ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

        public void NewLine()
        {
            _pendingSpace = false;
            _lineHasContent = false;
            _pendingNewlines++;
        }

        /// <summary>Puts chars none of which is a space or a line break.</summary>
        public void PutRun(ReadOnlySpan<char> run)
        {
            Put(run[0]);
            run[1..].CopyTo(_buffer.AsSpan(_length));
            _length += run.Length - 1;
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
            _buffer[_length++] = c;
        }
    }
}
