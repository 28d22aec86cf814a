using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Saas.Grains.Core;
using Saas.Grains.Outbox;
using Saas.Server.Features.Live;

namespace Saas.Server.Features.Imports;

/// <summary>Pushes each import's progress to its tenant's connections on this node.</summary>
public sealed class ImportProgressFanOut(IHubContext<LiveHub> hub, GrainJson json) : IOutboxSubscriber
{
    public const string Method = "importProgress";

    public async Task DeliverAsync(IReadOnlyList<OutboxEnvelope> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages.Where(m => m.Kind == ImportProgressReporter.Kind))
        {
            var progress = JsonSerializer.Deserialize<ImportProgress>(message.PayloadJson, json.Options)!;
            await hub.Clients.Group(LiveHub.TenantGroup(ImportProgressReporter.TenantOf(message.Scope))).SendAsync(Method, progress, cancellationToken);
        }
    }
}
