using Saas.Grains.Hosting;

namespace Saas.Server.Features.Feedback;

public static class FeedbackSetup
{
    public static IServiceCollection AddFeedback(this IServiceCollection services) => services
        .AddSingleton<FeedbackJson>()
        .AddSingleton<FeedbackValidator>()
        .AddSingleton<FeedbackIntake>()
        .AddCheckpointParticipant<FeedbackProjection>();

    public static RouteGroupBuilder MapFeedback(this RouteGroupBuilder api) => api.MapFeedbackSubmission().MapAttentionAnalyses();
}
