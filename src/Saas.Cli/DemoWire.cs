using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Saas.Domain.Feedback;
using Saas.Domain.Orders;

namespace Saas.Cli;

/// <summary>The simulated shop's orders and feedback as the server's API takes them (/openapi/v1.json).</summary>
internal static class DemoWire
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>An order's wire fields have the domain's names.</summary>
    public static JsonNode Order(Order order) => JsonSerializer.SerializeToNode(order, Json)!;

    /// <summary>
    /// Feedback on the wire names its kind in "type" (first, as the server reads it), and a complaint's own type is
    /// its "category".
    /// </summary>
    public static JsonNode Feedback(FeedbackEvent feedback)
    {
        var wire = new JsonObject
        {
            ["type"] = FeedbackKinds.Of(feedback),
            ["id"] = feedback.Id,
            ["customerId"] = feedback.CustomerId,
            ["occurredAt"] = feedback.OccurredAt,
        };
        (string Name, JsonNode? Value)[] details = feedback switch
        {
            Rating r => [("score", r.Score), ("nps", r.Nps), ("product", r.Product), ("comment", r.Comment)],
            Complaint c => [("category", c.Type), ("product", c.Product), ("region", c.Region), ("rep", c.Rep), ("resolvedAt", c.ResolvedAt)],
            Inquiry i => [("topic", i.Topic), ("product", i.Product)],
            Contact c => [("channel", c.Channel), ("by", c.By)],
            _ => throw new ArgumentOutOfRangeException(nameof(feedback), feedback.GetType().Name, "Not a kind of feedback."),
        };
        foreach (var (name, value) in details) wire[name] = value;
        return wire;
    }
}
