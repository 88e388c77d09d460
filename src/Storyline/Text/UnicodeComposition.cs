using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Storyline.Text;

/// <summary>
/// NFC with a few compatibility folds (ligatures, full-width and mathematical letters), from embedded
/// Unicode tables. The runtime's <see cref="string.Normalize()"/> is a no-op under InvariantGlobalization,
/// which this project uses, so the tables ship with the engine.
/// </summary>
internal static class UnicodeComposition
{
    private const int HangulSBase = 0xAC00, HangulLBase = 0x1100, HangulVBase = 0x1161, HangulTBase = 0x11A7;
    private const int HangulLCount = 19, HangulVCount = 21, HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount, HangulSCount = HangulLCount * HangulNCount;

    private static readonly Tables Data = Load();

    /// <summary>True when <paramref name="text"/> may change under <see cref="Compose"/>; false means it is already composed and folded.</summary>
    public static bool MayChange(ReadOnlySpan<char> text)
    {
        var triggers = Data.Triggers;
        // ASCII never changes; a vectorized search skips to the first char that might.
        var first = text.IndexOfAnyExceptInRange('\0', '\u007F');
        if (first < 0) return false;
        foreach (var c in text[first..])
            if (c >= 0x80 && triggers[c]) return true;
        return false;
    }

    /// <summary>Folds the selected compatibility forms, then applies canonical decomposition, reordering and composition.</summary>
    public static string Compose(string text)
    {
        if (!MayChange(text)) return text;
        var cps = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes()) Decompose(rune.Value, cps, fold: true);
        ReorderMarks(cps);
        ComposeInPlace(cps);
        var sb = new StringBuilder(text.Length);
        foreach (var cp in cps) sb.Append(char.ConvertFromUtf32(cp));
        var result = sb.ToString();
        return result == text ? text : result;
    }

    private static void Decompose(int cp, List<int> output, bool fold)
    {
        if (fold && Data.Folds.TryGetValue(cp, out var folded))
        {
            foreach (var f in folded) Decompose(f, output, fold: false);
            return;
        }
        var s = cp - HangulSBase;
        if (s is >= 0 and < HangulSCount)
        {
            output.Add(HangulLBase + s / HangulNCount);
            output.Add(HangulVBase + s % HangulNCount / HangulTCount);
            if (s % HangulTCount != 0) output.Add(HangulTBase + s % HangulTCount);
            return;
        }
        if (Data.Decompositions.TryGetValue(cp, out var parts))
        {
            foreach (var p in parts) Decompose(p, output, fold: false);
            return;
        }
        output.Add(cp);
    }

    private static int CombiningClass(int cp) => Data.CombiningClasses.TryGetValue(cp, out var ccc) ? ccc : 0;

    // Stable insertion sort of each run of non-starters by combining class (runs are short).
    private static void ReorderMarks(List<int> cps)
    {
        for (var i = 1; i < cps.Count; i++)
        {
            var ccc = CombiningClass(cps[i]);
            if (ccc == 0) continue;
            var j = i;
            var cp = cps[i];
            while (j > 0)
            {
                var prev = CombiningClass(cps[j - 1]);
                if (prev == 0 || prev <= ccc) break;
                cps[j] = cps[j - 1];
                j--;
            }
            cps[j] = cp;
        }
    }

    private static void ComposeInPlace(List<int> cps)
    {
        if (cps.Count == 0) return;
        var starterPos = 0;
        var starter = cps[0];
        var lastClass = CombiningClass(starter) == 0 ? 0 : 256;
        var outPos = 1;
        for (var i = 1; i < cps.Count; i++)
        {
            var ch = cps[i];
            var chClass = CombiningClass(ch);
            var composite = ComposePair(starter, ch);
            if (composite >= 0 && (lastClass < chClass || lastClass == 0))
            {
                cps[starterPos] = composite;
                starter = composite;
                continue;
            }
            if (chClass == 0) { starterPos = outPos; starter = ch; }
            lastClass = chClass;
            cps[outPos++] = ch;
        }
        cps.RemoveRange(outPos, cps.Count - outPos);
    }

    private static int ComposePair(int first, int second)
    {
        var l = first - HangulLBase;
        if (l is >= 0 and < HangulLCount)
        {
            var v = second - HangulVBase;
            return v is >= 0 and < HangulVCount ? HangulSBase + (l * HangulVCount + v) * HangulTCount : -1;
        }
        var s = first - HangulSBase;
        if (s is >= 0 and < HangulSCount && s % HangulTCount == 0)
        {
            var t = second - HangulTBase;
            return t is > 0 and < HangulTCount ? first + t : -1;
        }
        return Data.Composites.TryGetValue(((long)first << 21) | (uint)second, out var c) ? c : -1;
    }

    private sealed record Tables(
        FrozenDictionary<int, int> CombiningClasses,
        FrozenDictionary<int, int[]> Decompositions,
        FrozenDictionary<long, int> Composites,
        FrozenDictionary<int, int[]> Folds,
        System.Collections.BitArray Triggers);

    private static Tables Load()
    {
        var ccc = new Dictionary<int, int>();
        var decompositions = new Dictionary<int, int[]>();
        var composites = new Dictionary<long, int>();
        var folds = new Dictionary<int, int[]>();
        var triggers = new System.Collections.BitArray(0x10000);
        foreach (var line in EmbeddedText.Lines("unicode-nfc.txt"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cp = Hex(fields[1]);
            switch (fields[0])
            {
                case "c":
                    ccc[cp] = int.Parse(fields[2], CultureInfo.InvariantCulture);
                    MarkTrigger(triggers, cp);
                    break;
                case "d":
                    var primary = fields[^1] == "*";
                    var parts = fields.AsSpan(2, fields.Length - (primary ? 3 : 2)).ToArray().Select(Hex).ToArray();
                    decompositions[cp] = parts;
                    if (primary)
                    {
                        composites[((long)parts[0] << 21) | (uint)parts[1]] = cp;
                        MarkTrigger(triggers, parts[1]);
                    }
                    else
                    {
                        MarkTrigger(triggers, cp);
                    }
                    break;
                case "f":
                    folds[cp] = fields.Skip(2).Select(Hex).ToArray();
                    MarkTrigger(triggers, cp);
                    break;
            }
        }
        for (var cp = HangulVBase; cp < HangulVBase + HangulVCount; cp++) triggers[cp] = true;
        for (var cp = HangulTBase + 1; cp < HangulTBase + HangulTCount; cp++) triggers[cp] = true;
        return new Tables(ccc.ToFrozenDictionary(), decompositions.ToFrozenDictionary(), composites.ToFrozenDictionary(), folds.ToFrozenDictionary(), triggers);
    }

    // Supplementary code points are flagged through their high surrogate: a cheap, conservative test.
    private static void MarkTrigger(System.Collections.BitArray triggers, int cp)
        => triggers[cp < 0x10000 ? cp : char.ConvertFromUtf32(cp)[0]] = true;

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
