namespace Saas.Server.Features.Connectors;

/// <summary>An order as shops post it. Any other field is refused by name (400), so a typo never loses data silently.</summary>
public sealed record OrderInput(
    string? Id,
    CustomerInput? Customer,
    DateTimeOffset? PlacedAt,
    decimal? Total,
    string? Currency,
    IReadOnlyList<OrderLineInput>? Lines = null,
    string? Channel = null,
    string? Region = null,
    DateTimeOffset? UpdatedAt = null);

public sealed record CustomerInput(
    string? Id,
    string? Email = null,
    string? Name = null,
    string? Phone = null,
    string? Gender = null,
    int? BirthYear = null,
    string? City = null,
    string? Occupation = null,
    string? IncomeBand = null);

public sealed record OrderLineInput(
    string? Sku, string? Category = null, int? Quantity = null, decimal? Price = null, decimal? Discount = null, decimal? UnitCost = null);

/// <summary>The answer to an accepted submission: everything in it is durably stored.</summary>
public sealed record IngestionResult(int Accepted, IReadOnlyList<string> Duplicates);
