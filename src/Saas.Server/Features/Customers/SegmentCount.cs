namespace Saas.Server.Features.Customers;

public sealed record SegmentCount(string Segment, long Customers);
