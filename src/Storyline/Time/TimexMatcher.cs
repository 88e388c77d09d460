using System.Globalization;
using System.Runtime.CompilerServices;

namespace Storyline.Time;

/// <summary>
/// One tagging run over one text: walks the tokens, tries the expression grammars at each trigger token
/// (longest match wins) and resolves values against the reference date and the last date mentioned.
/// Grammar methods live in the partial files <c>TimexMatcher.*.cs</c>.
/// </summary>
internal sealed partial class TimexMatcher
{
    private readonly TimexTokens _t;
    private readonly DateOnly? _dct;
    private readonly TemporalTaggerOptions _o;
    private readonly NamedDays _named;

    /// <summary>Whether <see cref="_named"/> is the bundled list, whose first words the lexicon entries mark.</summary>
    private readonly bool _namedBundled;

    /// <summary>The last calendar value the text mentioned: the anchor of "two years later", "the previous day".</summary>
    private TimePoint? _anchor;

    /// <summary>Whether the anchor was written with its year, and the token where it ended.</summary>
    private bool _anchorExplicit;
    private int _anchorToken;

    public TimexMatcher(TimexTokens tokens, DateOnly? reference, TemporalTaggerOptions options, NamedDays named)
    {
        _t = tokens;
        _dct = reference;
        _o = options;
        _named = named;
        _namedBundled = ReferenceEquals(named, NamedDays.Bundled);
    }

    /// <summary>A grammar's result: tokens [Start, End), the TIMEX3 type and value, and the calendar point when there is one.</summary>
    private struct Match
    {
        public int End;
        public TimexType Type;
        public string? Value;
        public TimePoint? Point;
        public bool Relative;
        /// <summary>Whether a leading "the" belongs to the expression ("the 1990s", "the third quarter"), unlike "the 1990 budget".</summary>
        public bool TakesThe;
        /// <summary>Only the year came from the reference date ("Sept. 30"): without one the value becomes <c>XXXX-09-30</c>.</summary>
        public bool YearInferred;
        /// <summary>A comparison point ("a year earlier", "the year-ago quarter") that does not move the narrative's anchor.</summary>
        public bool KeepsAnchor;
    }

    private const Lx TenseOnly = Lx.Past | Lx.Future;

    private static void MarkYearInferred(ref Match m) => m.YearInferred = true;

    /// <summary>
    /// The thread's list of the expressions found so far: the result is copied out of it at its exact length, so that a text
    /// leaves one array behind instead of a list and the arrays it outgrew.
    /// </summary>
    [ThreadStatic]
    private static List<TemporalExpression>? t_found;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TemporalExpression[] Run()
    {
        var result = t_found ?? new List<TemporalExpression>();
        t_found = null;
        // The tokenizer lists the tokens that may start an expression for the bundled named days; other lists are read at every token.
        var all = !_namedBundled;
        var n = all ? _t.Count : _t.StartCount;
        var next = 0;
        for (var c = 0; c < n; c++)
        {
            var i = all ? c : _t.StartAt(c);
            if (i < next) continue;
            ref readonly var tok = ref _t[i];
            if (tok.Kind == TokKind.Punct) continue;
            // A tense marker alone ("said", "will") starts no grammar, and no prefix: it is skipped like an unknown word.
            if (tok.Kind == TokKind.Word && (tok.Lex.Flags & ~TenseOnly) == Lx.None && !IsNamedDayStart(i) && !IsQuarterCode(i)) continue;
            if (IsBareThe(i)) continue;
            if (!TryMatchAtSafely(i, out var m, out var start)) continue;
            if (_dct is null && m.Relative && !Unreferenced(ref m)) { next = m.End; continue; }
            var s = _t[start].Start;
            var e = _t[m.End - 1].End;
            var text = TimexStrings.Text(_t.Text, s, e - s);
            result.Add(new TemporalExpression(s, e - s, text, m.Type, m.Value!, m.Type == TimexType.Date ? m.Point?.ToPartialDate() : null, m.Relative));
            if (m.Point is { } p && m.Type is TimexType.Date or TimexType.Time && !m.KeepsAnchor)
            {
                _anchor = p;
                _anchorExplicit = !m.Relative;
                _anchorToken = m.End;
            }
            next = m.End;
        }
        var found = result.Count == 0 ? [] : result.ToArray();
        result.Clear();
        t_found = result;
        return found;
    }

