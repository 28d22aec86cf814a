namespace Saas.Server.Features.Feedback;

/// <summary>Per product or region, its most and least satisfied customers (by their average rating there).</summary>
public sealed record SatisfactionReport(string By, IReadOnlyList<SatisfactionGroup> Groups);

/// <summary>
/// One product or region: its rated customers, the top and bottom fifth of them (at least one each), and the
/// traits whose shares differ most between the two.
/// </summary>
public sealed record SatisfactionGroup(
    string Key, int Customers, double AverageRating, SatisfactionSide MostSatisfied, SatisfactionSide LeastSatisfied, IReadOnlyList<TraitContrast> Contrasts);

/// <summary>What the customers of one side have in common: averages per customer and the shares of their traits.</summary>
public sealed record SatisfactionSide(
    int Customers, double AverageRating, double ComplaintsPerCustomer, double ContactsPerCustomer, double OrdersPerCustomer,
    decimal RevenuePerCustomer, IReadOnlyList<TraitShare> Traits);

/// <param name="Trait">region, channel, gender, ageBand (the customer's) or product (one they rated).</param>
public sealed record TraitShare(string Trait, string Value, int Customers, double Share);

public sealed record TraitContrast(string Trait, string Value, double MostSatisfiedShare, double LeastSatisfiedShare);

/// <summary>Complaints opened in [from, to): counts, open ones and times to resolve, in total and by each dimension.</summary>
public sealed record ComplaintReport(
    DateTimeOffset? From, DateTimeOffset? To, ComplaintCount Total, IReadOnlyList<ComplaintCount> ByType, IReadOnlyList<ComplaintCount> ByProduct,
    IReadOnlyList<ComplaintCount> ByRegion, IReadOnlyList<ComplaintCount> ByRep, IReadOnlyList<ComplaintCount> Monthly);

/// <param name="Value">The type, product, region, rep or month (yyyy-MM, UTC); null where complaints did not say.</param>
public sealed record ComplaintCount(string? Value, int Complaints, int Open, double? AverageResolutionHours, double? MedianResolutionHours);

/// <summary>
/// Customers contacted at least <see cref="Threshold"/> times in the last <see cref="Days"/> days, most contacted
/// first (<see cref="Total"/> in all), and how many customers were contacted how often in that window.
/// </summary>
public sealed record OverContactedReport(
    int Days, int Threshold, int Total, IReadOnlyList<ContactedCustomer> Customers, IReadOnlyList<ContactFrequency> Distribution);

public sealed record ContactedCustomer(string CustomerId, string? Name, int Contacts, DateTimeOffset LastContactAt, IReadOnlyList<ChannelCount> ByChannel);

public sealed record ChannelCount(string Channel, int Contacts);

/// <summary>How many customers were contacted exactly <see cref="Contacts"/> times (at least once) in the window.</summary>
public sealed record ContactFrequency(int Contacts, int Customers);
