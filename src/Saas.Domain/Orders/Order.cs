namespace Saas.Domain.Orders;

/// <summary>
/// An order as a shop reports it; amounts are in the order's currency. <see cref="UpdatedAt"/>, when the shop
/// gives it, is when the shop last changed the order: a report older than the one applied changes nothing.
/// </summary>
public sealed record Order(
    string Id,
    CustomerBasics Customer,
    DateTimeOffset PlacedAt,
    decimal Total,
    string Currency,
    IReadOnlyList<OrderLine> Lines,
    string? Channel = null,
    string? Region = null,
    DateTimeOffset? UpdatedAt = null);

/// <summary>One line; <see cref="UnitCost"/> (cost of goods per unit), when the shop sends it, makes profit per customer exact.</summary>
public sealed record OrderLine(string Sku, string? Category, int Quantity, decimal Price, decimal Discount = 0m, decimal? UnitCost = null);

/// <summary>Who bought, as far as the shop knows; demographics are optional and the payer is not always the user.</summary>
public sealed record CustomerBasics(
    string Id,
    string? Email = null,
    string? Name = null,
    string? Phone = null,
    string? Gender = null,
    int? BirthYear = null,
    string? City = null,
    string? Occupation = null,
    string? IncomeBand = null);
