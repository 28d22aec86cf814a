using System.Text.Json;
using Npgsql;
using Saas.Grains.Core;

namespace Saas.Grains.Checkpoints;

/// <summary>What a participant sees of a checkpoint: the grains written and the open transaction.</summary>
public sealed class CheckpointContext(
    NpgsqlConnection connection,
    IReadOnlyList<CheckpointedGrain> grains,
    IReadOnlyList<PendingMessage> messages,
    IReadOnlyList<PendingFact> facts,
    JsonSerializerOptions json,
    CheckpointRebuilds? rebuilds = null)
{
    private readonly List<PendingMessage> _emitted = [];

    public NpgsqlConnection Connection { get; } = connection;

    public IReadOnlyList<CheckpointedGrain> Grains { get; } = grains;

    /// <summary>The changes the grains emitted in this checkpoint.</summary>
    public IReadOnlyList<PendingMessage> Messages { get; } = messages;

    /// <summary>What the grains recorded for read models in this checkpoint (not published).</summary>
    public IReadOnlyList<PendingFact> Facts { get; } = facts;

    /// <summary>Grains that started again from their events in this checkpoint (they are in <see cref="Grains"/>).</summary>
    public IReadOnlyList<GrainId> Rebuilt { get; } = rebuilds?.Rebuilt ?? [];

    /// <summary>Grains rebuilt from no event at all: their state is gone, read models drop their rows.</summary>
    public IReadOnlyList<GrainId> Removed { get; } = rebuilds?.Removed ?? [];

    /// <summary>The facts the rebuilt grains recorded again for events applied before (not in <see cref="Facts"/>).</summary>
    public IReadOnlyList<PendingFact> ReplayedFacts { get; } = rebuilds?.ReplayedFacts ?? [];

    internal IReadOnlyList<PendingMessage> Emitted => _emitted;

    public IEnumerable<(GrainId Grain, TState State)> StatesOf<TState>(string grainType) =>
        Grains.Where(g => g.Grain.Type == grainType).Select(g => (g.Grain, (TState)g.State));

    /// <summary>Adds a change to this checkpoint's outbox messages.</summary>
    public void Emit(string scope, string kind, object payload) =>
        _emitted.Add(new PendingMessage(scope, kind, JsonSerializer.Serialize(payload, json)));
}

public sealed record CheckpointedGrain(GrainId Grain, object State);

/// <summary>What rebuilds did in a checkpoint (see <see cref="Events.GrainRebuild"/>).</summary>
public sealed record CheckpointRebuilds(IReadOnlyList<GrainId> Rebuilt, IReadOnlyList<GrainId> Removed, IReadOnlyList<PendingFact> ReplayedFacts);
