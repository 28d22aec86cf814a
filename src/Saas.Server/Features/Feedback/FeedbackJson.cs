using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Saas.Server.Features.Feedback;

/// <summary>The API's JSON settings, except that a feedback item's <c>"type"</c> may stand anywhere in it, not only first.</summary>
public sealed class FeedbackJson(IOptions<JsonOptions> api)
{
    public JsonSerializerOptions Options { get; } = new(api.Value.SerializerOptions) { AllowOutOfOrderMetadataProperties = true };
}
