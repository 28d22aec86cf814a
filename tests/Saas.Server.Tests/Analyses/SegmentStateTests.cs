using Saas.Domain.Rfm;
using Saas.Server.Features.Analyses;

namespace Saas.Server.Tests.Analyses;

public sealed class SegmentStateTests
{
    [Fact]
    public void A_snapshot_reads_back_every_customer_and_segment_it_was_written_with()
    {
        var state = SegmentState.Empty();
        var random = new Random(3);
        var customers = Enumerable.Range(0, 5_000).Select(_ => random.NextInt64(1, long.MaxValue / 2)).Distinct().ToArray();
        foreach (var customer in customers) state.Set(customer, (byte)(customer % 12));
        var later = SegmentState.Empty();
        foreach (var customer in customers) later.Set(customer, (byte)Segment.Lost);

        var read = SegmentState.Decode(state.Encode(), state.Count, SegmentState.Names);

        Assert.Equal(customers.Length, read.Count);
        var pairs = read.CountPairs(later);
        for (var code = 0; code < SegmentState.Names.Length; code++)
        {
            Assert.Equal(customers.Count(c => c % 12 == code), pairs[code, (int)Segment.Lost]);
        }
    }

    [Fact]
    public void Codes_follow_the_names_stored_with_the_snapshot_not_their_order_today()
    {
        var state = SegmentState.Empty();
        state.Set(10, 0);
        state.Set(20, 1);
        var storedNames = new[] { nameof(Segment.Champions), nameof(Segment.AtRisk) };

        var read = SegmentState.Decode(state.Encode(), 2, storedNames);

        var pairs = read.CountPairs(read);
        Assert.Equal(1, pairs[(int)Segment.Champions, (int)Segment.Champions]);
        Assert.Equal(1, pairs[(int)Segment.AtRisk, (int)Segment.AtRisk]);
    }

    [Fact]
    public void Customers_met_after_the_snapshot_are_paired_and_those_unknown_at_the_start_came_from_prospect()
    {
        var start = SegmentState.Decode(Snapshot((5, Segment.New), (9, Segment.Loyal)), 2, SegmentState.Names);
        var end = start.Copy();
        end.Set(9, (byte)Segment.AtRisk);
        end.Set(7, (byte)Segment.Promising);
        end.Set(1, (byte)Segment.New);

        var pairs = start.CountPairs(end);

        Assert.Equal(1, pairs[(int)Segment.New, (int)Segment.New]);
        Assert.Equal(1, pairs[(int)Segment.Loyal, (int)Segment.AtRisk]);
        Assert.Equal(1, pairs[(int)Segment.Prospect, (int)Segment.Promising]);
        Assert.Equal(1, pairs[(int)Segment.Prospect, (int)Segment.New]);
        Assert.Equal(4, pairs.Cast<long>().Sum());
        Assert.Equal(2, start.Count);
    }

    private static byte[] Snapshot(params (long Customer, Segment Segment)[] customers)
    {
        var state = SegmentState.Empty();
        foreach (var (customer, segment) in customers) state.Set(customer, (byte)segment);
        return state.Encode();
    }
}
