using Microsoft.Data.Sqlite;
using Storyline.Storage;

namespace Storyline.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <inheritdoc />
    public void ReplaceAnalysis(CorpusAnalysis analysis)
    {
        using var tx = connection.BeginTransaction();
        Execute("DELETE FROM event_articles; DELETE FROM events; DELETE FROM relations; UPDATE articles SET inferred_published = NULL WHERE inferred_published IS NOT NULL;", tx);
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
        using (var inferred = Command("UPDATE articles SET inferred_published = $d WHERE id = $id AND published IS NULL", tx))
        {
            var pd = inferred.Parameters.Add("$d", SqliteType.Text);
            var pid = inferred.Parameters.Add("$id", SqliteType.Text);
            foreach (var (id, date) in analysis.InferredDates.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                (pd.Value, pid.Value) = (date.ToString(), id);
                inferred.ExecuteNonQuery();
            }
        }
        tx.Commit();
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
