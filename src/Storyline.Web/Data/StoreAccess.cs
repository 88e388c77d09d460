using System.Collections.Concurrent;
using Storyline.Storage;

namespace Storyline.Web.Data;

/// <summary>
/// Shares one store among concurrent requests: a pool of open connections for readers, one writer at a
/// time, and the current <see cref="ReadModel"/>, rebuilt when the store's version changes.
/// </summary>
public sealed class StoreAccess : IDisposable
{
    private readonly Func<IArticleStore> open;
    private readonly Func<string>? version;
    private readonly int maxIdle;
    private readonly ConcurrentBag<IArticleStore> idle = [];
    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly Lock modelLock = new();
    private volatile Snapshot? snapshot;
    private bool disposed;

    /// <summary>Access over stores opened by <paramref name="open"/>.</summary>
    /// <param name="open">Opens a new connection to the store.</param>
    /// <param name="analysis">The source of storylines, entities, quotes and conflicts.</param>
    /// <param name="version">Returns a token that changes when another process writes to the store; null when only this process writes.</param>
    /// <param name="maxIdle">Connections kept open between requests.</param>
    public StoreAccess(Func<IArticleStore> open, IAnalysisSource analysis, Func<string>? version = null, int maxIdle = 4)
    {
        this.open = open;
        this.version = version;
        this.maxIdle = Math.Max(1, maxIdle);
        Analysis = analysis;
    }

    /// <summary>The source of the analyses beyond events.</summary>
    public IAnalysisSource Analysis { get; }

    /// <summary>Runs <paramref name="read"/> with a pooled connection.</summary>
    public T Read<T>(Func<IArticleStore, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var store = Rent();
        try
        {
            return read(store);
        }
        finally
        {
            Return(store);
        }
    }

    /// <summary>Runs <paramref name="write"/> alone among writers, then drops the read model so the next request sees the change.</summary>
    public async Task<T> WriteAsync<T>(Func<IArticleStore, T> write, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(write);
        await writer.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var result = Read(write);
            snapshot = null;
            return result;
        }
        finally
        {
            writer.Release();
        }
    }

    /// <summary>The current read model, loading it when the store changed since it was built.</summary>
    public ReadModel Model()
    {
        var current = snapshot;
        var token = version?.Invoke();
        if (current is not null && current.Version == token) return current.Model;
        lock (modelLock)
        {
            current = snapshot;
            if (current is not null && current.Version == token) return current.Model;
            var model = Read(store => ReadModel.Load(store, Analysis));
            snapshot = new Snapshot(token, model);
            return model;
        }
    }

    private IArticleStore Rent() => idle.TryTake(out var store) ? store : open();

    private void Return(IArticleStore store)
    {
        if (!disposed && idle.Count < maxIdle) idle.Add(store);
        else store.Dispose();
    }

    /// <summary>Closes the pooled connections.</summary>
    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var store)) store.Dispose();
        writer.Dispose();
    }

    private sealed record Snapshot(string? Version, ReadModel Model);

    /// <summary>A version token for an SQLite file: size and write time of the file and its write-ahead log.</summary>
    public static string SqliteFileVersion(string path)
    {
        static string Stamp(string p)
        {
            var f = new FileInfo(p);
            return f.Exists ? $"{f.Length}:{f.LastWriteTimeUtc.Ticks}" : "-";
        }
        return Stamp(path) + "/" + Stamp(path + "-wal");
    }
}
