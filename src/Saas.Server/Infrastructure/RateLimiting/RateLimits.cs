using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Saas.Server.Features.Identity;

namespace Saas.Server.Infrastructure.RateLimiting;

/// <summary>Requests a minute, on each node.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Order ingestion, per API key.</summary>
    public int RequestsPerKeyPerMinute { get; set; } = 600;

    /// <summary>Sign-in, sign-up, password reset and invitation calls, per client address.</summary>
    public int AuthRequestsPerAddressPerMinute { get; set; } = 20;

    /// <summary>Webhook deliveries, per shop connection (the connection id in the URL): a busy shop cannot crowd out the others.</summary>
    public int WebhooksPerConnectionPerMinute { get; set; } = 1200;

    /// <summary>Signed-in API calls, per tenant: one busy tenant cannot crowd out the others.</summary>
    public int RequestsPerTenantPerMinute { get; set; } = 1200;
}

/// <summary>
/// Fixed windows per API key, per client address and per tenant. A request over a limit gets a 429 problem
/// with Retry-After, and nothing is done.
/// </summary>
public static class RateLimits
{
    public const string Ingestion = "ingestion";
    public const string Auth = "auth";
    public const string Tenant = "tenant";
    public const string Webhook = "webhook";

    public static IServiceCollection AddSaasRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var explanations = new Dictionary<string, string>
        {
            [Ingestion] = $"This API key may send {limits.RequestsPerKeyPerMinute} requests a minute; nothing was stored. Batch orders (up to 10,000 a request) or retry after the Retry-After seconds.",
            [Auth] = $"At most {limits.AuthRequestsPerAddressPerMinute} sign-in and account requests a minute come from one address; retry after the Retry-After seconds.",
            [Webhook] = $"This shop connection may receive {limits.WebhooksPerConnectionPerMinute} webhooks a minute; nothing was stored. The shop retries later.",
            [Tenant] = $"Your company's account may make {limits.RequestsPerTenantPerMinute} requests a minute; retry after the Retry-After seconds.",
        };
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Ingestion, http => PerMinute(http.User.FindFirst(SaasClaims.ApiKeyId)?.Value, limits.RequestsPerKeyPerMinute));
            options.AddPolicy(Auth, http => PerMinute(http.Connection.RemoteIpAddress?.ToString(), limits.AuthRequestsPerAddressPerMinute));
            options.AddPolicy(Webhook, http => PerMinute(http.GetRouteValue("connectionId")?.ToString(), limits.WebhooksPerConnectionPerMinute));
            options.AddPolicy(Tenant, http => PerMinute(SaasClaims.TenantOf(http.User), limits.RequestsPerTenantPerMinute));
            options.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = policy is not null && explanations.TryGetValue(policy, out var detail) ? detail : null,
                    },
                });
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerMinute(string? partition, int limit) =>
        RateLimitPartition.GetFixedWindowLimiter(partition ?? "unknown", _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1) });
}
