using System.Text.Json;
using Saas.Domain.Feedback;
using Saas.Domain.Orders;
using Saas.Grains.Core;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Identities;

namespace Saas.Server.Features.Feedback;

/// <summary>Appends feedback to its customers' event logs; when this returns it is durable and will reach their grains.</summary>
public sealed class FeedbackIntake(CustomerResolution customers, GrainJson json)
{
    public async Task<IngestionResult> SubmitAsync(string tenantId, IReadOnlyList<FeedbackEvent> feedback, CancellationToken ct)
    {
        var appended = await customers.AppendAsync(tenantId, [.. feedback.Select(ToEvent)], ct);
        var duplicates = feedback.Where((_, i) => !appended[i]).Select(f => f.Id).ToArray();
        return new IngestionResult(feedback.Count - duplicates.Length, duplicates);
    }

    private CustomerEvent ToEvent(FeedbackEvent feedback) => new(
        new CustomerBasics(feedback.CustomerId),
        FeedbackEvents.SourceIdOf(feedback),
        FeedbackEvents.Received,
        JsonSerializer.SerializeToUtf8Bytes(feedback, json.Options));
}
