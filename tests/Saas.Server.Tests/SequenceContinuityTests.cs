namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class SequenceContinuityTests(ServerFixture server)
{
    [Fact]
    public async Task Live_sequence_numbers_are_consecutive_and_the_counts_answer_carries_the_last_one()
    {
        var tenant = await server.CreateTenantAsync("Sequence Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        await using var live = await LiveConnection.ConnectAsync(server, owner.CookieHeader);

        // Separate posts and a batch: several checkpoints, several customers.
        for (var i = 1; i <= 3; i++) await server.SubmitAsync(tenant, ShopApi.Order($"o-{i}", $"c-{i}").ToJsonString());
        await server.SubmitAsync(tenant, ShopApi.Batch(ShopApi.Order("o-4", "c-4"), ShopApi.Order("o-5", "c-5")));

        var received = await live.ReceiveUntilAsync(
            r => r.Count(m => m.Target == SegmentsApi.SegmentChanged) == 5
                 && r[^1].Target == SegmentsApi.SegmentCounts && SegmentsApi.TotalCustomers(r[^1].Argument) == 5,
            "five segment changes and counts of five customers");

        var sequences = received.Select(m => SegmentsApi.Sequence(m.Argument)).ToArray();
        Assert.Equal(Enumerable.Range(1, sequences.Length).Select(i => (long)i), sequences);

        var counts = await owner.CountsAsync();
        Assert.Equal(sequences[^1], SegmentsApi.Sequence(counts));
        Assert.Equal(5, SegmentsApi.TotalCustomers(counts));

        var changes = await owner.ChangesAsync();
        Assert.Equal(sequences[^1], SegmentsApi.Sequence(changes));
        var lastChange = received.Last(m => m.Target == SegmentsApi.SegmentChanged).Argument;
        Assert.Equal(SegmentsApi.Sequence(lastChange), SegmentsApi.Sequence(changes.GetProperty("items")[0]));
        Assert.Equal(5, changes.GetProperty("items").GetArrayLength());
    }
}
