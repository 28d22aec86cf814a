using System.Text.Json.Serialization;
using Saas.Grains.Hosting;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Alerts;
using Saas.Server.Features.Analyses;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.CustomSegments;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Demo;
using Saas.Server.Features.Feedback;
using Saas.Server.Features.Identities;
using Saas.Server.Features.Identity;
using Saas.Server.Features.Imports;
using Saas.Server.Features.Live;
using Saas.Server.Features.Members;
using Saas.Server.Features.Privacy;
using Saas.Server.Features.Segments;
using Saas.Server.Features.Shops;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure.Mail;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Infrastructure;

/// <summary>Wires the features together: Program.cs calls these two and nothing else.</summary>
public static class ServerSetup
{
    public static WebApplicationBuilder AddSaas(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails(o => o.CustomizeProblemDetails = BadRequests.Describe);
        // In every environment a body that does not bind is a BadHttpRequestException, which BadRequests describes.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddReverseProxySupport(builder.Configuration);
        services.AddSaasRateLimits(builder.Configuration);
        services.AddMail(builder.Configuration);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A misspelt or foreign field (say, another tenant's id) is refused by name, not silently dropped.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.AddPostgres(builder.Configuration);
        services.AddGrains(o => builder.Configuration.GetSection("Grains").Bind(o));
        services.AddSaasIdentity();
        services.AddTenants();
        services.AddCustomers();
        services.AddCustomSegments();
        services.AddConnectors();
        services.AddShops(builder.Configuration);
        services.AddFeedback();
        services.AddImports(builder.Configuration);
        services.AddAnalyses();
        services.AddIdentities();
        services.AddPrivacy();
        services.AddLive();
        services.AddMembers();
        services.AddAdmin(builder.Configuration);
        services.AddDemo(builder.Configuration);
        return builder;
    }

    public static WebApplication UseSaas(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = BadRequests.StatusOf });
        app.UseStatusCodePages();
        app.UseWebSockets();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseCookiePolicy();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapHealthChecks("/healthz");
        var api = app.MapGroup("/api/v1");
        api.MapAuth();
        api.MapConnectors();
        api.MapShops();
        api.MapFeedback();
        api.MapImports();
        api.MapAnalyses();
        api.MapSegments();
        api.MapCustomSegments();
        api.MapCustomers();
        api.MapIdentities();
        api.MapPrivacy();
        api.MapAlerts();
        api.MapAnalysisSettings();
        api.MapMembersAndInvitations();
        api.MapAdmin();
        app.MapLive();
        app.MapShopWebhooks();
        // The SPA owns every other path; unknown API paths stay 404 problems.
        app.MapFallbackToFile("{*path:nonfile:regex(^(?!api/|hubs/|openapi/|webhooks/).*$)}", "index.html");
        return app;
    }
}
