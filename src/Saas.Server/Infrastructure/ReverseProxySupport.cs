using Microsoft.AspNetCore.HttpOverrides;

namespace Saas.Server.Infrastructure;

/// <summary>
/// Behind a load balancer or TLS proxy, the client's address and scheme come from X-Forwarded-For and
/// X-Forwarded-Proto, believed only from the proxies listed in ReverseProxy:KnownNetworks (CIDR; loopback
/// always). Rate limits per address and audit addresses depend on it.
/// </summary>
public static class ReverseProxySupport
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }
}
