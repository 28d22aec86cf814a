namespace Saas.Domain.Rfm;

/// <summary>The standard named RFM segments; <see cref="Prospect"/> is a customer with no order yet.</summary>
public enum Segment
{
    Prospect,
    New,
    Promising,
    PotentialLoyalist,
    Champions,
    Loyal,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CannotLoseThem,
    Hibernating,
    Lost,
}
