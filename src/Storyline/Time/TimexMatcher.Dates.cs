using System.Runtime.CompilerServices;

namespace Storyline.Time;

/// <summary>Grammars of calendar dates: numeric, month-day, day-month, years, decades, centuries, seasons, quarters, named days.</summary>
internal sealed partial class TimexMatcher
{
    private static readonly string[] DecadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    /// <summary>The reference date, or a stand-in whose results are masked with X when there is none.</summary>
    private DateOnly D { [MethodImpl(MethodImplOptions.AggressiveOptimization)] get => _dct ?? new DateOnly(2000, 1, 1); }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool InYearRange(int y, bool cued) => y <= _o.MaxYear && y >= (cued ? _o.MinCuedYear : _o.MinBareYear);

    /// <summary>A 4-digit number that is a year here, not a part of "1,990", "$2000", "2000%" or "20.00".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsYearToken(int i, bool cued)
    {
        if (!IsNum(i, 4) || !InYearRange(Num(i), cued)) return false;
        if (i > 0 && Glued(i) && (_t[i - 1].Kind != TokKind.Word || _t.IsPunct(i - 1, '$'))
            && !(_t.IsPunct(i - 1, '(') || _t.IsApostrophe(i - 1) || _t.IsHyphen(i - 1) || _t.IsPunct(i - 1, '/'))) return false;
        if (_t.IsPunct(i - 1, '$') || _t.IsPunct(i - 1, '#') || _t.IsPunct(i - 1, '£') || _t.IsPunct(i - 1, '€')) return false;
        var n = i + 1;
        if (n < _t.Count && Glued(n) && (_t.IsPunct(n, ',') || _t.IsPunct(n, '.') || _t.IsPunct(n, ':')) && IsNum(n + 1) && Glued(n + 1)) return false;
        if (_t.IsPunct(n, '%') || Is(n, "percent")) return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool YearCueBefore(int i) =>
        Is(i - 1, "in") || Is(i - 1, "since") || Is(i - 1, "of") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "till")
        || Is(i - 1, "from") || Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "during") || Is(i - 1, "through")
        || Is(i - 1, "year") || Is(i - 1, "fiscal") || Is(i - 1, "circa") || Is(i - 1, "early") || Is(i - 1, "late")
        || Is(i - 1, "mid") || Is(i - 1, "around") || Is(i - 1, "throughout") || (_t.IsHyphen(i - 1) && Is(i - 2, "mid"));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NumericDate(int k, ref Match m)
    {
        if (!IsNum(k)) return false;
        // ISO 2020-09-27
        if (IsNum(k, 4) && _t.IsHyphen(k + 1) && Glued(k + 1) && IsNum(k + 2, 2) && Glued(k + 2)
            && _t.IsHyphen(k + 3) && Glued(k + 3) && IsNum(k + 4, 2) && Glued(k + 4))
        {
            var p = new TimePoint(Gran.Day, Num(k), Num(k + 2), Num(k + 4));
            if (!p.IsValidDay || !InYearRange(p.Year, true)) return false;
            m = new Match { End = k + 5, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p) };
            return true;
        }
        // US 9/27/2020 or 9/27/20
        if (_t[k].Length <= 2 && _t.IsPunct(k + 1, '/') && Glued(k + 1) && IsNum(k + 2) && _t[k + 2].Length <= 2 && Glued(k + 2)
            && _t.IsPunct(k + 3, '/') && Glued(k + 3) && IsNum(k + 4) && Glued(k + 4) && _t[k + 4].Length is 2 or 4)
        {
            var y = Num(k + 4);
            if (_t[k + 4].Length == 2) y += y <= D.Year % 100 + 10 ? 2000 : 1900;
            var p = new TimePoint(Gran.Day, y, Num(k), Num(k + 2));
            if (!p.IsValidDay || !InYearRange(y, true)) return false;
            m = new Match { End = k + 5, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p) };
            return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsAmbiguousMonth(int k) => Is(k, "may") || Is(k, "march");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MonthCueBefore(int k) =>
        YearCueBefore(k) || Is(k - 1, "last") || Is(k - 1, "next") || Is(k - 1, "this") || Is(k - 1, "early") || Is(k - 1, "late")
        || Is(k - 1, "mid") || Is(k - 1, "on") || Is(k - 1, "between") || Is(k - 1, "and") || Is(k - 1, "to") || Is(k - 1, "or")
        || Is(k - 1, "that") || Is(k - 1, "each") || Is(k - 1, "every") || Is(k - 1, "end") || _t.IsHyphen(k - 1);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MonthFirst(int k, Deixis det, ref Match m)
    {
        if (!Has(k, Lx.Month) || !_t.IsCapitalized(k)) return false;
        var month = L(k).Number;
        var abbrev = Has(k, Lx.MonthAbbrev);
        var e = k + 1;
        if (abbrev)
        {
            if (_t.IsPunct(e, '.') && Glued(e)) e++;
            else if (!IsNum(e)) return false;
        }
        // Month day [, year]
        if (IsNum(e) && _t[e].Length <= 2 && Num(e) is >= 1 and <= 31 && !(_t.IsPunct(e + 1, ':') && Glued(e + 1) && IsNum(e + 2) && Glued(e + 2)) && !(Glued(e) && !abbrev))
        {
            var day = Num(e);
            var f = SkipOrdinalSuffix(e + 1);
            var g = _t.IsPunct(f, ',') ? f + 1 : f;
            if (IsYearToken(g, true))
            {
                var p = new TimePoint(Gran.Day, Num(g), month, day);
                if (!p.IsValidDay) return false;
                m = new Match { End = g + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p) };
                return true;
            }
            if (day > DateTime.DaysInMonth(2000, month)) return false;
            var y = ResolveMonthDayYear(month, day, k, f, det);
            var q = new TimePoint(Gran.Day, y, month, day);
            if (!q.IsValidDay) q = q with { Day = 28 };
            m = new Match { End = f, Type = TimexType.Date, Point = q, Value = TimexStrings.Value(q), Relative = true };
            MarkYearInferred(ref m);
            return true;
        }
        // Month [of|,] year
        var h = (_t.IsPunct(e, ',') || Is(e, "of")) ? e + 1 : e;
        if (WordYear(h, out var wordYear, out var wordEnd))
        {
            var wp = new TimePoint(Gran.Month, wordYear, month);
            m = new Match { End = wordEnd, Type = TimexType.Date, Point = wp, Value = TimexStrings.Value(wp) };
            return true;
        }
        if (IsYearToken(h, true))
        {
            var p = new TimePoint(Gran.Month, Num(h), month);
            m = new Match { End = h + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p) };
            return true;
        }
        // Month alone
        if (det == Deixis.None && IsAmbiguousMonth(k) && !MonthCueBefore(k)) return false;
        if (det == Deixis.None && !abbrev && IsWord(k + 1) && _t.IsCapitalized(k + 1) && !Has(k + 1, Lx.Month) && Glued(k + 1) == false
            && !EndsSentenceAfter(k)) return false;
        // "July last year", "January this year"
        if (det == Deixis.None && (Is(e, "last") || Is(e, "this") || Is(e, "next")) && Is(e + 1, "year"))
        {
            var yy = D.Year + (Is(e, "last") ? -1 : Is(e, "next") ? 1 : 0);
            var my = new TimePoint(Gran.Month, yy, month);
            m = new Match { End = e + 2, Type = TimexType.Date, Point = my, Value = TimexStrings.Value(my), Relative = true };
            return true;
        }
        var yr = ResolveMonthYear(month, k, e, det);
        var mp = new TimePoint(Gran.Month, yr, month);
        m = new Match { End = e, Type = TimexType.Date, Point = mp, Value = TimexStrings.Value(mp), Relative = true };
        MarkYearInferred(ref m);
        return true;
    }

    private bool EndsSentenceAfter(int k) => k + 1 >= _t.Count || EndsSentence(k + 1);

    /// <summary>
    /// <see cref="ResolveDayYear"/> for a month and day. The lambda lives here, not in its callers, so that they do not
    /// allocate its closure on every call, matched or not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ResolveMonthDayYear(int month, int day, int start, int end, Deixis det) =>
        ResolveDayYear(y => DayIn(y, month, day), start, end, det);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateOnly? DayIn(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DayFirst(int k, ref Match m)
    {
        if (!IsNum(k) || _t[k].Length > 2 || Num(k) is < 1 or > 31) return false;
        if (_t.IsPunct(k - 1, '$') || (_t.IsPunct(k - 1, '.') && Glued(k))) return false;
        var day = Num(k);
        var f = SkipOrdinalSuffix(k + 1);
        var suffixed = f > k + 1;
        var of = Is(f, "of");
        if (of) f++;
        if (!Has(f, Lx.Month) || !_t.IsCapitalized(f)) return false;
        var month = L(f).Number;
        var e = f + 1;
        if (Has(f, Lx.MonthAbbrev))
        {
            if (_t.IsPunct(e, '.') && Glued(e)) e++;
            else if (!IsYearToken(e, true)) return false;
        }
        var g = _t.IsPunct(e, ',') ? e + 1 : e;
        if (IsYearToken(g, true))
        {
            var p = new TimePoint(Gran.Day, Num(g), month, day);
            if (!p.IsValidDay) return false;
            m = new Match { End = g + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), TakesThe = suffixed || of };
            return true;
        }
        if (day > DateTime.DaysInMonth(2000, month)) return false;
        var y = ResolveMonthDayYear(month, day, k, e, Deixis.None);
        var q = new TimePoint(Gran.Day, y, month, day);
        if (!q.IsValidDay) q = q with { Day = 28 };
        m = new Match { End = e, Type = TimexType.Date, Point = q, Value = TimexStrings.Value(q), Relative = true, TakesThe = suffixed || of };
        MarkYearInferred(ref m);
        return true;
    }

    /// <summary>A year in words, as broadcast transcripts write it: "nineteen ninety-six", "nineteen hundred", "two thousand one".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool WordYear(int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if ((Is(i, "nineteen") || Is(i, "eighteen")) && Has(i + 1, Lx.NumberWord))
        {
            var hundreds = L(i).Number;
            var t = i + 1;
            if (Is(t, "hundred")) { year = hundreds * 100; end = t + 1; return true; }
            var tens = L(t).Number;
            if (tens is < 20 or > 90 || tens % 10 != 0) return false;
            end = t + 1;
            var o = _t.IsHyphen(end) && Glued(end) ? end + 1 : end;
            if (Has(o, Lx.NumberWord) && L(o).Number is >= 1 and <= 9 && !Is(o, "a") && !Is(o, "an")) { tens += L(o).Number; end = o + 1; }
            year = hundreds * 100 + tens;
            return true;
        }
        if (Is(i, "two") && Is(i + 1, "thousand"))
        {
            year = 2000;
            end = i + 2;
            var o = Is(end, "and") ? end + 1 : end;
            if (Has(o, Lx.NumberWord) && L(o).Number is >= 1 and <= 19 && !Is(o, "a") && !Is(o, "an")) { year += L(o).Number; end = o + 1; }
            return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Year(int k, ref Match m)
    {
        var wj = Is(k, "year") ? k + 1 : k;
        if (WordYear(wj, out var wy, out var we) && (wy != 2000 || wj > k || YearCueBefore(k)))
        {
            var wp = TimePoint.OfYear(wy);
            m = new Match { End = we, Type = TimexType.Date, Point = wp, Value = TimexStrings.Value(wp), TakesThe = wj > k };
            return true;
        }
        var j = k;
        if (Is(k, "year") && IsNum(k + 1, 4)) j = k + 1;
        // The cue words are read only before a 4-digit number: most trigger tokens are not one.
        if (!IsNum(j, 4)) return false;
        var cued = j > k || YearCueBefore(k);
        if (!IsYearToken(j, cued)) return false;
        // "Orion 1980", "Windows 2000": a name with a number, not a year.
        if (j == k && IsWord(k - 1) && _t.IsCapitalized(k - 1) && !IsSentenceStart(k - 1) && !cued && !Has(k - 1, Lx.Month) && !Has(k - 1, Lx.Season)) return false;
        // "1990s" and "1990's" are decades, handled by Decade.
        if (IsWord(j + 1) && Glued(j + 1) && Is(j + 1, "s")) return false;
        if (_t.IsApostrophe(j + 1) && Glued(j + 1) && Is(j + 2, "s") && Glued(j + 2) && Num(j) % 10 == 0) return false;
        var p = TimePoint.OfYear(Num(j));
        m = new Match { End = j + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), TakesThe = j > k };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Decade(int k, ref Match m)
    {
        // 1990s, 1990's, 1900s
        if (IsNum(k, 4) && InYearRange(Num(k), true))
        {
            var e = -1;
            if (Is(k + 1, "s") && Glued(k + 1)) e = k + 2;
            else if (_t.IsApostrophe(k + 1) && Glued(k + 1) && Is(k + 2, "s") && Glued(k + 2)) e = k + 3;
            if (e < 0 || Num(k) % 10 != 0) return false;
            var y = Num(k);
            // "the 1800s" is a century; "the 2000s" is read as the decade, as news mostly means it.
            var p = y % 100 == 0 && y % 1000 != 0 ? new TimePoint(Gran.Century, y / 100) : new TimePoint(Gran.Decade, y / 10);
            m = new Match { End = e, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), TakesThe = true };
            return true;
        }
        // '90s, 90s (after "the" or a modifier)
        var a = _t.IsApostrophe(k) ? k + 1 : k;
        if (IsNum(a, 2) && Num(a) % 10 == 0 && Is(a + 1, "s") && Glued(a + 1) && (a > k || Is(k - 1, "the") || Has(k - 1, Lx.Modifier)))
        {
            var p = new TimePoint(Gran.Decade, CenturyOfTwoDigits(Num(a)) * 10 + Num(a) / 10);
            m = new Match { End = a + 2, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), TakesThe = true };
            return true;
        }
        if (IsWord(k) && (Is(k - 1, "the") || Has(k - 1, Lx.Modifier)))
        {
            var s = _t.Span(k);
            for (var i = 0; i < DecadeWords.Length; i++)
            {
                if (!s.Equals(DecadeWords[i], StringComparison.OrdinalIgnoreCase)) continue;
                var p = new TimePoint(Gran.Decade, 190 + i + 2);
                m = new Match { End = k + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), TakesThe = true };
                return true;
            }
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsDecadeWord(int k)
    {
        var s = _t.Span(k);
        if (!s.EndsWith("ies", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var w in DecadeWords)
            if (s.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"'20s" in a 2023 article is the 2020s; "'90s" is the 1990s.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CenturyOfTwoDigits(int twoDigits) => 2000 + twoDigits <= D.Year ? 20 : 19;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Century(int k, ref Match m)
    {
        int n;
        int e;
        if (Has(k, Lx.Ordinal)) { n = L(k).Number; e = k + 1; }
        else if (IsNum(k) && _t[k].Length <= 2 && SkipOrdinalSuffix(k + 1) > k + 1) { n = Num(k); e = k + 2; }
        else return false;
        if (_t.IsHyphen(e) && Glued(e)) e++;
        if (!(Has(e, Lx.Unit) && L(e).Unit == TUnit.Century && !L(e).Plural) || n < 1) return false;
        var p = new TimePoint(Gran.Century, n - 1);
        m = new Match { End = e + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), TakesThe = true };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Season(int k, Deixis det, ref Match m)
    {
        if (!Has(k, Lx.Season) || L(k).Tag is null || L(k).Plural) return false;
        var s = TimePoint.SeasonIndex(L(k).Tag!);
        var e = k + 1;
        var h = Is(e, "of") ? e + 1 : e;
        if (WordYear(h, out var wy, out var we))
        {
            var wp = new TimePoint(Gran.Season, wy, s);
            m = new Match { End = we, Type = TimexType.Date, Point = wp, Value = TimexStrings.Value(wp), TakesThe = true };
            return true;
        }
        if (IsYearToken(h, true))
        {
            var p = new TimePoint(Gran.Season, Num(h), s);
            m = new Match { End = h + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), TakesThe = true };
            return true;
        }
        if (det == Deixis.None)
        {
            var cue = Is(k - 1, "in") || Is(k - 1, "this") || Is(k - 1, "early") || Is(k - 1, "late") || Is(k - 1, "mid") || Is(k - 1, "during")
                || Is(k - 1, "by") || Is(k - 1, "until") || Is(k - 1, "since") || Is(k - 1, "through");
            var theCue = Is(k - 1, "the") && (Is(k - 2, "in") || Is(k - 2, "during") || Is(k - 2, "by") || Is(k - 2, "until") || Is(k - 2, "since")
                || Is(k - 2, "through") || Is(k - 2, "of") || Is(k - 2, "over"));
            if (!(theCue || (cue && !Is(k, "fall")))) return false;
        }
        var d = D;
        var cur = TimePoint.SeasonOf(d.Month);
        var curYear = d.Month <= 2 ? d.Year - 1 : d.Year;
        int y;
        switch (det)
        {
            case Deixis.Last or Deixis.Past or Deixis.Previous: y = s < cur ? curYear : curYear - 1; break;
            case Deixis.Next or Deixis.Coming or Deixis.Following: y = s > cur ? curYear : curYear + 1; break;
            case Deixis.This or Deixis.Current: y = s == 3 && d.Month <= 2 ? d.Year - 1 : d.Year; break;
            default:
                var tense = TenseAround(k, e);
                y = s == 3 && d.Month <= 2 ? d.Year - 1 : d.Year;
                if (tense == Tense.Past && s > cur && curYear == y) y--;
                else if (tense == Tense.Future && s < cur && curYear == y) y++;
                break;
        }
        var q = new TimePoint(Gran.Season, y, s);
        m = new Match { End = e, Type = TimexType.Date, Point = q, Value = TimexStrings.Value(q), Relative = true, TakesThe = true };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Quarter(int k, ref Match m)
    {
        var d = D;
        // Q3, Q3 2021, H1
        if (IsQuarterCode(k))
        {
            var half = _t.Text[_t[k].Start] == 'H';
            var n = Num(k + 1);
            if (n < 1 || n > (half ? 2 : 4)) return false;
            var e = k + 2;
            int y;
            var rel = false;
            if (IsYearToken(e, true)) { y = Num(e); e++; }
            else if (_t.IsApostrophe(e) && IsNum(e + 1, 2)) { y = CenturyOfTwoDigits(Num(e + 1)) * 100 + Num(e + 1); e += 2; }
            else { y = d.Year; rel = true; }
            var p = new TimePoint(half ? Gran.Half : Gran.Quarter, y, n);
            m = new Match { End = e, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), Relative = rel };
            if (rel) MarkYearInferred(ref m);
            return true;
        }
        // [1989 | this year's | fiscal] third[-]quarter [of 1989 | 1989]
        var j = k;
        int? year = null;
        if (IsYearToken(j, true) && Has(j + 1, Lx.Ordinal)) { year = Num(j); j++; }
        else if (Has(j, Lx.Deictic) && Is(j + 1, "year") && _t.IsApostrophe(j + 2) && Is(j + 3, "s"))
        {
            var dx = L(j).Deixis;
            year = dx switch { Deixis.Last or Deixis.Previous => d.Year - 1, Deixis.Next => d.Year + 1, Deixis.This or Deixis.Current => d.Year, _ => null };
            if (year is null) return false;
            j += 4;
        }
        var yearAgo = false;
        if (Is(j, "year") && _t.IsHyphen(j + 1) && (Is(j + 2, "ago") || Is(j + 2, "earlier")) && Has(j + 3, Lx.Ordinal)) { yearAgo = true; j += 3; }
        if (Is(j, "fiscal")) j++;
        // "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year.
        if (year is null && IsYearToken(j, true) && Is(j - 1, "the") && (Is(j + 1, "quarter") || Is(j + 1, "period")))
        {
            var qn = _anchor is { G: Gran.Quarter } aq ? aq.Sub : Is(j + 1, "quarter") ? CurrentQuarter().Shift(TUnit.Quarter, -1).Sub : 0;
            if (qn == 0) return false;
            var yp = new TimePoint(Gran.Quarter, Num(j), qn);
            m = new Match { End = j + 2, Type = TimexType.Date, Point = yp, Value = TimexStrings.Value(yp), Relative = true, TakesThe = true, KeepsAnchor = true };
            return true;
        }
        if (Has(j, Lx.Ordinal))
        {
            var n = L(j).Number;
            var u = j + 1;
            if (_t.IsHyphen(u) && Glued(u)) u++;
            var isHalf = Is(u, "half");
            if (!(Has(u, Lx.Unit) && L(u).Unit == TUnit.Quarter && !L(u).Plural) && !isHalf) return false;
            if (n < 1 || n > (isHalf ? 2 : 4)) return false;
            var e = u + 1;
            var explicitYear = year is not null;
            var h = Is(e, "of") || _t.IsPunct(e, ',') ? e + 1 : e;
            if (year is null && IsYearToken(h, true)) { year = Num(h); e = h + 1; explicitYear = true; }
            if (isHalf && !explicitYear && !(Glued(u - 1) && _t.IsHyphen(u - 1)) && !Is(k - 1, "fiscal")) return false;
            var y = year ?? d.Year;
            if (year is null)
            {
                var tense = TenseAround(k, e);
                var q = isHalf ? (d.Month <= 6 ? 1 : 2) : CurrentQuarter().Sub;
                // Financial news talks of the quarters of the current year, past or due; only a later quarter in past tense is last year's.
                if (tense != Tense.Future && n > q) y--;
            }
            if (yearAgo) y--;
            var p = new TimePoint(isHalf ? Gran.Half : Gran.Quarter, y, n);
            m = new Match { End = e, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), Relative = !explicitYear, TakesThe = true, KeepsAnchor = yearAgo };
            return true;
        }
        // the (latest | current | year-ago | year-earlier | previous) quarter|period
        if (!Is(k - 1, "the") && !(j > k)) return YearAgoAdjective(k, ref m);
        var a = j;
        var shiftYears = 0;
        var shiftQuarters = 0;
        var current = false;
        var isPeriod = false;
        if (Is(a, "latest") || Is(a, "recent") || Is(a, "most")) { if (Is(a, "most")) a++; a++; }
        else if (Is(a, "current")) { current = true; a++; }
        else if (Is(a, "year") && _t.IsHyphen(a + 1) && (Is(a + 2, "ago") || Is(a + 2, "earlier"))) { shiftYears = -1; a += 3; }
        else if (Is(a, "previous") || Is(a, "prior") || Is(a, "preceding")) { shiftQuarters = -1; a++; }
        if (Has(a, Lx.Unit) && L(a).Unit == TUnit.Quarter && !L(a).Plural) { }
        else if (Is(a, "period") && a > j) isPeriod = true;
        else return YearAgoAdjective(j, ref m);
        _ = isPeriod;
        var basis = current ? CurrentQuarter() : _anchor is { G: Gran.Quarter } anchorQ ? anchorQ : CurrentQuarter().Shift(TUnit.Quarter, -1);
        var r = basis.Shift(TUnit.Year, shiftYears).Shift(TUnit.Quarter, shiftQuarters);
        m = new Match { End = a + 1, Type = TimexType.Date, Point = r, Value = TimexStrings.Value(r), Relative = true, TakesThe = true, KeepsAnchor = shiftYears != 0 || shiftQuarters != 0 };
        return true;
    }

    /// <summary>The quarter of the reference date; computed where needed, as most calls of <see cref="Quarter"/> match nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimePoint CurrentQuarter() => new(Gran.Quarter, D.Year, (D.Month - 1) / 3 + 1);

    /// <summary>"year-earlier" and "year-ago" as adjectives: a year before the quarter or year under discussion.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool YearAgoAdjective(int k, ref Match m)
    {
        if (!(Is(k, "year") && _t.IsHyphen(k + 1) && Glued(k + 1) && (Is(k + 2, "ago") || Is(k + 2, "earlier")) && Glued(k + 2))) return false;
        var e = k + 3;
        var noun = Has(e, Lx.Unit) && L(e).Unit == TUnit.Quarter || Is(e, "period");
        if (noun) e++;
        var basis = _anchor is { G: Gran.Quarter } q ? q : TimePoint.OfYear(D.Year);
        var r = basis.Shift(TUnit.Year, -1);
        m = new Match { End = e, Type = TimexType.Date, Point = r, Value = TimexStrings.Value(r), Relative = true, TakesThe = noun, KeepsAnchor = true };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NamedDay(int k, ref Match m)
    {
        if (!IsNamedDayStart(k) || !_named.ByFirstWord.TryGetValue(_t.Span(k), out var entries)) return false;
        foreach (var entry in entries)
        {
            var t = k + 1;
            var ok = true;
            for (var w = 1; w < entry.Words.Length && ok; w++)
            {
                while (t < _t.Count && _t[t].Kind == TokKind.Punct && (_t.IsApostrophe(t) || _t.IsPunct(t, '.') || _t.IsHyphen(t))) t++;
                ok = t < _t.Count && _t.Span(t).Equals(entry.Words[w], StringComparison.OrdinalIgnoreCase);
                t++;
            }
            if (!ok) continue;
            // A possessive apostrophe after the last word belongs to the name ("Presidents' Day" is matched by words only).
            var g = _t.IsPunct(t, ',') ? t + 1 : t;
            if (IsYearToken(g, true))
            {
                var date = entry.In(Num(g));
                if (date is null) return false;
                var p = TimePoint.OfDay(date.Value);
                m = new Match { End = g + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p) };
                return true;
            }
            var y = ResolveDayYear(entry.In, k, t, Deixis.None);
            var day = entry.In(y);
            if (day is null) return false;
            var q = TimePoint.OfDay(day.Value);
            m = new Match { End = t, Type = TimexType.Date, Point = q, Value = TimexStrings.Value(q), Relative = true };
            return true;
        }
        return false;
    }

    /// <summary>The year of a day given without one ("Sept. 30", "Christmas"): the reference year moved by tense and deixis.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ResolveDayYear(Func<int, DateOnly?> dayIn, int start, int end, Deixis det)
    {
        var d = D;
        var y = d.Year;
        if (dayIn(y) is not { } c) return y;
        switch (det)
        {
            case Deixis.Last or Deixis.Past or Deixis.Previous: return c < d ? y : y - 1;
            case Deixis.Next or Deixis.Coming or Deixis.Following: return c > d ? y : y + 1;
            case Deixis.This or Deixis.Current: return y;
        }
        // In a narrative that just gave a full date ("admitted on Sept. 27, 2020 … lost him on Sept. 30"), the year carries over
        // when the reference year would put a past-tense day after the reference date.
        var tense = DeadlineCue(start) ? Tense.Future : TenseAround(start, end);
        if (c > d && tense != Tense.Future && NarrativeYear(start) is { } ny && dayIn(ny) is { } nc)
        {
            var best = ny;
            var bestGap = Math.Abs(nc.DayNumber - _anchor!.Value.StartDay.DayNumber);
            foreach (var cand in (ReadOnlySpan<int>)[ny - 1, ny + 1])
                if (dayIn(cand) is { } cc && Math.Abs(cc.DayNumber - _anchor.Value.StartDay.DayNumber) < bestGap) { best = cand; bestGap = Math.Abs(cc.DayNumber - _anchor.Value.StartDay.DayNumber); }
            return best;
        }
        // Otherwise the day falls in a window around the reference date that leans to the past, more so in past tense.
        var (before, after) = tense switch
        {
            Tense.Past => (_o.PastTenseWindowDays.Before, _o.PastTenseWindowDays.After),
            Tense.Future => (_o.FutureTenseWindowDays.Before, _o.FutureTenseWindowDays.After),
            _ => (_o.DefaultWindowDays.Before, _o.DefaultWindowDays.After),
        };
        var gap = c.DayNumber - d.DayNumber;
        if (gap > after) return y - 1;
        if (gap < -before) return y + 1;
        return y;
    }

    /// <summary>
    /// The year of the last date the text gave with an explicit year other than the reference year, when it was
    /// given in the last few sentences; null otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int? NarrativeYear(int start)
    {
        if (!_o.AnchorToLastMentionedDate || _anchor is not { G: Gran.Day or Gran.Month } a || !_anchorExplicit || a.Year == D.Year) return null;
        return start - _anchorToken <= _o.NarrativeYearTokens ? a.Year : null;
    }

    /// <summary>"by February", "until Nov. 16", "extended to Dec. 7": a date given as a deadline lies ahead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DeadlineCue(int start)
    {
        var p = start - 1;
        if (Is(p, "mid") || Is(p, "early") || Is(p, "late")) p--;
        else if (_t.IsHyphen(p) && Is(p - 1, "mid")) p -= 2;
        return Is(p, "by") || Is(p, "until") || Is(p, "till") || Is(p, "through") || (Is(p, "to") && (Is(p - 1, "extended") || Is(p - 1, "postponed") || Is(p - 1, "delayed")));
    }

    /// <summary>The year of a month given without one ("in April", "last December").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ResolveMonthYear(int month, int start, int end, Deixis det)
    {
        var d = D;
        var y = d.Year;
        switch (det)
        {
            case Deixis.Last or Deixis.Past or Deixis.Previous: return month < d.Month ? y : y - 1;
            case Deixis.Next or Deixis.Coming or Deixis.Following: return month > d.Month ? y : y + 1;
            case Deixis.This or Deixis.Current: return y;
        }
        var tense = DeadlineCue(start) ? Tense.Future : TenseAround(start, end);
        if (month > d.Month && tense != Tense.Future && NarrativeYear(start) is { } ny && _anchor is { G: Gran.Day or Gran.Month } a)
        {
            var diff = month - a.Sub;
            return diff > 6 ? ny - 1 : diff < -6 ? ny + 1 : ny;
        }
        var (before, after) = tense switch
        {
            Tense.Past => (_o.PastTenseWindowMonths.Before, _o.PastTenseWindowMonths.After),
            Tense.Future => (_o.FutureTenseWindowMonths.Before, _o.FutureTenseWindowMonths.After),
            _ => (_o.DefaultWindowMonths.Before, _o.DefaultWindowMonths.After),
        };
        var gap = month - d.Month;
        if (gap > after) return y - 1;
        if (gap < -before) return y + 1;
        return y;
    }
}
