using System.Collections.Immutable;

namespace Saas.Grains.Cluster;

/// <summary>The partitions this node owns right now; only owned partitions' grains may be activated here.</summary>
public sealed class PartitionOwnership
{
    private ImmutableSortedSet<int> _owned = [];

    public IReadOnlyCollection<int> Owned => _owned;

    public bool Owns(int partition) => _owned.Contains(partition);

    internal void Set(IEnumerable<int> partitions) => _owned = [.. partitions];
}
