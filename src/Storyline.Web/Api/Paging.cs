using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Storyline.Web.Api;

/// <summary>Reads <c>offset</c> and <c>limit</c> from a query, with messages a person can act on.</summary>
internal static class Paging
{
    public static bool TryRead(HttpRequest request, StorylineWebOptions options, out int offset, out int limit, out IResult? error)
    {
        offset = 0;
        limit = options.DefaultPageSize;
        error = null;
        if (!TryInt(request, "offset", 0, int.MaxValue, ref offset, out error)) return false;
        return TryInt(request, "limit", 1, options.MaxPageSize, ref limit, out error);
    }

    private static bool TryInt(HttpRequest request, string name, int min, int max, ref int value, out IResult? error)
    {
        error = null;
        var text = request.Query[name].ToString();
        if (text.Length == 0) return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            value = n;
            return true;
        }
        error = Results.BadRequest(new ApiError($"{name} must be a whole number from {min} to {max}"));
        return false;
    }

    public static Page<T> Slice<T>(IReadOnlyList<T> all, int offset, int limit)
        => new(all.Count, offset, limit, all.Skip(offset).Take(limit).ToArray());

    public static Page<T> NotComputed<T>(string what, int offset, int limit)
        => new(0, offset, limit, [], Computed: false, Note: $"{what} have not been computed for this store yet");
}
