using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Core;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

public sealed class PersistentStateTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task State_survives_reactivation_and_a_stale_write_is_refused()
    {
        var probe = new Probe();
        await using var node = await TestNode.StartAsync(database, output, s => s.AddSingleton(probe).AddGrain<INoteGrain, NoteGrain>("note"));
        const string key = "tenantA/note-1";
        var grain = node.Grains.GetGrain<INoteGrain>(key);

        Assert.Equal(new NoteSnapshot(null, 0, null, false), await grain.ReadAsync());
        await grain.WriteAsync("first");
        await grain.GoIdleAsync();

        Assert.Equal(new NoteSnapshot("first", 1, "1", true), await grain.ReadAsync());
        Assert.Equal(2, probe.ActivationsOf(key));
        Assert.Equal(1, probe.DeactivationsOf(key));

        await grain.WriteAsync("second");
        // Another writer gets there first: the stored record moves on behind the activation's back.
        await database.ExecuteAsync("""
            UPDATE grain_state SET version = version + 1, state = jsonb_set(state::jsonb, '{text}', '"external"')::text
            WHERE grain_type = 'note' AND grain_key = $1
            """, key);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.WriteAsync("stale"));
        Assert.Equal("external", await database.ScalarAsync<string>("SELECT state::json->>'text' FROM grain_state WHERE grain_key = $1", key));

        // The activation that failed is dropped; the next call reads what is stored and can write on from it.
        Assert.Equal(new NoteSnapshot("external", 2, "3", true), await grain.ReadAsync());
        Assert.Equal(3, probe.ActivationsOf(key));
        await grain.WriteAsync("third");
        Assert.Equal(4L, await database.ScalarAsync<long>("SELECT version FROM grain_state WHERE grain_key = $1", key));
        Assert.Equal("third", await database.ScalarAsync<string>("SELECT state::json->>'text' FROM grain_state WHERE grain_key = $1", key));
    }
}
