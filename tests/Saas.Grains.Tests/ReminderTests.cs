using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

public sealed class ReminderTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_one_shot_reminder_wakes_its_grain_once_and_is_removed()
    {
        var probe = new Probe();
        await using var node = await StartAsync(probe);
        const string key = "tenantA/remind-1";
        var grain = node.Grains.GetGrain<INoteGrain>(key);
        var clock = Stopwatch.StartNew();
        await grain.RemindInAsync("wake", 300);
        await grain.GoIdleAsync();
        Assert.Equal(1L, await RowsAsync(key));

        await Eventually.TrueAsync(() => probe.Reminders.Any(r => r.Key == key), "the reminder to fire");
        Assert.True(clock.ElapsedMilliseconds >= 250, $"The reminder fired after {clock.ElapsedMilliseconds} ms, before it was due.");
        Assert.Equal(2, probe.ActivationsOf(key));
        await Eventually.TrueAsync(async () => await RowsAsync(key) == 0, "the one-shot reminder's row to be deleted");

        await Task.Delay(600); // three more sweeps
        Assert.Equal((key, "wake", node.Id), Assert.Single(probe.Reminders, r => r.Key == key));
    }

    [Fact]
    public async Task A_periodic_reminder_keeps_firing_and_stays_registered()
    {
        var probe = new Probe();
        await using var node = await StartAsync(probe);
        const string key = "tenantA/remind-2";
        await node.Grains.GetGrain<INoteGrain>(key).RemindInAsync("tick", 100, periodMilliseconds: 300);

        await Eventually.TrueAsync(() => probe.Reminders.Count(r => r.Key == key) >= 3, "the reminder to fire three times");
        Assert.Equal(1L, await RowsAsync(key));
        await database.ExecuteAsync("DELETE FROM grain_reminders WHERE grain_key = $1", key);
    }

    [Fact]
    public async Task A_reminder_of_a_crashed_node_fires_on_the_node_that_takes_over()
    {
        var probe = new Probe();
        await using var first = await StartAsync(probe);
        const string key = "tenantA/remind-3";
        await first.Grains.GetGrain<INoteGrain>(key).RemindInAsync("failover", 1_000);
        await first.CrashAsync();

        await using var second = await StartAsync(probe);
        await Eventually.TrueAsync(() => probe.Reminders.Any(r => r.Key == key), "the reminder to fire on the surviving node", 8);

        Assert.Equal((key, "failover", second.Id), Assert.Single(probe.Reminders, r => r.Key == key));
        await Eventually.TrueAsync(async () => await RowsAsync(key) == 0, "the reminder's row to be deleted");
    }

    private Task<long> RowsAsync(string key) =>
        database.ScalarAsync<long>("SELECT count(*) FROM grain_reminders WHERE grain_key = $1", key);

    private Task<TestNode> StartAsync(Probe probe) =>
        TestNode.StartAsync(database, output, s => s.AddSingleton(probe).AddGrain<INoteGrain, NoteGrain>("note"));
}
