using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Saas.Server.Features.Identity;

namespace Saas.Server.Features.Connectors;

/// <summary>How many ingestion requests one API key may make per minute, on each node.</summary>
public sealed class IngestionLimitOptions
{
    public const string Section = "RateLimits";

    public int RequestsPerKeyPerMinute { get; set; } = 600;
}

/// <summary>
/// A fixed window per API key on <c>POST /api/v1/orders</c>: one shop cannot crowd out the others. A request
/// over the limit gets a 429 problem with Retry-After and nothing is stored.
/// </summary>
public static class IngestionRateLimit
{
    public const string Policy = "ingestion";

    public static IServiceCollection AddIngestionRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(IngestionLimitOptions.Section).Get<IngestionLimitOptions>() ?? new IngestionLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirst(SaasClaims.ApiKeyId)?.Value ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.RequestsPerKeyPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This API key may send {limits.RequestsPerKeyPerMinute} requests a minute; nothing was stored. Batch orders (up to 10,000 a request) or retry after the Retry-After seconds.",
                    },
                });
            };
        });
        return services;
    }
}
