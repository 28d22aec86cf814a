using Saas.Domain.Abc;
using Saas.Domain.Behaviour;
using Saas.Domain.Rfm;

namespace Saas.Server.Features.Customers;

/// <summary>What the customer list may be filtered and sorted by; each sort key maps to an indexed SQL order.</summary>
public sealed record CustomerFilter(
    string? Segment, string? Abc, string? Stage, string? ManagerId, string? Search, string Sort, int Limit, int Offset)
{
    public const string DefaultSort = "clv";
    public const int MaxLimit = 200;

    public static readonly IReadOnlyDictionary<string, string> Sorts = new Dictionary<string, string>
    {
        ["clv"] = "clv DESC NULLS LAST, customer_id",
        ["revenue"] = "revenue DESC, customer_id",
        ["risk"] = "churn_risk DESC NULLS LAST, customer_id",
        ["recent"] = "last_order_at DESC NULLS LAST, customer_id",
        ["name"] = "name NULLS LAST, customer_id",
    };

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Segment is not null && !Enum.TryParse<Segment>(Segment, out _)) errors["segment"] = [$"One of {string.Join(", ", Enum.GetNames<Segment>())}."];
        if (Abc is not null && !Enum.TryParse<AbcClass>(Abc, out _)) errors["abc"] = ["A, B or C."];
        if (Stage is not null && !Enum.TryParse<LifecycleStage>(Stage, out _)) errors["stage"] = [$"One of {string.Join(", ", Enum.GetNames<LifecycleStage>())}."];
        if (!Sorts.ContainsKey(Sort)) errors["sort"] = [$"One of {string.Join(", ", Sorts.Keys)}."];
        if (Limit is < 1 or > MaxLimit) errors["limit"] = [$"Between 1 and {MaxLimit}."];
        if (Offset is < 0 or > 1_000_000) errors["offset"] = ["Between 0 and 1,000,000."];
        if (Search is { Length: > 100 }) errors["search"] = ["At most 100 characters."];
        return errors;
    }
}
