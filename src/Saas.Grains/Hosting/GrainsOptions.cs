namespace Saas.Grains.Hosting;

/// <summary>Settings of the grain runtime; every node of a cluster must agree on <see cref="PartitionCount"/>.</summary>
public sealed class GrainsOptions
{
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    public int PartitionCount { get; set; } = 32;

    /// <summary>An activation unused for this long is collected.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Above this many resident activations the least recently used are collected.</summary>
    public int MaxActivations { get; set; } = 200_000;

    /// <summary>The most events one dispatch round reads; a round is one checkpoint transaction.</summary>
    public int DispatchBatchSize { get; set; } = 5_000;

    /// <summary>How many dispatch rounds run at once on a node, each over its share of the owned partitions.</summary>
    public int DispatchLanes { get; set; } = 2;

    /// <summary>How often a partition looks for events when no notification arrives.</summary>
    public TimeSpan DispatchPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReminderSweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A node whose heartbeat is older than this is no longer counted when balancing partitions.</summary>
    public TimeSpan NodeExpiry { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(2);
}
