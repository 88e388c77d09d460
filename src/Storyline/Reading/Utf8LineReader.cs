namespace Storyline.Reading;

/// <summary>
/// Splits a stream into lines of UTF-8 bytes the way <see cref="StreamReader.ReadLine"/> splits text: at
/// <c>\n</c>, <c>\r</c> or <c>\r\n</c>, with no empty line after a final separator. Both separators are ASCII, so
/// they never occur inside a multi-byte character and splitting bytes gives the same lines as splitting the
/// decoded text. Lines are handed out as spans over one growing buffer, so no line is copied or decoded here.
/// </summary>
internal sealed class Utf8LineReader(Stream stream)
{
    // Large enough that a gzip or file read is rarely split, and most articles fit several times over.
    private const int InitialBufferSize = 1 << 20;

    private byte[] buffer = new byte[InitialBufferSize];
    private int start;
    private int end;
    private bool endOfStream;
    // After a line that ended with \r, a \n that follows (perhaps only in the next read) belongs to that separator.
    private bool skipLineFeed;

    /// <summary>The first bytes of the stream without consuming them, at most <paramref name="count"/>.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        while (end - start < count && Fill()) { }
        return buffer.AsSpan(start, Math.Min(count, end - start));
    }

    /// <summary>Drops <paramref name="count"/> bytes already seen through <see cref="Peek"/> (a byte order mark).</summary>
    public void Skip(int count) => start += count;

    /// <summary>The next line without its separator; false at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        var searched = 0;
        while (true)
        {
            if (skipLineFeed && start < end)
            {
                skipLineFeed = false;
                if (buffer[start] == (byte)'\n') start++;
            }
            var window = buffer.AsSpan(start, end - start);
            var at = window[searched..].IndexOfAny((byte)'\n', (byte)'\r');
            if (at >= 0)
            {
                at += searched;
                line = window[..at];
                skipLineFeed = window[at] == (byte)'\r';
                start += at + 1;
                return true;
            }
            searched = window.Length;
            if (!Fill())
            {
                if (end == start)
                {
                    line = default;
                    return false;
                }
                line = buffer.AsSpan(start, end - start);
                start = end;
                return true;
            }
        }
    }

    // Reads more bytes behind the current window, moving it to the front or growing the buffer when it is full.
    private bool Fill()
    {
        if (endOfStream) return false;
        if (end == buffer.Length)
        {
            var length = end - start;
            if (start == 0) Array.Resize(ref buffer, buffer.Length * 2);
            else buffer.AsSpan(start, length).CopyTo(buffer);
            start = 0;
            end = length;
        }
        var n = stream.Read(buffer, end, buffer.Length - end);
        if (n == 0)
        {
            endOfStream = true;
            return false;
        }
        end += n;
        return true;
    }
}
