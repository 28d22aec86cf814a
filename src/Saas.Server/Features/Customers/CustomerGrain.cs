using Saas.Domain.Orders;
using Saas.Domain.Rfm;
using Saas.Grains.Core;
using Saas.Server.Features.Tenants;

namespace Saas.Server.Features.Customers;

/// <summary>Applies the customer's orders, keeps its RFM state and decides its segment.</summary>
public sealed class CustomerGrain(RfmThresholdsCache thresholds, GrainJson json) : Grain<CustomerState>, ICustomerGrain, IEventSourcedGrain
{
    public const string TypeName = "customer";

    public Task<CustomerState> GetStateAsync() => Task.FromResult(State);

    public async Task ApplyAsync(GrainEvent grainEvent)
    {
        if (grainEvent.Kind != CustomerEvents.OrderPlaced) throw new InvalidOperationException($"Unknown event kind '{grainEvent.Kind}'.");
        var order = grainEvent.Payload<Order>(json.Options);
        State.Basics = Merge(State.Basics, order.Customer);
        State.History = State.History.Add(order);
        State.Currency = order.Currency;
        State.LastChannel = order.Channel ?? State.LastChannel;
        State.LastRegion = order.Region ?? State.LastRegion;
        await RescoreAsync();
    }

    private async Task RescoreAsync()
    {
        var now = Time.GetUtcNow();
        var values = State.History.RfmAsOf(now);
        var tenantThresholds = await thresholds.GetAsync(GrainId.Scope);
        State.Score = values is { } v ? tenantThresholds.Score(v) : null;
        var segment = RfmSegmentMap.SegmentOf(values, tenantThresholds);
        if (segment == State.Segment) return;
        Emit(CustomerEvents.SegmentChanged,
            new SegmentMove(CustomerEvents.CustomerIdOf(GrainId.Key), State.Basics?.Name, State.Segment, segment, now));
        State.Segment = segment;
        State.SegmentSince = now;
    }

    /// <summary>Later reports fill in what earlier ones left out; they never blank a known value.</summary>
    private static CustomerBasics Merge(CustomerBasics? known, CustomerBasics reported) => known is null
        ? reported
        : new CustomerBasics(reported.Id, reported.Email ?? known.Email, reported.Name ?? known.Name, reported.Phone ?? known.Phone);
}
