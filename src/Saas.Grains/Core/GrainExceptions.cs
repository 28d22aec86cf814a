namespace Saas.Grains.Core;

/// <summary>A state write whose ETag no longer matches the stored one: another writer got there first.</summary>
public sealed class InconsistentStateException(string message) : Exception(message);

/// <summary>The grain's partition is not owned by this node, so it cannot be activated here.</summary>
public sealed class GrainNotLocalException(GrainId grain, int partition)
    : Exception($"Grain {grain} lives in partition {partition}, which this node does not own.");
