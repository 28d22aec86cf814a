using System.Text.Json;
using Saas.Grains.Checkpoints;
using Saas.Grains.Hosting;
using Saas.Grains.Storage;

namespace Saas.Grains.Core;

internal sealed class PersistentState<TState>(GrainContext context) : IPersistentState<TState>, IStateHandle
    where TState : class, new()
{
    public TState State { get; set; } = new();

    public long Version { get; set; }

    public EventPosition Applied { get; set; } = EventPosition.Start;

    public string? Etag => Version == 0 ? null : Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool RecordExists => Version > 0;

    public object Current => State;

    private GrainRuntime Runtime => context.Runtime;

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(State, Runtime.Json);

    public void Load(StoredState? stored)
    {
        State = stored is null ? new TState() : JsonSerializer.Deserialize<TState>(stored.Utf8Json, Runtime.Json) ?? new TState();
        Version = stored?.Version ?? 0;
        Applied = stored?.Applied ?? EventPosition.Start;
    }

    public void Reset()
    {
        State = new TState();
        Applied = EventPosition.Start;
    }

    public async Task ReadStateAsync() => Load(await Runtime.Store.ReadAsync(context.Id));

    public async Task WriteStateAsync()
    {
        var pending = context.TakePending();
        var checkpoint = new GrainCheckpoint(context.Id, context.Partition, Version, Serialize(), State, Applied, pending);
        try
        {
            await Runtime.Checkpoints.WriteAsync([checkpoint], cursors: [], deadLetters: [], CancellationToken.None);
        }
        catch
        {
            context.RestorePending(pending);
            throw;
        }
        Version++;
    }

    public async Task ClearStateAsync()
    {
        await Runtime.Store.ClearAsync(context.Id, Version);
        Load(null);
    }
}
