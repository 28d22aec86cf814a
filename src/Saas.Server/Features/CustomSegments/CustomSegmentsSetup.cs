using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Saas.Domain.Segments;
using Saas.Grains.Hosting;

namespace Saas.Server.Features.CustomSegments;

public static class CustomSegmentsSetup
{
    public static IServiceCollection AddCustomSegments(this IServiceCollection services)
    {
        services.AddSingleton<CustomSegmentCache>();
        services.AddSingleton<CustomSegmentWriter>();
        services.AddCheckpointParticipant<CustomSegmentProjection>();
        services.Configure<OpenApiOptions>("v1", o => o.AddSchemaTransformer(DescribeRuleValue));
        return services;
    }

    /// <summary>A rule's value is a JSON number or string (its own converter), not the struct's properties.</summary>
    private static Task DescribeRuleValue(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonTypeInfo.Type != typeof(RuleValue)) return Task.CompletedTask;
        schema.Type = null;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.OneOf = [new OpenApiSchema { Type = JsonSchemaType.Number }, new OpenApiSchema { Type = JsonSchemaType.String }];
        return Task.CompletedTask;
    }
}
