namespace Saas.Domain.Loyalty;

public static class LoyaltyPartNames
{
    public const string Tenure = "tenure";
    public const string Frequency = "frequency";
    public const string Regularity = "regularity";
    public const string Recency = "recency";
    public const string Satisfaction = "satisfaction";
    public const string ComplaintsAndReturns = "complaints and returns";
    public const string ProbabilityAlive = "P(alive)";
}
