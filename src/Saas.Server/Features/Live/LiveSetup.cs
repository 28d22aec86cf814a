using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Saas.Grains.Hosting;

namespace Saas.Server.Features.Live;

public static class LiveSetup
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOutboxSubscriber<LiveFanOut>();
        return services;
    }

    /// <summary>WebSockets only, so clients skip negotiation and no sticky sessions are needed.</summary>
    public static void MapLive(this IEndpointRouteBuilder app) =>
        app.MapHub<LiveHub>(LiveHub.Path, o => o.Transports = HttpTransportType.WebSockets);
}
