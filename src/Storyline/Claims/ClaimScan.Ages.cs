using System.Runtime.CompilerServices;
using System.Globalization;
using Storyline.Time;

namespace Storyline.Claims;

internal sealed partial class ClaimScan
{
    private static readonly string[] OrdinalWords =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
         "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
    private static readonly string[] DecadeOrdinals = ["thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
    private static readonly string[] AgeWords = ["aged", "age"];
    private static readonly string[] TurnWords = ["turned", "turns", "turning"];
    // "N-year-old" with one to three digits is 10 to 12 characters long.
    private const int MinYearOldLength = 10;
    private const int MaxYearOldLength = 12;

    /// <summary>
    /// Ages: "Teigen, 35," and "Teigen (35)", "Teigen, aged 35", "the 35-year-old model",
    /// "Smith is 35 years old", "her 38th birthday", "Smith turned 38".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindAges()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == ClaimTokenKind.Number)
            {
                if (!TryAge(i, out var age)) continue;
                if (Apposition(i) is var e and >= 0) AddAge(e, age, published);
                else if (Is(i + 1, "years") && Is(i + 2, "old") && ClauseSubject(i) is var s and >= 0) AddAge(s, age, published);
                else if (i > 0 && IsAny(i - 1, TurnWords) && ClauseSubject(i - 1) is var s2 and >= 0) AddAge(s2, age, DateInSentence() ?? published);
            }
            else if (t.Kind == ClaimTokenKind.Word)
            {
                // The lengths YearOld and the birthday word allow are tested here, before the calls: most words have neither.
                if ((t.Length is >= MinYearOldLength and <= MaxYearOldLength ? YearOld(i) : -1) is var years and >= 0)
                {
                    if (YearOldSubject(i) is var e and >= 0) AddAge(e, years, published);
                }
                else if (t.Length == BirthdayWord.Length && Is(i, BirthdayWord) && i >= 2 && Ordinal(i - 1) is var n and > 0)
                {
                    var owner = i - 2;
                    var e = EntityOfPossessor(owner);
                    if (e >= 0) AddAge(e, n, DateInSentence() ?? published);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddAge(int entity, int age, PartialDate? asOf)
    {
        if (entities.Entities[entity].Type != Entities.EntityType.Person) return;
        Add(entity, ClaimAttributes.Age, age.ToString(CultureInfo.InvariantCulture), age, asOf);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryAge(int i, out int age)
    {
        age = 0;
        var s = Span(i);
        return s.Length <= 3 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out age)
            && age >= options.MinAge && age <= options.MaxAge;
    }

    /// <summary>"Name, 35," / "Name (35)" / "Name, aged 35": the person the number follows, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Apposition(int i)
    {
        var k = i - 1;
        if (IsAny(k, AgeWords)) k--;
        if (!(IsPunct(k, ',') || IsPunct(k, '('))) return -1;
        var open = IsPunct(k, '(');
        // What follows must close the apposition, or the number is a count ("Smith, 35 million ...").
        var next = i + 1;
        var closes = next >= tokens.Count
            || (open ? IsPunct(next, ')') : IsPunct(next, ',') || IsPunct(next, '.') || IsPunct(next, ';') || IsPunct(next, ')') || Is(next, "and") || Is(next, "who"));
        if (!closes || k < 1) return -1;
        return EntityEndingAt(tokens[k - 1].End);
    }

    /// <summary>The years of a "35-year-old" token, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int YearOld(int i)
    {
        var s = Span(i);
        if (s.Length is < MinYearOldLength or > MaxYearOldLength) return -1;
        var dash = s.IndexOf('-');
        if (dash <= 0 || dash > 3 || !s[(dash + 1)..].Equals("year-old", StringComparison.OrdinalIgnoreCase)) return -1;
        return int.TryParse(s[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= options.MinAge && n <= options.MaxAge ? n : -1;
    }

    /// <summary>
    /// Who "the 35-year-old …" is: the description mention it belongs to when the recognizer resolved it,
    /// a name that follows ("35-year-old John Smith"), or a name it stands in apposition to ("Smith, a 35-year-old …").
    /// An indefinite "a 35-year-old man" with no such anchor introduces someone else and gives nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int YearOldSubject(int i)
    {
        var covering = EntityCovering(tokens[i].Start, out _);
        if (covering >= 0) return covering;
        for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
        {
            if (tokens[k].Kind != ClaimTokenKind.Word || !char.IsUpper(text[tokens[k].Start])) continue;
            if (EntityCovering(tokens[k].Start, out var m) >= 0 && m.Start == tokens[k].Start) return m.EntityIndex;
        }
        var article = i - 1;
        if (!(Is(article, "a") || Is(article, "an") || Is(article, "the"))) return -1;
        if (IsPunct(article - 1, ',') && article >= 2) return EntityEndingAt(tokens[article - 2].End);
        if ((Is(article - 1, "is") || Is(article - 1, "was")) && article >= 2) return EntityOfToken(article - 2, allowPossessive: false);
        return -1;
    }

    /// <summary>The number of an ordinal token ("38th", "fifth", "thirtieth"), or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Ordinal(int i)
    {
        if (tokens[i].Kind != ClaimTokenKind.Word) return 0;
        var s = Span(i);
        if (s.Length >= 3 && char.IsDigit(s[0]))
        {
            var suffix = s[^2..];
            if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))) return 0;
            return int.TryParse(s[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= options.MaxAge ? n : 0;
        }
        for (var k = 0; k < OrdinalWords.Length; k++)
            if (s.Equals(OrdinalWords[k], StringComparison.OrdinalIgnoreCase)) return k + 1;
        for (var k = 0; k < DecadeOrdinals.Length; k++)
            if (s.Equals(DecadeOrdinals[k], StringComparison.OrdinalIgnoreCase)) return (k + 3) * 10;
        return 0;
    }

    /// <summary>The owner named by "her" / "his" / "Smith's" at token <paramref name="i"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int EntityOfPossessor(int i)
    {
        if (IsAny(i, PossessivePronouns)) return ResolvePronoun(i);
        // "Smith's 38th birthday": tokens are Smith, ', s.
        if (Is(i, "s") && i >= 2 && (IsPunct(i - 1, '\'') || IsPunct(i - 1, '’'))) return EntityEndingAt(tokens[i - 2].End);
        return -1;
    }

    /// <summary>A day- or month-precise date stated in the current sentence, for claims that hold on that date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PartialDate? DateInSentence()
    {
        for (var k = sentenceTimes; k < times.Count; k++)
        {
            var t = times[k];
            if (t.Start >= sentence.End) break;
            if (t.Date is { } d && d.Precision != DatePrecision.Year) return d;
        }
        return null;
    }
}
