namespace Saas.Server.Features.Connectors;

/// <summary>An order as shops post it. Fields beyond these are accepted and ignored.</summary>
public sealed record OrderInput(
    string? Id,
    CustomerInput? Customer,
    DateTimeOffset? PlacedAt,
    decimal? Total,
    string? Currency,
    IReadOnlyList<OrderLineInput>? Lines,
    string? Channel,
    string? Region);

public sealed record CustomerInput(string? Id, string? Email, string? Name, string? Phone);

public sealed record OrderLineInput(string? Sku, string? Category, int? Quantity, decimal? Price, decimal? Discount);

/// <summary>The answer to an accepted submission: everything in it is durably stored.</summary>
public sealed record IngestionResult(int Accepted, IReadOnlyList<string> Duplicates);
