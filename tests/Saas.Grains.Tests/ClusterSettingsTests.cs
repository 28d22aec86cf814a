using Npgsql;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

public sealed class ClusterSettingsTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_node_starting_while_another_records_the_partition_count_agrees_with_it()
    {
        // Another node is in the middle of recording the cluster's partition count on this new database.
        await using var other = await database.Admin.OpenConnectionAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand($"""
            DELETE FROM grain_cluster_settings;
            INSERT INTO grain_cluster_settings (id, partition_count) VALUES (1, {TestNode.Partitions});
            """, other))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var starting = StartAsync();
        await Eventually.TrueAsync(async () => starting.IsCompleted || await database.ScalarAsync<long>("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%grain_cluster_settings%'
            """) == 1, "the starting node to wait for the other node's settings");
        Assert.False(starting.IsCompleted, "The node should wait for the other node's settings to commit.");
        await transaction.CommitAsync();

        await using var node = await starting;
        await node.WaitUntilOwnsAllAsync();
    }

    [Fact]
    public async Task A_node_configured_with_another_partition_count_refuses_to_start()
    {
        await using (var node = await StartAsync()) await node.WaitUntilOwnsAllAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.PartitionCount = TestNode.Partitions * 2));
        Assert.Contains($"uses {TestNode.Partitions} partitions", error.Message);
    }

    private Task<TestNode> StartAsync(Action<GrainsOptions>? configure = null) =>
        TestNode.StartAsync(database, output, s => s.AddGrain<INoteGrain, NoteGrain>("note"), configure);
}
