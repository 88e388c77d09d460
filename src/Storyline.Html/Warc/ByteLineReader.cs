namespace Storyline.Html.Warc;

/// <summary>Buffered reading of lines and exact byte counts from a stream, tracking the position.</summary>
internal sealed class ByteLineReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

    private bool Fill()
    {
        if (_start < _end) return true;
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private byte[]? _pending;
    private long _pendingEnd;
    private long _lastLineStart;

    /// <summary>Returns the line just read, so that the next <see cref="ReadLine"/> gives it again.</summary>
    public void PushBack(byte[] line)
    {
        _pending = line;
        _pendingEnd = Position;
        Position = _lastLineStart;
    }

    /// <summary>The next line without its CR/LF; null at the end; <paramref name="tooLong"/> when it exceeds the limit (the rest is skipped).</summary>
    public byte[]? ReadLine(int maxBytes, out bool tooLong)
    {
        tooLong = false;
        _lastLineStart = Position;
        if (_pending is { } pending)
        {
            _pending = null;
            Position = _pendingEnd;
            return pending;
        }
        if (!Fill()) return null;
        using var line = new MemoryStream();
        while (Fill())
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline >= 0 ? newline + 1 : span.Length;
            if (!tooLong)
            {
                var keep = Math.Min(take, maxBytes - (int)line.Length);
                if (keep < take) tooLong = true;
                line.Write(span[..Math.Max(0, keep)]);
            }
            _start += take;
            Position += take;
            if (newline >= 0) break;
        }
        var bytes = line.ToArray();
        var length = bytes.Length;
        while (length > 0 && bytes[length - 1] is (byte)'\n' or (byte)'\r') length--;
        return length == bytes.Length ? bytes : bytes[..length];
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes, or null when the stream ends first.</summary>
    public byte[]? ReadExactly(long count)
    {
        var result = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            if (!Fill()) return null;
            var take = (int)Math.Min(count - filled, _end - _start);
            Array.Copy(_buffer, _start, result, filled, take);
            _start += take;
            filled += take;
            Position += take;
        }
        return result;
    }

    /// <summary>Skips bytes; false when the stream ends first.</summary>
    public bool Skip(long count)
    {
        while (count > 0)
        {
            if (!Fill()) return false;
            var take = (int)Math.Min(count, _end - _start);
            _start += take;
            count -= take;
            Position += take;
        }
        return true;
    }
}
