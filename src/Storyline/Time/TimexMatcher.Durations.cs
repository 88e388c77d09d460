using System.Globalization;
using System.Runtime.CompilerServices;

namespace Storyline.Time;

/// <summary>Grammars of counts of units: durations, "ago"/"later" dates, sets, and clock times.</summary>
internal sealed partial class TimexMatcher
{
    /// <summary>Reads a count: "10", "two", "twenty-four", "a", "a couple of", "several", "a few". Null count = vague.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Count(int i, out int? count, out int end, out bool article)
    {
        count = null;
        end = i;
        article = false;
        if (IsNum(i))
        {
            if (_t.IsPunct(i - 1, '$') || (Glued(i) && (_t.IsPunct(i - 1, '.') || _t.IsPunct(i - 1, ',')))) return false;
            if (Glued(i + 1) && (_t.IsPunct(i + 1, '.') || _t.IsPunct(i + 1, ',') || _t.IsPunct(i + 1, '/')) && IsNum(i + 2) && Glued(i + 2)) return false;
            if (_t[i].Length > 5) return false;
            count = Num(i);
            end = i + 1;
            return true;
        }
        if (Is(i, "a") || Is(i, "an"))
        {
            if (Is(i + 1, "few")) { end = i + 2; return true; }
            if (Is(i + 1, "couple") && Is(i + 2, "of")) { count = 2; end = i + 3; return true; }
            if (Is(i + 1, "dozen") || Is(i + 1, "hundred") || Is(i + 1, "thousand")) { count = L(i + 1).Number; end = i + 2; return true; }
            count = 1;
            end = i + 1;
            article = true;
            return true;
        }
        if (Has(i, Lx.Vague))
        {
            if (Is(i, "couple")) { if (!Is(i + 1, "of")) return false; count = 2; end = i + 2; return true; }
            end = i + 1;
            return true;
        }
        if (Has(i, Lx.NumberWord))
        {
            var v = (int)L(i).Number;
            var e = i + 1;
            if (v >= 20 && v < 100 && v % 10 == 0)
            {
                var o = _t.IsHyphen(e) && Glued(e) ? e + 1 : e;
                if (Has(o, Lx.NumberWord) && L(o).Number is >= 1 and <= 9 && !Is(o, "a") && !Is(o, "an")) { v += L(o).Number; e = o + 1; }
            }
            if (Is(e, "hundred") || Is(e, "thousand")) { v *= L(e).Number; e++; }
            count = v;
            end = e;
            return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string UnitCode(TUnit u, out bool timePart) 
    {
        timePart = u is TUnit.Hour or TUnit.Minute or TUnit.Second;
        return u switch
        {
            TUnit.Second => "S",
            TUnit.Minute => "M",
            TUnit.Hour => "H",
            TUnit.Day => "D",
            TUnit.Week => "W",
            TUnit.Weekend => "WE",
            TUnit.Month => "M",
            TUnit.Quarter => "Q",
            TUnit.Decade => "DE",
            TUnit.Century => "CE",
            TUnit.Millennium => "ML",
            _ => "Y",
        };
    }

    /// <summary>A TIMEX3 duration: P10D, PT4H, P2Y, P9M for three quarters, P20Y for two decades, PXY when the count is vague.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string DurationValue(int? n, TUnit u)
    {
        if (n is { } c)
        {
            switch (u)
            {
                case TUnit.Decade: return "P" + (10 * c).ToString(CultureInfo.InvariantCulture) + "Y";
                case TUnit.Century: return "P" + (100 * c).ToString(CultureInfo.InvariantCulture) + "Y";
                case TUnit.Millennium: return "P" + (1000 * c).ToString(CultureInfo.InvariantCulture) + "Y";
                case TUnit.Weekend: return "P" + (2 * c).ToString(CultureInfo.InvariantCulture) + "D";
            }
        }
        var code = UnitCode(u, out var timePart);
        var num = n?.ToString(CultureInfo.InvariantCulture) ?? "X";
        return (timePart ? "PT" : "P") + num + code;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NumberUnit(int k, ref Match m)
    {
        var j = k;
        var lead = false;
        var det = L(k).Deixis;
        // "the last three weeks", "past 20 years", "another two years"; but "expected to last three weeks", "following 10 days of rest".
        var theLead = Is(k - 1, "the") && (det is Deixis.Last or Deixis.Next or Deixis.Coming or Deixis.Previous or Deixis.Following || Is(k, "first") || Is(k, "final"));
        if ((theLead || det == Deixis.Past || Is(k, "additional") || Is(k, "further") || Is(k, "another")) && StartsCount(k + 1))
        {
            lead = true;
            j++;
        }
        int? count;
        int u0;
        var article = false;
        var vagueBare = false;
        if (!Count(j, out count, out u0, out article))
        {
            if (!_o.TagBarePluralDurations || !Has(j, Lx.Unit) || !L(j).Plural || L(j).Unit < TUnit.Day || lead) return false;
            if (!(Is(j - 1, "for") || Is(j - 1, "in") || Is(j - 1, "within") || Is(j - 1, "over") || Is(j - 1, "after") || Is(j - 1, "take") || Is(j - 1, "takes") || Is(j - 1, "took") || Is(j + 1, "ago") || Is(j - 1, "than")))
                return false;
            u0 = j;
            vagueBare = true;
        }
        var ui = u0;
        if (_t.IsHyphen(ui) && Glued(ui) && Has(ui + 1, Lx.Unit)) ui++;
        if (!Has(ui, Lx.Unit)) return false;
        var unitLex = L(ui);
        var u = unitLex.Unit;
        if (article && unitLex.Plural) return false;
        if (count is 1 && unitLex.Plural && !vagueBare && IsNum(j)) { }
        if (count is null && !vagueBare && !unitLex.Plural && !Is(j, "a") && !Is(j + 1, "few")) return false;
        if (Is(j, "some") && !unitLex.Plural) return false;
        if (Is(ui, "second") && count is null) return false;
        // "a year-earlier", "year-end", "10-year-old", "52 years old": other words, or ages.
        if (_t.IsHyphen(ui + 1) && Glued(ui + 1) && IsWord(ui + 2) && Glued(ui + 2) && !Has(ui + 2, Lx.Unit)) return false;
        if (Is(ui + 1, "old")) return false;
        // "the 1988 quarter" is a quarter of 1988, not 1988 quarters.
        if (IsNum(j, 4) && count >= 1000 && !unitLex.Plural) return false;
        // "three-quarters", "a quarter of", "more than a quarter": fractions.
        if (u == TUnit.Quarter && (article || ui > u0 || Is(ui + 1, "of") || count is null && !unitLex.Plural)) return false;
        var e = ui + 1;
        // Anchored and deictic dates: "two years ago", "a year earlier", "three days later", "a week from now".
        if (!lead && (Is(e, "ago") || Is(e, "earlier") || Is(e, "later") || Is(e, "afterward") || Is(e, "afterwards")
            || ((Is(e, "before") || Is(e, "after")) && (e + 1 >= _t.Count || _t[e + 1].Kind == TokKind.Punct || Is(e + 1, "that")))
            || (Is(e, "from") && Is(e + 1, "now"))))
        {
            var back = Is(e, "ago") || Is(e, "earlier") || Is(e, "before");
            var fromDct = Is(e, "ago") || Is(e, "from");
            var end = Is(e, "from") || ((Is(e, "before") || Is(e, "after")) && Is(e + 1, "that")) ? e + 2 : e + 1;
            if (count is not { } n || u is TUnit.Hour or TUnit.Minute or TUnit.Second)
            {
                if (count is null && Is(e, "ago"))
                {
                    m = new Match { End = end, Type = TimexType.Date, Value = "PAST_REF", TakesThe = false };
                    return true;
                }
                m = new Match { End = e, Type = TimexType.Duration, Value = DurationValue(count, u) };
                return true;
            }
            TimePoint basis;
            if (fromDct)
                basis = u == TUnit.Year && _anchor is { G: Gran.Quarter } q && Is(e, "ago") ? q : TimePoint.At(D, GranOf(u) == Gran.Weekend ? Gran.Week : GranOf(u) < Gran.Year ? Gran.Year : GranOf(u));
            else
                basis = AnchorOr(GranOf(u) < Gran.Year ? Gran.Year : GranOf(u));
            var p = fromDct ? basis.Shift(u, back ? -n : n) : basis.ShiftKeepingGranularity(u, back ? -n : n);
            m = new Match { End = end, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), Relative = true, KeepsAnchor = back };
            return true;
        }
        // "8-month-old"
        if (_t.IsHyphen(e) && Glued(e) && Is(e + 1, "old") && Glued(e + 1)) e += 2;
        // "twice a year", "$5 a week": a rate, not a length.
        if (article && !lead && (Is(j - 1, "twice") || (IsWord(j - 1) && _t[j - 1].Length > 3 && _t.Span(j - 1).EndsWith("s", StringComparison.Ordinal) && !Is(j - 1, "was") && !Is(j - 1, "has") && !Is(j - 1, "is") && !Is(j - 1, "as") && !Is(j - 1, "less") && !Is(j - 1, "lasts") && !Is(j - 1, "takes") && !Is(j - 1, "does")) || Is(j - 1, "once") || Is(j - 1, "thrice") || Is(j - 1, "times") || Is(j - 1, "million")
            || Is(j - 1, "billion") || Is(j - 1, "percent") || _t.IsPunct(j - 1, '%') || IsNum(j - 1)))
        {
            m = new Match { End = e, Type = TimexType.Set, Value = DurationValue(1, u) };
            return true;
        }
        // "the nine months" includes "the"; "the 30-year bond" does not.
        m = new Match { End = e, Type = TimexType.Duration, Value = DurationValue(count, u), TakesThe = ui == u0 };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SetExpr(int k, ref Match m)
    {
        if (!Has(k, Lx.SetAdverb)) return false;
        var lex = L(k);
        if (lex.Unit != TUnit.None)
        {
            var v = DurationValue(lex.Number, lex.Unit);
            m = new Match { End = k + 1, Type = TimexType.Set, Value = v };
            return true;
        }
        var j = k + 1;
        var n = 1;
        if (Is(j, "other")) { n = 2; j++; }
        else if (!Is(k, "per") && Count(j, out var c, out var ce, out var art) && c is { } cv && !art) { n = cv; j = ce; }
        if (Has(j, Lx.Unit) && (!L(j).Plural || n > 1))
        {
            if (Is(k, "each") && Is(j + 1, "of")) return false;
            m = new Match { End = j + 1, Type = TimexType.Set, Value = DurationValue(n, L(j).Unit) };
            return true;
        }
        if (Is(k, "per")) return false;
        if (Has(j, Lx.Weekday) && _t.IsCapitalized(j))
        {
            var v = "XXXX-WXX-" + Inv(L(j).Number);
            var e = j + 1;
            if (Has(e, Lx.PartOfDay)) { v += "T" + L(e).Tag; e++; }
            m = new Match { End = e, Type = TimexType.Set, Value = v };
            return true;
        }
        if (Has(j, Lx.Month) && _t.IsCapitalized(j) && !Has(j, Lx.MonthAbbrev))
        {
            m = new Match { End = j + 1, Type = TimexType.Set, Value = "XXXX-" + L(j).Number.ToString("D2", CultureInfo.InvariantCulture) };
            return true;
        }
        if (Has(j, Lx.PartOfDay) && !L(j).Plural)
        {
            m = new Match { End = j + 1, Type = TimexType.Set, Value = "XXXX-XX-XXT" + L(j).Tag };
            return true;
        }
        if (Has(j, Lx.Season) && L(j).Tag is { } s)
        {
            m = new Match { End = j + 1, Type = TimexType.Set, Value = "XXXX-" + s };
            return true;
        }
        return false;
    }

    /// <summary>Reads "a.m."/"p.m."/"am"/"pm" at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool AmPm(int i, out bool pm, out int end)
    {
        pm = false;
        end = i;
        if (Is(i, "am") || Is(i, "pm")) { pm = Is(i, "pm"); end = i + 1; }
        else if ((Is(i, "a") || Is(i, "p")) && _t.IsPunct(i + 1, '.') && Glued(i + 1) && Is(i + 2, "m") && Glued(i + 2))
        {
            pm = Is(i, "p");
            end = i + 3;
            if (_t.IsPunct(end, '.') && Glued(end)) end++;
        }
        else return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsZone(ReadOnlySpan<char> s) =>
        s is "EST" or "EDT" or "CST" or "CDT" or "MST" or "MDT" or "PST" or "PDT" or "GMT" or "UTC" or "ET" or "PT" or "BST" or "CET" or "CEST";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Clock(int k, ref Match m)
    {
        int hh;
        var mm = 0;
        int e;
        var named = false;
        if (Is(k, "noon") || Is(k, "midnight"))
        {
            hh = Is(k, "noon") ? 12 : 24;
            e = k + 1;
            named = true;
        }
        else
        {
            if (!IsNum(k) || _t[k].Length > 2 || Num(k) > 24) return false;
            if (Glued(k) && k > 0 && _t[k - 1].Kind != TokKind.Punct) return false;
            hh = Num(k);
            e = k + 1;
            var colon = false;
            if (_t.IsPunct(e, ':') && Glued(e) && IsNum(e + 1, 2) && Glued(e + 1) && Num(e + 1) < 60)
            {
                mm = Num(e + 1);
                e += 2;
                colon = true;
                if (_t.IsPunct(e, ':') && Glued(e) && IsNum(e + 1, 2) && Glued(e + 1)) e += 2;
            }
            if (AmPm(e, out var pm, out var ae))
            {
                if (hh is < 1 or > 12) return false;
                if (pm && hh != 12) hh += 12;
                if (!pm && hh == 12) hh = 0;
                e = ae;
            }
            else if (Is(e, "o") && _t.IsApostrophe(e + 1) && Is(e + 2, "clock")) e += 3;
            else if (!colon || hh > 23) return false;
        }
        if (IsWord(e) && IsZone(_t.Span(e))) e++;
        // "5 p.m. EST, Nov. 9", "noon Thursday", "10 p.m. Wednesday": the day that follows dates the time.
        var j = _t.IsPunct(e, ',') ? e + 1 : Is(e, "on") ? e + 1 : e;
        Match x = default;
        var day = TimePoint.OfDay(D);
        var relative = true;
        if ((Weekday(j, Deixis.None, ref x) || DayWord(j, ref x) || MonthFirst(j, Deixis.None, ref x)) && x.Point is { G: Gran.Day } dp && x.Type == TimexType.Date)
        {
            day = dp;
            relative = x.Relative;
            e = x.End;
        }
        else if (named && !(Is(k - 1, "at") || Is(k - 1, "by") || Is(k - 1, "until") || Is(k - 1, "before") || Is(k - 1, "after") || Is(k - 1, "around")))
            return false;
        var v = day + "T" + hh.ToString("D2", CultureInfo.InvariantCulture) + ":" + mm.ToString("D2", CultureInfo.InvariantCulture);
        m = new Match { End = e, Type = TimexType.Time, Point = day, Value = v, Relative = relative };
        return true;
    }
}