    /// <summary>Without a reference date only the year of a relative value is unknown, or the value cannot be given at all.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Unreferenced(ref Match m)
    {
        if (!m.YearInferred || m.Point is not { G: Gran.Day or Gran.Month or Gran.Quarter or Gran.Half or Gran.Season }) return false;
        m.Value = "XXXX" + m.Value![4..];
        m.Point = null;
        return true;
    }

    /// <summary>Date arithmetic far outside the calendar ("10,000 years ago") is no expression rather than an exception.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMatchAtSafely(int i, out Match m, out int start)
    {
        try
        {
            return TryMatchAt(i, out m, out start);
        }
        catch (ArgumentOutOfRangeException)
        {
            m = default;
            start = i;
            return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMatchAt(int i, out Match best, out int start)
    {
        best = default;
        start = i;
        var k = Prefix(i, out var hasThe, out var phrase);
        if (k >= _t.Count) return false;
        // Most "the", "a", "this" lead nowhere: only a flagged word, a number, a quote before "90s", a named day or Q3 can start a core.
        if (!MayBeCore(k)) return false;
        var found = false;
        Match m = default;
        if (TryCore(k, ref m))
        {
            if (!hasThe || phrase || m.TakesThe) { best = m; found = true; }
        }
        return found;
    }

    /// <summary>Whether token <paramref name="k"/> (in the text) may be the core of an expression.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeCore(int k)
    {
        ref readonly var core = ref _t[k];
        return core.Lex.Flags != Lx.None || core.Kind == TokKind.Number || _t.IsApostrophe(k) || IsNamedDayStart(k) || IsQuarterCode(k)
            || (core.Kind == TokKind.Word && IsDecadeWord(k));
    }

    /// <summary>
    /// Whether "the" at <paramref name="i"/> certainly starts nothing: the next token leads to no core (as <see cref="Prefix"/>
    /// reads it) and is no core itself, as <see cref="TryMatchAt"/> tests it.
    /// </summary>
    /// <remarks>A third of the tokens the matcher is called at are a "the" before an ordinary word: this test spares them the call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsBareThe(int i) =>
        _t.Is(i, "the") && (i + 1 >= _t.Count || (!TimexLexicon.MayLead[_t[i + 1].LexId] && !MayBeCore(i + 1)));

    /// <summary>The length of "forties", the shortest of the decade words.</summary>
    private const int ShortestDecadeWord = 7;

    /// <summary>Tries every grammar at <paramref name="k"/> and keeps the longest match.</summary>
    /// <remarks>
    /// Most cores are words such as "a", "that" or "at" that start no expression: each grammar is called only when the core passes
    /// the test its own first lines make (a number, a month, a weekday…), so that these words do not pay for seventeen calls.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryCore(int k, ref Match best)
    {
        var found = false;
        Match m = default;
        void Take(ref Match m, ref Match best, ref bool found)
        {
            if (!found || m.End > best.End) { best = m; found = true; }
            m = default;
        }
        ref readonly var lex = ref L(k);
        var num = IsNum(k);
        if (num && NumericDate(k, ref m)) Take(ref m, ref best, ref found);
        if ((num || Is(k, "noon") || Is(k, "midnight")) && Clock(k, ref m)) Take(ref m, ref best, ref found);
        if (lex.Has(Lx.Month) && MonthFirst(k, Deixis.None, ref m)) Take(ref m, ref best, ref found);
        if (num && DayFirst(k, ref m)) Take(ref m, ref best, ref found);
        if ((num || Is(k, "year") || Is(k, "nineteen") || Is(k, "eighteen") || Is(k, "two")) && Year(k, ref m)) Take(ref m, ref best, ref found);
        if ((!IsWord(k) || (_t[k].Length >= ShortestDecadeWord && IsDecadeWord(k))) && Decade(k, ref m)) Take(ref m, ref best, ref found);
        if ((num || lex.Has(Lx.Ordinal)) && Century(k, ref m)) Take(ref m, ref best, ref found);
        if (lex.Has(Lx.Season) && Season(k, Deixis.None, ref m)) Take(ref m, ref best, ref found);
        if ((num || lex.Has(Lx.Ordinal | Lx.Deictic | Lx.Unit) || IsQuarterCode(k) || Is(k, "fiscal") || Is(k, "latest") || Is(k, "recent") || Is(k, "most"))
            && Quarter(k, ref m)) Take(ref m, ref best, ref found);
        if (lex.Has(Lx.Weekday) && Weekday(k, Deixis.None, ref m)) Take(ref m, ref best, ref found);
        if (lex.Has(Lx.DayWord) && DayWord(k, ref m)) Take(ref m, ref best, ref found);
        if (lex.Deixis is not (Deixis.None or Deixis.Earlier or Deixis.Later) && Deictic(k, ref m)) Take(ref m, ref best, ref found);
        if ((num || lex.Has(Lx.NumberWord | Lx.Vague | Lx.Unit) || lex.Deixis != Deixis.None
                || Is(k, "first") || Is(k, "final") || Is(k, "additional") || Is(k, "further") || Is(k, "another"))
            && NumberUnit(k, ref m)) Take(ref m, ref best, ref found);
        if ((lex.Has(Lx.Unit) || Is(k, "fiscal") || Is(k, "full") || Is(k, "whole") || Is(k, "entire")) && BareUnit(k, ref m)) Take(ref m, ref best, ref found);
        if (_o.TagVagueReferences && (lex.Has(Lx.Reference) || Is(k, "current") || Is(k, "near") || Is(k, "foreseeable") || Is(k, "distant") || Is(k, "short") || Is(k, "these"))
            && Reference(k, ref m)) Take(ref m, ref best, ref found);
        if (lex.Has(Lx.SetAdverb) && SetExpr(k, ref m)) Take(ref m, ref best, ref found);
        if (IsNamedDayStart(k) && NamedDay(k, ref m)) Take(ref m, ref best, ref found);
        return found;
    }

    // ---- token helpers ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly LexEntry L(int i) => ref (uint)i < (uint)_t.Count ? ref _t[i].Lex : ref TimexLexicon.Entries[0];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Has(int i, Lx f) => L(i).Has(f);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(int i, string w) => _t.Is(i, w);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsNum(int i) => (uint)i < (uint)_t.Count && _t[i].Kind == TokKind.Number;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsNum(int i, int digits) => IsNum(i) && _t[i].Length == digits;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Num(int i) => _t[i].Number;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Glued(int i) => _t.Glued(i);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsWord(int i) => (uint)i < (uint)_t.Count && _t[i].Kind == TokKind.Word;

    /// <summary>Skips an ordinal suffix glued to a number ("27th", "1st").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SkipOrdinalSuffix(int i)
    {
        if (IsWord(i) && Glued(i) && (Is(i, "th") || Is(i, "st") || Is(i, "nd") || Is(i, "rd"))) return i + 1;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsQuarterCode(int i) =>
        IsWord(i) && _t[i].Length == 1 && (_t.Text[_t[i].Start] is 'Q' or 'H') && IsNum(i + 1, 1) && Glued(i + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsNamedDayStart(int i) =>
        IsWord(i) && (_namedBundled ? _t[i].Lex.StartsNamedDay : _named.ByFirstWord.ContainsKey(_t.Span(i)))
        && _t.IsCapitalized(i);

    /// <summary>True when a token ends a sentence: '.', '!' or '?' not closing an abbreviation such as "Sept." or "Mr.".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool EndsSentence(int i)
    {
        if (_t[i].Kind != TokKind.Punct) return false;
        var c = _t.Text[_t[i].Start];
        if (c is '!' or '?' or ';') return true;
        if (c != '.') return false;
        if (i == 0 || !Glued(i)) return true;
        var prev = _t.Span(i - 1);
        if (prev.Length == 1) return false;
        if (Has(i - 1, Lx.MonthAbbrev)) return false;
        return !(prev.Equals("Mr", StringComparison.Ordinal) || prev.Equals("Mrs", StringComparison.Ordinal) || prev.Equals("Ms", StringComparison.Ordinal)
            || prev.Equals("Dr", StringComparison.Ordinal) || prev.Equals("St", StringComparison.Ordinal) || prev.Equals("Jr", StringComparison.Ordinal)
            || prev.Equals("Inc", StringComparison.Ordinal) || prev.Equals("Corp", StringComparison.Ordinal) || prev.Equals("Co", StringComparison.Ordinal)
            || prev.Equals("Gov", StringComparison.Ordinal) || prev.Equals("Sen", StringComparison.Ordinal) || prev.Equals("Rep", StringComparison.Ordinal));
    }

    private enum Tense : byte { Unknown, Past, Future }

    /// <summary>
    /// Guesses the tense around tokens [<paramref name="start"/>, <paramref name="end"/>) from the nearest marker
    /// ("will", "said", a past participle) within the sentence; news is mostly past tense.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Tense TenseAround(int start, int end)
    {
        var w = _o.TenseWindowTokens;
        var leftOpen = true;
        var rightOpen = true;
        for (var d = 1; d <= w && (leftOpen || rightOpen); d++)
        {
            var r = end - 1 + d;
            if (rightOpen)
            {
                if (r >= _t.Count || _t[r].BreakBefore || EndsSentence(r)) rightOpen = false;
                else if (Marker(r) is var t && t != Tense.Unknown) return t;
            }
            var l = start - d;
            if (leftOpen)
            {
                if (l < 0 || EndsSentence(l)) leftOpen = false;
                else
                {
                    if (Marker(l) is var t && t != Tense.Unknown) return t;
                    if (_t[l].BreakBefore) leftOpen = false;
                }
            }
        }
        return Tense.Unknown;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Tense Marker(int i)
    {
        var lex = L(i);
        if (lex.Has(Lx.Future))
        {
            if (Is(i, "ll") && !_t.IsApostrophe(i - 1)) return Tense.Unknown;
            if (Is(i, "set") && !Is(i + 1, "to")) return Tense.Unknown;
            if (Is(i, "going") && !Is(i + 1, "to")) return Tense.Unknown;
            // "had been scheduled", "was expected": a plan reported in the past.
            if (!Is(i, "will") && !Is(i, "ll") && !Is(i, "shall") && (IsPastAux(i - 1) || IsPastAux(i - 2))) return Tense.Past;
            return Tense.Future;
        }
        if (lex.Has(Lx.Past)) return Tense.Past;
        // "as soon as Tuesday", "as early as Friday"
        if ((Is(i, "soon") || Is(i, "early")) && Is(i - 1, "as")) return Tense.Future;
        if (IsWord(i) && _t[i].Length > 4)
        {
            var s = _t.Span(i);
            if (s.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(s[0])) return Tense.Past;
        }
        return Tense.Unknown;
    }

    /// <summary>True at the first token of the text, of a line, or after a sentence end or an opening quote.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsSentenceStart(int i) =>
        i == 0 || _t[i].BreakBefore || EndsSentence(i - 1)
        || (_t[i - 1].Kind == TokKind.Punct && _t.Text[_t[i - 1].Start] is '"' or '\u201C' or '`' or '\'' or '(' or ':' or '_');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsPastAux(int i) => Is(i, "had") || Is(i, "was") || Is(i, "were") || Is(i, "been");

    private static string Inv(int v) => v.ToString(CultureInfo.InvariantCulture);
}
