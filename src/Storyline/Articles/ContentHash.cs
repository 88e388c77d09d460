using System.Security.Cryptography;

namespace Storyline.Articles;

/// <summary>The exact content hash of an article's raw bytes: lowercase hex SHA-256.</summary>
public static class ContentHash
{
    /// <summary>Hashes raw bytes.</summary>
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Hashes text as UTF-8, for inputs that arrive as text (a JSON field, a feed item).</summary>
    public static string Of(string text) => Of(System.Text.Encoding.UTF8.GetBytes(text));
}
