using System.Text.Json;

namespace Saas.Server.Infrastructure;

/// <summary>
/// A body that does not bind (malformed JSON, an unknown field, a wrong type) is the caller's mistake: a 400
/// problem naming the field, never a 500.
/// </summary>
public static class BadRequests
{
    public static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    public static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is not BadHttpRequestException bad) return;
        context.ProblemDetails.Title = "The request is not valid";
        context.ProblemDetails.Detail = bad.InnerException is JsonException json && JsonErrors.FieldOf(json) is { } field
            ? $"The field '{field}' is unknown or not valid: {JsonErrors.ReasonOf(json)}. Nothing was changed."
            : "The body is not valid JSON for this request. Nothing was changed.";
    }
}
