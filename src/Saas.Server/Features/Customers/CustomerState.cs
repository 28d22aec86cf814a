using System.Text.Json.Serialization;
using Saas.Domain.Analysis;
using Saas.Domain.Customers;
using Saas.Domain.Feedback;
using Saas.Domain.Orders;
using Saas.Server.Features.CustomSegments;

namespace Saas.Server.Features.Customers;

/// <summary>A customer's live profile, as its grain keeps it.</summary>
public sealed class CustomerState
{
    public CustomerBasics? Basics { get; set; }

    public PurchaseHistory History { get; set; } = PurchaseHistory.None;

    public string? Currency { get; set; }

    public string? LastChannel { get; set; }

    public string? LastRegion { get; set; }

    /// <summary>Ratings, complaints, inquiries and contacts, as the shop reported them.</summary>
    public CustomerFeedback Feedback { get; set; } = CustomerFeedback.None;

    /// <summary>
    /// What the grain last concluded; the customers projection publishes it and detects changes. Not stored: every turn
    /// of the grain analyzes again before anything reads it, and it was two fifths of a stored state.
    /// </summary>
    [JsonIgnore]
    public CustomerAnalysis Analysis { get; set; } = CustomerAnalysis.None;

    /// <summary>The tenant's custom segments the customer is in; the custom segments projection publishes the changes.</summary>
    public CustomSegmentMembership CustomSegments { get; set; } = CustomSegmentMembership.None;

    /// <summary>Why the last analysis ran: an event, or time passing (a reminder).</summary>
    public string AnalyzedBecause { get; set; } = SegmentMoveCause.Event;
}
