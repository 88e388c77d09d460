using System.Globalization;
using System.Reflection;

namespace Storyline.Evaluation;

/// <summary>
/// Applies <c>Name=value</c> overrides to an options record, for sweeping settings in an
/// evaluation without rebuilding; unknown names and bad values are reported, not ignored.
/// </summary>
public static class OptionOverrides
{
    /// <summary>A copy of <paramref name="options"/> with the overrides applied, or an error message.</summary>
    public static (T? Options, string? Error) Apply<T>(T options, IEnumerable<string> overrides) where T : class
    {
        var cloneMethod = typeof(T).GetMethod("<Clone>$") ?? throw new InvalidOperationException($"{typeof(T).Name} is not a record");
        var copy = (T)cloneMethod.Invoke(options, null)!;
        foreach (var item in overrides)
        {
            var eq = item.IndexOf('=');
            if (eq <= 0) return (null, $"'{item}' is not Name=value");
            var name = item[..eq].Trim();
            var property = typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
                return (null, $"unknown option '{name}' (known: {string.Join(", ", typeof(T).GetProperties().Select(p => p.Name))})");
            try
            {
                var value = Convert.ChangeType(item[(eq + 1)..].Trim(), property.PropertyType, CultureInfo.InvariantCulture);
                property.SetValue(copy, value);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                return (null, $"'{item[(eq + 1)..]}' is not a valid {property.PropertyType.Name} for {property.Name}");
            }
        }
        return (copy, null);
    }
}
