using System.Text;
using Saas.Grains.Core;

namespace Saas.Grains.Cluster;

/// <summary>Splits the key space into a fixed number of partitions by a stable hash of the grain key.</summary>
public sealed class PartitionMap(int partitionCount)
{
    public int Count { get; } = partitionCount > 0
        ? partitionCount
        : throw new ArgumentOutOfRangeException(nameof(partitionCount), "There must be at least one partition.");

    public int PartitionOf(GrainId grain) => (int)(Fnv1a(grain.Key) % (uint)Count);

    /// <summary>FNV-1a over UTF-8: the same on every node and every run, unlike string.GetHashCode.</summary>
    private static uint Fnv1a(string key)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return hash;
    }
}
