namespace Saas.Domain.Analysis;

/// <summary>What the analyses need of a customer's feedback and returns.</summary>
public sealed record FeedbackSummary(double? AverageRating, int Complaints, int Returns)
{
    public static FeedbackSummary None { get; } = new(null, 0, 0);
}
