namespace Saas.Domain.Segments;

/// <summary>What a rule reads of one customer, as of the moment it is evaluated.</summary>
public interface IRuleSubject
{
    /// <summary>
    /// The value of a <see cref="SegmentFields"/> field, or null when it is unknown (no comparison matches it).
    /// Day counts that grow with time (<see cref="SegmentField.GrowsDaily"/>) are fractional days, not whole ones.
    /// </summary>
    RuleValue? Field(string name);

    /// <returns>When the customer last bought in the category, or null if never.</returns>
    DateTimeOffset? LastBought(string category);
}
