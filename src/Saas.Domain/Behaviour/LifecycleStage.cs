namespace Saas.Domain.Behaviour;

/// <summary>Where a customer stands in its relationship with the shop; the rules are on <see cref="Lifecycle"/>.</summary>
public enum LifecycleStage
{
    New,
    Active,
    AtRisk,
    Lapsed,
    Reactivated,
    Churned,
}
