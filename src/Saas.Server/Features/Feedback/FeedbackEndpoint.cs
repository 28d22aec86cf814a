using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Domain.Feedback;
using Saas.Server.Features.Connectors;

namespace Saas.Server.Features.Feedback;

/// <summary><c>POST /api/v1/feedback</c>: one feedback item or a batch, authenticated by the connector's API key.</summary>
public static class FeedbackEndpoint
{
    private static readonly SubmissionNames Names = new("a feedback item", "feedback items");

    public static RouteGroupBuilder MapFeedbackSubmission(this RouteGroupBuilder api)
    {
        api.MapSubmission<FeedbackInput>("/feedback", SubmitAsync)
            .WithName("SubmitFeedback")
            .WithTags("Feedback")
            .WithSummary("Submit customer feedback: ratings, complaints, inquiries and contacts, one or a batch of up to 10,000")
            .WithDescription("The body is one feedback object or an array of them, each with its \"type\": rating, complaint, inquiry or contact. " +
                             "202 means every item is durably stored; items whose id was already received are listed as duplicates. " +
                             "A complaint sent again with the same id and a resolvedAt is resolved.");
        return api;
    }

    private static Task<Results<Accepted<IngestionResult>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpContext http, FeedbackValidator validator, FeedbackIntake intake, FeedbackJson json, CancellationToken ct) =>
        ConnectorSubmission.SubmitAsync<FeedbackInput, FeedbackEvent>(http, json.Options, Names, validator.Validate, intake.SubmitAsync, ct);
}
