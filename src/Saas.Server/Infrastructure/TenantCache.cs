using System.Collections.Concurrent;

namespace Saas.Server.Infrastructure;

/// <summary>
/// A value per tenant, read from the database and kept for a while. Once it expires, one read replaces it, and the
/// callers that come meanwhile wait for that read: a round applies thousands of one tenant's customers at once, and
/// when each of them read for itself, the connection pool opened a hundred new database sessions.
/// </summary>
public sealed class TenantCache<T>(TimeProvider time, Func<TimeSpan> lifetime, Func<string, Task<T>> read)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    public async ValueTask<T> GetAsync(string tenantId)
    {
        var known = _entries.GetValueOrDefault(tenantId);
        if (known is null || known.IsStale(time.GetUtcNow()))
        {
            var fresh = new Entry(new Lazy<Task<T>>(() => read(tenantId)), time.GetUtcNow() + lifetime());
            // Whoever replaces the entry first reads; the others take its read.
            known = known is null ? _entries.GetOrAdd(tenantId, fresh) : _entries.TryUpdate(tenantId, fresh, known) ? fresh : _entries[tenantId];
        }
        return await known.Value.Value;
    }

    /// <summary>Takes a value this node has just written, without waiting for the kept one to expire.</summary>
    public void Remember(string tenantId, T value) =>
        _entries[tenantId] = new Entry(new Lazy<Task<T>>(Task.FromResult(value)), time.GetUtcNow() + lifetime());

    private sealed record Entry(Lazy<Task<T>> Value, DateTimeOffset Until)
    {
        /// <summary>Expired, or its read failed (the next caller reads again).</summary>
        public bool IsStale(DateTimeOffset now) => Until <= now || Value.IsValueCreated && Value.Value.IsFaulted;
    }
}
