using System.Buffers;
using System.Security.Cryptography;
using Npgsql;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Imports;

/// <summary>What was stored of an upload: its SHA-256 (hex), its size and its first bytes, for sniffing.</summary>
public sealed record StoredFile(string Sha256, long Size, byte[] Sample);

/// <summary>Stores an uploaded file in PostgreSQL as it streams in, one chunk at a time, and reads it back the same way.</summary>
public static class ImportFiles
{
    public const int ChunkBytes = 1024 * 1024;

    /// <returns>The stored file, or null when the body is larger than <paramref name="maxBytes"/> (the caller rolls back).</returns>
    public static async Task<StoredFile?> StoreAsync(TenantTransaction tx, string tenantId, string importId, Stream body, long maxBytes, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            byte[]? sample = null;
            long size = 0;
            for (var n = 0; ; n++)
            {
                var length = await body.ReadAtLeastAsync(buffer.AsMemory(0, ChunkBytes), ChunkBytes, throwOnEndOfStream: false, ct);
                if (length == 0) break;
                size += length;
                if (size > maxBytes) return null;
                hash.AppendData(buffer, 0, length);
                sample ??= buffer.AsSpan(0, Math.Min(length, CsvSniffer.SampleBytes)).ToArray();
                await using var insert = tx.Command("INSERT INTO import_file_chunks (tenant_id, import_id, n, data) VALUES ($1, $2, $3, $4)");
                insert.Parameters.AddWithValue(tenantId);
                insert.Parameters.AddWithValue(importId);
                insert.Parameters.AddWithValue(n);
                insert.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = buffer.AsMemory(0, length) });
                await insert.ExecuteNonQueryAsync(ct);
                if (length < ChunkBytes) break;
            }
            return new StoredFile(Convert.ToHexStringLower(hash.GetHashAndReset()), size, sample ?? []);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The stored file as a forward-only stream over its own connection; one chunk in memory at a time.</summary>
    public static async Task<Stream> OpenAsync(NpgsqlDataSource db, string tenantId, string importId, CancellationToken ct)
    {
        var connection = await db.OpenConnectionAsync(ct);
        try
        {
            var cmd = new NpgsqlCommand("SELECT data FROM import_file_chunks WHERE tenant_id = $1 AND import_id = $2 ORDER BY n", connection);
            cmd.Parameters.AddWithValue(tenantId);
            cmd.Parameters.AddWithValue(importId);
            var reader = await cmd.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
            return new ChunkStream(connection, cmd, reader);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public static async Task DeleteAsync(NpgsqlConnection connection, string tenantId, string importId, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("DELETE FROM import_file_chunks WHERE tenant_id = $1 AND import_id = $2", connection);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(importId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private sealed class ChunkStream(NpgsqlConnection connection, NpgsqlCommand command, NpgsqlDataReader reader) : Stream
    {
        private byte[] _chunk = [];
        private int _offset;
        private long _position;
        private bool _disposed;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        /// <summary>Bytes handed out so far.</summary>
        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (_offset == _chunk.Length)
            {
                if (!reader.Read()) return 0;
                _chunk = reader.GetFieldValue<byte[]>(0);
                _offset = 0;
            }
            var length = Math.Min(buffer.Length, _chunk.Length - _offset);
            _chunk.AsSpan(_offset, length).CopyTo(buffer);
            _offset += length;
            _position += length;
            return length;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            // Twice would close a reader on a connection already back in the pool, in use by someone else.
            if (disposing && !_disposed)
            {
                _disposed = true;
                reader.Dispose();
                command.Dispose();
                connection.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
