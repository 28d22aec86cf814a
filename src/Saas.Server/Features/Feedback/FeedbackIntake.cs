using System.Text.Json;
using Saas.Domain.Feedback;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Customers;

namespace Saas.Server.Features.Feedback;

/// <summary>Appends feedback to its customers' event logs; when this returns it is durable and will reach their grains.</summary>
public sealed class FeedbackIntake(EventLog log, GrainJson json)
{
    public async Task<IngestionResult> SubmitAsync(string tenantId, IReadOnlyList<FeedbackEvent> feedback, CancellationToken ct)
    {
        var appended = await log.AppendAsync([.. feedback.Select(f => ToEvent(tenantId, f))], ct);
        var duplicates = feedback.Where((_, i) => !appended[i]).Select(f => f.Id).ToArray();
        return new IngestionResult(feedback.Count - duplicates.Length, duplicates);
    }

    private NewEvent ToEvent(string tenantId, FeedbackEvent feedback) => new(
        new GrainId(CustomerGrain.TypeName, CustomerEvents.CustomerKey(tenantId, feedback.CustomerId)),
        FeedbackEvents.SourceIdOf(feedback),
        FeedbackEvents.Received,
        JsonSerializer.Serialize(feedback, json.Options));
}
