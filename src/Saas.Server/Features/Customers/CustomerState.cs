using Saas.Domain.Customers;
using Saas.Domain.Orders;
using Saas.Domain.Rfm;

namespace Saas.Server.Features.Customers;

/// <summary>A customer's live profile, as its grain keeps it.</summary>
public sealed class CustomerState
{
    public CustomerBasics? Basics { get; set; }

    public PurchaseHistory History { get; set; } = new();

    public string? Currency { get; set; }

    public string? LastChannel { get; set; }

    public string? LastRegion { get; set; }

    public RfmScore? Score { get; set; }

    public Segment Segment { get; set; } = Segment.Prospect;

    public DateTimeOffset SegmentSince { get; set; }
}
