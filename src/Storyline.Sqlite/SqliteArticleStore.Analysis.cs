using Microsoft.Data.Sqlite;
using Storyline.Storage;

namespace Storyline.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <inheritdoc />
    public void ReplaceAnalysis(CorpusAnalysis analysis)
    {
        using var tx = connection.BeginTransaction();
        Execute("DELETE FROM comparisons; DELETE FROM claims; DELETE FROM conflicts; DELETE FROM facts; DELETE FROM storylines; DELETE FROM entities; DELETE FROM quotes; DELETE FROM event_articles; DELETE FROM events; DELETE FROM relations; UPDATE articles SET inferred_published = NULL, inferred_basis = NULL WHERE inferred_published IS NOT NULL;", tx);
        using (var ev = Command("INSERT INTO events(id, title, start, end, position) VALUES ($id, $title, $start, $end, $pos)", tx))
        using (var member = Command("INSERT INTO event_articles(event_id, article_id) VALUES ($e, $a)", tx))
        {
            var position = 0;
            foreach (var e in analysis.Events)
            {
                ev.Parameters.Clear();
                ev.Parameters.AddWithValue("$id", e.Id);
                ev.Parameters.AddWithValue("$title", (object?)e.Title ?? DBNull.Value);
                ev.Parameters.AddWithValue("$start", (object?)e.Start ?? DBNull.Value);
                ev.Parameters.AddWithValue("$end", (object?)e.End ?? DBNull.Value);
                ev.Parameters.AddWithValue("$pos", position++);
                ev.ExecuteNonQuery();
                foreach (var a in e.ArticleIds)
                {
                    member.Parameters.Clear();
                    member.Parameters.AddWithValue("$e", e.Id);
                    member.Parameters.AddWithValue("$a", a);
                    member.ExecuteNonQuery();
                }
            }
        }
        using (var rel = Command("INSERT OR REPLACE INTO relations(a, b, relation, similarity) VALUES ($a, $b, $r, $s)", tx))
        {
            var pa = rel.Parameters.Add("$a", SqliteType.Text);
            var pb = rel.Parameters.Add("$b", SqliteType.Text);
            var pr = rel.Parameters.Add("$r", SqliteType.Text);
            var ps = rel.Parameters.Add("$s", SqliteType.Real);
            foreach (var r in analysis.Relations)
            {
                (pa.Value, pb.Value, pr.Value, ps.Value) = (r.A, r.B, r.Relation, r.Similarity);
                rel.ExecuteNonQuery();
            }
        }
        using (var inferred = Command("UPDATE articles SET inferred_published = $d, inferred_basis = $b WHERE id = $id AND published IS NULL", tx))
        {
            var pd = inferred.Parameters.Add("$d", SqliteType.Text);
            var pb = inferred.Parameters.Add("$b", SqliteType.Text);
            var pid = inferred.Parameters.Add("$id", SqliteType.Text);
            foreach (var (id, date) in analysis.InferredDates.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                (pd.Value, pid.Value) = (date.ToString(), id);
                pb.Value = BasisName(analysis.InferredBases.TryGetValue(id, out var b) ? b : Storyline.Articles.PublishedBasis.Inferred);
                inferred.ExecuteNonQuery();
            }
        }
        using (var fact = Command("INSERT INTO facts(article_id, date, sentence, sentence_start, sentence_index, expression, timex, relative) VALUES ($a, $d, $s, $ss, $si, $e, $t, $r)", tx))
        {
            var p = new[] { "$a", "$d", "$s", "$ss", "$si", "$e", "$t", "$r" }.Select(n => fact.Parameters.Add(n, SqliteType.Text)).ToArray();
            foreach (var f in analysis.Facts)
            {
                object[] values = [f.ArticleId, f.Date.ToString(), f.Sentence, f.SentenceStart, f.SentenceIndex, f.Expression, f.TimexValue, f.IsRelative ? 1 : 0];
                for (var k = 0; k < p.Length; k++) p[k].Value = values[k];
                fact.ExecuteNonQuery();
            }
        }
        using (var claim = Command("INSERT INTO claims(subject, attribute, value, as_of, article, sentence, position) VALUES ($s, $a, $v, $o, $ar, $se, $p)", tx))
        {
            var position = 0;
            foreach (var c in analysis.Claims)
            {
                claim.Parameters.Clear();
                claim.Parameters.AddWithValue("$s", c.Subject);
                claim.Parameters.AddWithValue("$a", c.Attribute);
                claim.Parameters.AddWithValue("$v", c.Value);
                claim.Parameters.AddWithValue("$o", (object?)c.AsOf ?? DBNull.Value);
                claim.Parameters.AddWithValue("$ar", c.Article);
                claim.Parameters.AddWithValue("$se", c.Sentence);
                claim.Parameters.AddWithValue("$p", position++);
                claim.ExecuteNonQuery();
            }
        }
        using (var cmp = Command("INSERT INTO comparisons(subject, attribute, verdict, explanation, claims, position) VALUES ($s, $a, $v, $e, $c, $p)", tx))
        {
            var position = 0;
            foreach (var c in analysis.Comparisons)
            {
                cmp.Parameters.Clear();
                cmp.Parameters.AddWithValue("$s", c.Subject);
                cmp.Parameters.AddWithValue("$a", c.Attribute);
                cmp.Parameters.AddWithValue("$v", c.Verdict);
                cmp.Parameters.AddWithValue("$e", c.Explanation);
                cmp.Parameters.AddWithValue("$c", System.Text.Json.JsonSerializer.Serialize(c.Claims));
                cmp.Parameters.AddWithValue("$p", position++);
                cmp.ExecuteNonQuery();
            }
        }
        using (var conflict = Command("INSERT INTO conflicts(kind, subject, articles, evidence, position) VALUES ($k, $s, $a, $e, $p)", tx))
        {
            var position = 0;
            foreach (var c in analysis.Conflicts)
            {
                conflict.Parameters.Clear();
                conflict.Parameters.AddWithValue("$k", c.Kind);
                conflict.Parameters.AddWithValue("$s", c.Subject);
                conflict.Parameters.AddWithValue("$a", JsonList(c.Articles));
                conflict.Parameters.AddWithValue("$e", System.Text.Json.JsonSerializer.Serialize(c.Evidence));
                conflict.Parameters.AddWithValue("$p", position++);
                conflict.ExecuteNonQuery();
            }
        }
        using (var story = Command("INSERT INTO storylines(id, title, entities, events, timeline, position) VALUES ($id, $t, $en, $ev, $tl, $p)", tx))
        {
            var position = 0;
            foreach (var st in analysis.Storylines)
            {
                story.Parameters.Clear();
                story.Parameters.AddWithValue("$id", st.Id);
                story.Parameters.AddWithValue("$t", st.Title);
                story.Parameters.AddWithValue("$en", JsonList(st.Entities));
                story.Parameters.AddWithValue("$ev", JsonList(st.Events));
                story.Parameters.AddWithValue("$tl", StoredTimeline.Serialize(st.Timeline));
                story.Parameters.AddWithValue("$p", position++);
                story.ExecuteNonQuery();
            }
        }
        using (var ent = Command("INSERT INTO entities(id, name, type, aliases, articles, position) VALUES ($id, $n, $t, $al, $ar, $p)", tx))
        {
            var position = 0;
            foreach (var e in analysis.Entities.OrderByDescending(e => e.Articles.Count).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal))
            {
                ent.Parameters.Clear();
                ent.Parameters.AddWithValue("$id", e.Id);
                ent.Parameters.AddWithValue("$n", e.Name);
                ent.Parameters.AddWithValue("$t", e.Type.ToString().ToLowerInvariant());
                ent.Parameters.AddWithValue("$al", JsonList(e.Aliases));
                ent.Parameters.AddWithValue("$ar", JsonList(e.Articles));
                ent.Parameters.AddWithValue("$p", position++);
                ent.ExecuteNonQuery();
            }
        }
        using (var quote = Command("INSERT INTO quotes(id, text, speaker, articles, first_seen, position) VALUES ($id, $t, $s, $ar, $f, $p)", tx))
        {
            var position = 0;
            foreach (var q in analysis.Quotes.OrderByDescending(q => q.Articles.Count).ThenBy(q => q.Id, StringComparer.Ordinal))
            {
                quote.Parameters.Clear();
                quote.Parameters.AddWithValue("$id", q.Id);
                quote.Parameters.AddWithValue("$t", q.Text);
                quote.Parameters.AddWithValue("$s", (object?)q.Speaker ?? DBNull.Value);
                quote.Parameters.AddWithValue("$ar", JsonList(q.Articles));
                quote.Parameters.AddWithValue("$f", q.FirstArticle);
                quote.Parameters.AddWithValue("$p", position++);
                quote.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    private static string JsonList(IReadOnlyList<string> items) => System.Text.Json.JsonSerializer.Serialize(items);

    private static IReadOnlyList<string> ParseList(string json) => System.Text.Json.JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <inheritdoc />
    public IReadOnlyList<Entities.GlobalEntity> Entities()
    {
        var list = new List<Entities.GlobalEntity>();
        using var cmd = Command("SELECT id, name, type, aliases, articles FROM entities ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new Entities.GlobalEntity(r.GetString(0), r.GetString(1),
                Enum.TryParse<Entities.EntityType>(r.GetString(2), ignoreCase: true, out var t) ? t : Storyline.Entities.EntityType.Other,
                ParseList(r.GetString(3)), ParseList(r.GetString(4))));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<Facts.DatedFact> Facts()
    {
        var list = new List<Facts.DatedFact>();
        using var cmd = Command("SELECT article_id, date, sentence, sentence_start, sentence_index, expression, timex, relative FROM facts ORDER BY article_id, sentence_start, date");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            if (Time.PartialDate.TryParse(r.GetString(1), out var date))
                list.Add(new Facts.DatedFact(r.GetString(0), date, r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), r.GetString(6), r.GetInt32(7) != 0));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredClaim> Claims()
    {
        var list = new List<StoredClaim>();
        using var cmd = Command("SELECT subject, attribute, value, as_of, article, sentence FROM claims ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredClaim(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetString(5)));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredComparison> Comparisons()
    {
        var list = new List<StoredComparison>();
        using var cmd = Command("SELECT subject, attribute, verdict, explanation, claims FROM comparisons ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredComparison(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                System.Text.Json.JsonSerializer.Deserialize<StoredClaim[]>(r.GetString(4)) ?? []));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredConflict> Conflicts()
    {
        var list = new List<StoredConflict>();
        using var cmd = Command("SELECT kind, subject, articles, evidence FROM conflicts ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredConflict(r.GetString(0), r.GetString(1), ParseList(r.GetString(2)),
                System.Text.Json.JsonSerializer.Deserialize<StoredEvidence[]>(r.GetString(3)) ?? []));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<Stories.StorylineRecord> Storylines()
    {
        var list = new List<Stories.StorylineRecord>();
        using var cmd = Command("SELECT id, title, entities, events, timeline FROM storylines ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new Stories.StorylineRecord(r.GetString(0), r.GetString(1), ParseList(r.GetString(2)), ParseList(r.GetString(3)), StoredTimeline.Deserialize(r.GetString(4))));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredQuote> Quotes()
    {
        var list = new List<StoredQuote>();
        using var cmd = Command("SELECT id, text, speaker, articles, first_seen FROM quotes ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredQuote(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), ParseList(r.GetString(3)), r.GetString(4)));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredEvent> Events()
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT event_id, article_id FROM event_articles ORDER BY event_id, article_id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                if (!members.TryGetValue(r.GetString(0), out var list)) members[r.GetString(0)] = list = [];
                list.Add(r.GetString(1));
            }
        var events = new List<StoredEvent>();
        using (var cmd = Command("SELECT id, title, start, end FROM events ORDER BY position"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                events.Add(new StoredEvent(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1),
                    members.GetValueOrDefault(r.GetString(0)) ?? [], r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
        return events;
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticleRelation> Relations()
    {
        var list = new List<ArticleRelation>();
        using var cmd = Command("SELECT a, b, relation, similarity FROM relations ORDER BY a, b");
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new ArticleRelation(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3)));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        var match = FtsQuery.From(query);
        if (match.Length == 0) return [];
        // Rank first, then make snippets for the top hits only: snippet() in the ranking query ran for every match.
        using var cmd = Command("""
            WITH top AS (
                SELECT rowid AS rid, bm25(articles_fts, 5.0, 2.0, 1.0) AS rank FROM articles_fts
                WHERE articles_fts MATCH $q ORDER BY rank LIMIT $limit)
            SELECT a.id, coalesce(a.title, a.dek), snippet(articles_fts, 2, '[', ']', '…', 16), top.rank
            FROM top JOIN articles_fts ON articles_fts.rowid = top.rid JOIN articles a ON a.rowid = top.rid
            WHERE articles_fts MATCH $q ORDER BY top.rank, a.id
            """);
        cmd.Parameters.AddWithValue("$q", match);
        cmd.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), -r.GetDouble(3)));
        return hits;
    }
}
