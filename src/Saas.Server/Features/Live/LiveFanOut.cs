using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Saas.Grains.Core;
using Saas.Grains.Outbox;
using Saas.Server.Features.CustomSegments;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Segments;

namespace Saas.Server.Features.Live;

/// <summary>
/// Pushes each committed change to the tenant's connections on this node; a churn alert also goes to its
/// customer's account manager personally.
/// </summary>
public sealed class LiveFanOut(IHubContext<LiveHub> hub, GrainJson json) : IOutboxSubscriber
{
    public const string SegmentChangedMethod = "segmentChanged";
    public const string SegmentCountsMethod = "segmentCounts";
    public const string ChurnAlertMethod = "churnAlert";
    public const string AssignedChurnAlertMethod = "assignedChurnAlert";

    public async Task DeliverAsync(IReadOnlyList<OutboxEnvelope> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            var group = hub.Clients.Group(LiveHub.TenantGroup(message.Scope));
            switch (message.Kind)
            {
                case CustomerEvents.SegmentChanged:
                    var move = JsonSerializer.Deserialize<SegmentMove>(message.PayloadJson, json.Options)!;
                    await group.SendAsync(SegmentChangedMethod, SegmentEndpoints.ToChange(move, message.Sequence), cancellationToken);
                    break;
                case CustomerEvents.SegmentCounts:
                    var counts = JsonSerializer.Deserialize<List<SegmentCount>>(message.PayloadJson, json.Options)!;
                    await group.SendAsync(SegmentCountsMethod, new SegmentCounts(message.Sequence, counts), cancellationToken);
                    break;
                case CustomerEvents.ChurnAlertRaised:
                    var alert = JsonSerializer.Deserialize<ChurnAlertMessage>(message.PayloadJson, json.Options)! with { Sequence = message.Sequence };
                    await group.SendAsync(ChurnAlertMethod, alert, cancellationToken);
                    if (alert.AccountManagerId is { } manager)
                    {
                        await hub.Clients.Group(LiveHub.UserGroup(manager)).SendAsync(AssignedChurnAlertMethod, alert, cancellationToken);
                    }
                    break;
                case CustomSegmentChange.Kind:
                    var change = JsonSerializer.Deserialize<CustomSegmentChange>(message.PayloadJson, json.Options)! with { Sequence = message.Sequence };
                    await group.SendAsync(CustomSegmentChange.Kind, change, cancellationToken);
                    break;
            }
        }
    }
}
