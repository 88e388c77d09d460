using System.Runtime.CompilerServices;

namespace Storyline.Time;

/// <summary>Grammars of relative dates: modifiers, weekdays, "yesterday", "last week", "the previous day", vague references.</summary>
internal sealed partial class TimexMatcher
{
    /// <summary>
    /// Skips what may lead an expression: "the", "early"/"late"/"mid-", "the end of", "fiscal", "earlier"/"later" before
    /// "this"/"last"/a weekday, and approximators before a count ("almost", "more than", "at least", "up to").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Prefix(int i, out bool hasThe, out bool phrase)
    {
        hasThe = false;
        phrase = false;
        var k = i;
        if (Is(k, "the")) { hasThe = true; k++; }
        for (var guard = 0; guard < 4; guard++)
        {
            // Only the words below lead to a core: most "the" end here.
            if ((uint)k >= (uint)_t.Count || !TimexLexicon.MayLead[_t[k].LexId]) break;
            if (Is(k, "early") || Is(k, "late"))
            {
                if (Is(k + 1, "in") || Is(k + 1, "on")) break;
                k++; phrase |= hasThe; continue;
            }
            if (Is(k, "mid"))
            {
                k++;
                if (_t.IsHyphen(k) && Glued(k)) k++;
                phrase |= hasThe;
                continue;
            }
            if ((Is(k, "end") || Is(k, "beginning") || Is(k, "start") || Is(k, "middle") || Is(k, "turn")) && hasThe && Is(k + 1, "of"))
            {
                k += 2;
                phrase = true;
                if (Is(k, "the")) k++;
                continue;
            }
            if (Is(k, "fiscal") && (IsNum(k + 1, 4) || Is(k + 1, "year") || Has(k + 1, Lx.Ordinal)))
            {
                if (IsNum(k + 1, 4)) return k + 1;
                break;
            }
            if ((Is(k, "earlier") || Is(k, "later"))
                && (Is(k + 1, "this") || Is(k + 1, "last") || Is(k + 1, "next") || Is(k + 1, "that") || Has(k + 1, Lx.Weekday)
                    || Is(k + 1, "today") || Is(k + 1, "tonight") || Is(k + 1, "yesterday") || Is(k + 1, "tomorrow")))
            {
                k++;
                continue;
            }
            if (Has(k, Lx.Approx))
            {
                var a = k + 1;
                if ((Is(k, "more") || Is(k, "less") || Is(k, "fewer")) && Is(a, "than")) a++;
                else if (Is(k, "at") && (Is(a, "least") || Is(a, "most"))) a++;
                else if (Is(k, "up") && Is(a, "to")) a++;
                else if (Is(k, "no") && (Is(a, "more") || Is(a, "less")) && Is(a + 1, "than")) a += 2;
                else if (Is(k, "more") || Is(k, "less") || Is(k, "fewer") || Is(k, "at") || Is(k, "up") || Is(k, "no") || Is(k, "than") || Is(k, "least")) break;
                if (StartsCount(a)) { k = a; continue; }
                break;
            }
            if (Is(k, "at") && (Is(k + 1, "least") || Is(k + 1, "most")) && StartsCount(k + 2)) { k += 2; continue; }
            break;
        }
        return k;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool StartsCount(int i) =>
        IsNum(i) || Has(i, Lx.NumberWord) || Has(i, Lx.Vague) || Is(i, "half");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Weekday(int k, Deixis det, ref Match m)
    {
        if (!Has(k, Lx.Weekday) || !_t.IsCapitalized(k)) return false;
        var lex = L(k);
        var wd = lex.Number % 7; // Monday=1 … Sunday=0, as DayOfWeek
        if (lex.Plural)
        {
            if (!(Is(k - 1, "on") || Is(k - 1, "most") || Is(k - 1, "some"))) return false;
            var e0 = k + 1;
            var v = "XXXX-WXX-" + Inv(lex.Number);
            if (Has(e0, Lx.PartOfDay)) { v += "T" + L(e0).Tag; e0++; }
            m = new Match { End = e0, Type = TimexType.Set, Value = v };
            return true;
        }
        var e = k + 1;
        // "Friday, Aug. 7, 1998": the explicit date decides.
        var j = _t.IsPunct(e, ',') ? e + 1 : e;
        Match x = default;
        if (det == Deixis.None && ((MonthFirst(j, Deixis.None, ref x) && x.Point is { G: Gran.Day }) || (DayFirst(j, ref x) && x.Point is { G: Gran.Day })))
        {
            m = x;
            return true;
        }
        var d = D;
        var back = ((int)d.DayOfWeek - wd + 7) % 7;
        var ahead = (wd - (int)d.DayOfWeek + 7) % 7;
        DateOnly date;
        switch (det)
        {
            case Deixis.Last or Deixis.Past or Deixis.Previous: date = d.AddDays(back == 0 ? -7 : -back); break;
            case Deixis.Next or Deixis.Coming or Deixis.Following: date = d.AddDays(ahead == 0 ? 7 : ahead); break;
            default:
                var tense = TenseAround(k, e);
                date = tense == Tense.Future ? d.AddDays(ahead) : d.AddDays(-back);
                break;
        }
        var p = TimePoint.OfDay(date);
        // "Friday night": news annotation (TimeBank) dates it to the day; the part of day adds no calendar information.
        if (Has(e, Lx.PartOfDay) && !L(e).Plural && !Is(e, "overnight")) e++;
        m = new Match { End = e, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), Relative = true };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DayWord(int k, ref Match m)
    {
        if (!Has(k, Lx.DayWord)) return false;
        if (_t.IsCapitalized(k) && !IsSentenceStart(k) && IsWord(k - 1) && _t.IsCapitalized(k - 1)) return false;
        var lex = L(k);
        var p = TimePoint.OfDay(D.AddDays(lex.Number));
        var e = k + 1;
        if (lex.Tag is not null)
        {
            m = new Match { End = e, Type = TimexType.Time, Point = p, Value = p + "T" + lex.Tag, Relative = true };
            return true;
        }
        if (Has(e, Lx.PartOfDay) && !L(e).Plural && !Is(e, "overnight"))
        {
            m = new Match { End = e + 1, Type = TimexType.Time, Point = p, Value = p + "T" + L(e).Tag, Relative = true };
            return true;
        }
        // "today" can mean "nowadays" ("the economy today"), but news mostly uses it for the day of publication.
        m = new Match { End = e, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), Relative = true };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TimePoint AnchorOr(Gran fallback) => _o.AnchorToLastMentionedDate && _anchor is { } a ? a : TimePoint.At(D, fallback);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Gran GranOf(TUnit u) => u switch
    {
        TUnit.Day => Gran.Day,
        TUnit.Week => Gran.Week,
        TUnit.Weekend => Gran.Weekend,
        TUnit.Month => Gran.Month,
        TUnit.Quarter => Gran.Quarter,
        TUnit.Year => Gran.Year,
        TUnit.Decade => Gran.Decade,
        TUnit.Century => Gran.Century,
        _ => Gran.Day,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Deictic(int k, ref Match m)
    {
        var det = L(k).Deixis;
        if (det is Deixis.None or Deixis.Earlier or Deixis.Later) return false;
        var the = Is(k - 1, "the");
        var j = k + 1;
        // "this past spring", "this coming Friday"
        if (det == Deixis.This && (Is(j, "past") || Is(j, "coming")))
        {
            det = Is(j, "past") ? Deixis.Last : Deixis.Next;
            j++;
        }
        if (Is(j, "fiscal") && Has(j + 1, Lx.Unit)) j++;
        if (det is Deixis.Same && Is(k, "that") && !(Has(j, Lx.Unit) || Has(j, Lx.PartOfDay))) return false;
        Match x = default;
        if (Weekday(j, det, ref x) || MonthFirst(j, det, ref x) || Season(j, det, ref x))
        {
            if (det is Deixis.Same or Deixis.Current) return false;
            m = x;
            m.TakesThe = det is Deixis.Previous or Deixis.Following;
            // "the previous Friday" after "Friday": the one before the day under discussion.
            if (m.TakesThe && Has(j, Lx.Weekday) && _anchor is { G: Gran.Day } ad && m.Type == TimexType.Date)
            {
                var a = ad.StartDay;
                var wd = L(j).Number % 7;
                var date = det == Deixis.Previous ? a.AddDays(-(((int)a.DayOfWeek - wd + 6) % 7 + 1)) : a.AddDays((wd - (int)a.DayOfWeek + 6) % 7 + 1);
                m.Point = TimePoint.OfDay(date);
                m.Value = TimexStrings.Value(m.Point.Value);
            }
            return true;
        }
        var d = D;
        if (Has(j, Lx.PartOfDay) && !L(j).Plural)
        {
            var tag = L(j).Tag;
            TimePoint day;
            if (det == Deixis.This) day = TimePoint.OfDay(d);
            else if (det == Deixis.Last && tag == "NI") day = TimePoint.OfDay(d.AddDays(-1));
            else if (det is Deixis.Same && _anchor is { G: Gran.Day } a) day = a;
            else if (det is Deixis.Previous && _anchor is { G: Gran.Day } b) day = b.Shift(TUnit.Day, -1);
            else if (det is Deixis.Following && _anchor is { G: Gran.Day } c) day = c.Shift(TUnit.Day, 1);
            else return false;
            m = new Match { End = j + 1, Type = TimexType.Time, Point = day, Value = day + "T" + tag, Relative = true, TakesThe = true };
            return true;
        }
        if (Has(j, Lx.Unit))
        {
            // "This Week" mid-sentence is a title (a TV show), not a time.
            if (_t.IsCapitalized(j) && !IsSentenceStart(k)) return false;
            var u = L(j).Unit;
            if (L(j).Plural)
            {
                // "the coming months", "the past years": vague references.
                if (u < TUnit.Day) return false;
                if (det is Deixis.Coming or Deixis.Next)
                {
                    m = new Match { End = j + 1, Type = TimexType.Date, Value = "FUTURE_REF", TakesThe = true };
                    return true;
                }
                if (det is Deixis.Past or Deixis.Last)
                {
                    m = new Match { End = j + 1, Type = TimexType.Date, Value = "PAST_REF", TakesThe = true };
                    return true;
                }
                return false;
            }
            if (u is TUnit.Second or TUnit.Minute or TUnit.Hour or TUnit.Millennium) return false;
            var g = GranOf(u);
            TimePoint p;
            switch (det)
            {
                case Deixis.Past or Deixis.Last when the || det == Deixis.Past:
                    // "the past year", "the last decade": TimeBank dates these as the previous unit.
                    if (u == TUnit.Day) return false;
                    p = u == TUnit.Weekend ? Weekend(d, -1) : TimePoint.At(d, g).Shift(u, -1);
                    break;
                case Deixis.Last:
                    if (u == TUnit.Day) return false;
                    p = u == TUnit.Weekend ? Weekend(d, -1) : TimePoint.At(d, g).Shift(u, -1);
                    break;
                case Deixis.This or Deixis.Current:
                    if (u == TUnit.Day) return false;
                    p = u == TUnit.Weekend ? Weekend(d, 0) : TimePoint.At(d, g);
                    break;
                case Deixis.Next or Deixis.Coming when !the || u != TUnit.Day:
                    if (u == TUnit.Day) return false;
                    p = u == TUnit.Weekend ? Weekend(d, 1) : TimePoint.At(d, g).Shift(u, 1);
                    break;
                case Deixis.Next or Deixis.Following:
                    p = AnchorOr(g).Shift(u, 1);
                    break;
                case Deixis.Previous:
                    p = AnchorOr(g).Shift(u, -1);
                    break;
                case Deixis.Same:
                    if (!the && !Is(k, "that")) return false;
                    p = AnchorOr(g);
                    // "that day" after "in 1989" cannot be dated to a day.
                    if (p.G < g) return false;
                    break;
                default:
                    return false;
            }
            m = new Match { End = j + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), Relative = true, TakesThe = true };
            return true;
        }
        // "the past" alone: PAST_REF ("in the past")
        if (det == Deixis.Past && the && !StartsCount(j) && !Has(j, Lx.Ordinal))
        {
            m = new Match { End = j, Type = TimexType.Date, Value = "PAST_REF", TakesThe = true };
            return true;
        }
        return false;
    }

    /// <summary>The weekend of the reference week moved by <paramref name="weeks"/>; past weekends for "last".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TimePoint Weekend(DateOnly d, int weeks)
    {
        // The Saturday of the most recent weekend that has begun, or of the coming one.
        var back = ((int)d.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        var sat = weeks < 0 ? d.AddDays(back == 0 ? -7 : -back)
            : weeks == 0 ? (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? d.AddDays(-back) : d.AddDays(7 - back))
            : d.AddDays(7 - back).AddDays(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 7 : 0);
        return TimePoint.OfWeek(sat) with { G = Gran.Weekend };
    }

    /// <summary>"the year", "the week", "the weekend", "the month" after "the".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool BareUnit(int k, ref Match m)
    {
        if (!Is(k - 1, "the")) return false;
        var adj = Is(k, "fiscal") || Is(k, "full") || Is(k, "whole") || Is(k, "entire");
        var start = k;
        if (adj) k++;
        if (!Has(k, Lx.Unit) || L(k).Plural) return false;
        var u = L(k).Unit;
        if (u is not (TUnit.Year or TUnit.Week or TUnit.Weekend or TUnit.Month)) return false;
        if (_t.IsHyphen(k + 1) && Glued(k + 1)) return false;
        var prep = start - 2;
        // "the year ended Sept. 30", "the fiscal year", "the whole month": a length; "for the year", "the week's session": the current one.
        if (u is TUnit.Year or TUnit.Month && (Is(k + 1, "ended") || Is(k + 1, "ending") || Is(k - 1, "fiscal") || Is(k - 1, "whole") || Is(k - 1, "entire")
            || Is(prep, "throughout")))
        {
            m = new Match { End = k + 1, Type = TimexType.Duration, Value = DurationValue(1, u), TakesThe = true };
            return true;
        }
        var d = D;
        var p = u == TUnit.Weekend ? Weekend(d, TenseAround(k, k + 1) == Tense.Future ? 0 : -1) : TimePoint.At(d, GranOf(u));
        _ = prep;
        m = new Match { End = k + 1, Type = TimexType.Date, Point = p, Value = TimexStrings.Value(p), Relative = true, TakesThe = true };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Reference(int k, ref Match m)
    {
        if (Has(k, Lx.Reference))
        {
            var tag = L(k).Tag!;
            var e = k + 1;
            if (Is(k, "soon") && (Is(k - 1, "as") || Is(k - 1, "too") || Is(k + 1, "after") || Is(k + 1, "as"))) return false;
            if (Is(k, "now") && (Is(k - 1, "until") || Is(k - 1, "from") || Is(k - 1, "by"))) { }
            if (Is(k, "recent") || Is(k, "future"))
            {
                if (Has(e, Lx.Unit) && L(e).Plural && L(e).Unit >= TUnit.Day) e++;
                else if (Is(k, "recent") && !Is(k - 1, "the") && !Is(k - 1, "a")) { }
                else if (Is(k, "future") && Is(k - 1, "the")) { }
                else if (Is(k, "future") && (Is(k - 1, "near") || Is(k - 1, "foreseeable") || Is(k - 1, "distant")) && Is(k - 2, "the")) { }
                else return false;
            }
            if (e > k + 1 && Is(k, "recent"))
            {
                m = new Match { End = e, Type = TimexType.Duration, Value = DurationValue(null, L(k + 1).Unit) };
                return true;
            }
            m = new Match { End = e, Type = TimexType.Date, Value = tag, TakesThe = true };
            return true;
        }
        if (Is(k, "current") && !Has(k + 1, Lx.Unit) && !Is(k + 1, "account") && !Is(k + 1, "accounts") && !Is(k + 1, "fiscal") && !Is(k + 1, "events"))
        {
            m = new Match { End = k + 1, Type = TimexType.Date, Value = "PRESENT_REF" };
            return true;
        }
        // "the near future", "the near term", "these days"
        if ((Is(k, "near") || Is(k, "foreseeable") || Is(k, "distant")) && Is(k + 1, "future"))
        {
            m = new Match { End = k + 2, Type = TimexType.Date, Value = "FUTURE_REF", TakesThe = true };
            return true;
        }
        if ((Is(k, "near") || Is(k, "short")) && Is(k + 1, "term") && Is(k - 1, "the"))
        {
            m = new Match { End = k + 2, Type = TimexType.Date, Value = "FUTURE_REF", TakesThe = true };
            return true;
        }
        if (Is(k, "these") && Is(k + 1, "days"))
        {
            m = new Match { End = k + 2, Type = TimexType.Date, Value = "PRESENT_REF" };
            return true;
        }
        return false;
    }
}
