namespace Saas.Server.Features.Shops;

/// <summary>A delivery whose signature checked out, from an active tenant's connection.</summary>
public sealed record WebhookDelivery(string TenantId, string ConnectionId, string Platform, string Topic, string Id, byte[] Body)
{
    /// <summary>The shop's own id made unique in the tenant: two shops may both have a customer or order 42.</summary>
    public string ScopedId(object shopId) => $"{Platform}-{ConnectionId}-{shopId}";
}

public static class WebhookOutcome
{
    public const string Applied = "applied";
    public const string Duplicate = "duplicate";
    public const string Ignored = "ignored";

    public static string Of(bool appended) => appended ? Applied : Duplicate;

    /// <param name="outcome">Null for a topic the product does not use.</param>
    public static WebhookReceipt Receipt(string topic, string? outcome) => outcome switch
    {
        null => new WebhookReceipt(topic, Ignored, "The product does not use this topic; it was not stored."),
        Ignored => new WebhookReceipt(topic, Ignored, "The order is unknown here (placed before the shop was connected, or without a customer)."),
        _ => new WebhookReceipt(topic, outcome),
    };
}
