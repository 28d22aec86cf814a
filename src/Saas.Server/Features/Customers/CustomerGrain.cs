using Saas.Domain.Analysis;
using Saas.Domain.Customers;
using Saas.Domain.Feedback;
using Saas.Domain.Orders;
using Saas.Grains.Core;
using Saas.Server.Features.CustomSegments;
using Saas.Server.Features.Feedback;
using Saas.Server.Features.Tenants;

namespace Saas.Server.Features.Customers;

/// <summary>
/// Applies the customer's events and, after each and whenever time alone would change something, analyses its
/// customer against the tenant's model: scores, segment, value, churn risk, loyalty (with the customer's ratings and
/// complaints), behaviour. The customers
/// projection publishes the result and turns each committed change of segment into a move, and each risky
/// change into an alert. It also evaluates the tenant's custom segments, whose projection publishes the joins and leaves.
/// </summary>
public sealed class CustomerGrain(TenantModelCache models, CustomSegmentCache customSegments, GrainJson json) : Grain<CustomerState>, ICustomerGrain, IEventSourcedGrain, IRemindable
{
    public const string TypeName = "customer";
    public const string ReviewReminder = "review";
    private string? _customerId;

    public async Task<CustomerState> GetStateAsync()
    {
        await AnalyzeAsync(SegmentMoveCause.Time);
        return State;
    }

    public async Task ApplyAsync(GrainEvent grainEvent)
    {
        switch (grainEvent.Kind)
        {
            case CustomerEvents.OrderPlaced:
                ApplyOrder(grainEvent.Payload<Order>(json.Options), isAmendment: false);
                break;
            case CustomerEvents.OrderUpdated:
                ApplyOrder(grainEvent.Payload<Order>(json.Options), isAmendment: true);
                break;
            case CustomerEvents.OrderCancelled:
                var cancellation = grainEvent.Payload<OrderCancellation>(json.Options);
                ChangeOrder(cancellation.OrderId, history => history.Cancel(cancellation.OrderId));
                break;
            case CustomerEvents.OrderRefunded:
                var refund = grainEvent.Payload<OrderRefund>(json.Options);
                ChangeOrder(refund.OrderId, history => history.Refund(refund.OrderId, refund.Amount));
                break;
            case CustomerEvents.CustomerProfile:
                State.Basics = Merge(State.Basics, grainEvent.Payload<CustomerBasics>(json.Options));
                break;
            case CustomerEvents.OrdersImported:
                foreach (var order in grainEvent.Payload<Order[]>(json.Options)) ApplyOrder(order, isAmendment: false);
                break;
            case CustomerEvents.CustomerImported:
                var imported = grainEvent.Payload<ImportedCustomer>(json.Options);
                State.Basics = Merge(State.Basics, imported.Basics);
                State.LastRegion = imported.Region ?? State.LastRegion;
                break;
            case FeedbackEvents.Received:
                ApplyFeedback(grainEvent.Payload<FeedbackEvent>(json.Options));
                break;
            default:
                throw new InvalidOperationException($"Unknown event kind '{grainEvent.Kind}'.");
        }
        await AnalyzeAsync(SegmentMoveCause.Event);
    }

    public async Task ReceiveReminderAsync(string reminderName)
    {
        await AnalyzeAsync(SegmentMoveCause.Time);
        await WriteStateAsync();
    }

    /// <summary>The customer this grain is; orders and feedback may name another id of it (docs/IDENTITIES.md).</summary>
    private string CustomerId => _customerId ??= CustomerEvents.CustomerIdOf(GrainId.Key);

    /// <summary>
    /// An order's first report is an <see cref="OrderApplied"/> fact for the analyses; an amendment changes its profit
    /// figures. A placement that arrives after an amendment of the same order (webhooks overtake each other) is older
    /// than what is known and changes nothing.
    /// </summary>
    private void ApplyOrder(Order order, bool isAmendment)
    {
        if (State.History.OrdersById.ContainsKey(order.Id))
        {
            if (isAmendment) ChangeOrder(order.Id, history => history.Add(order));
        }
        else
        {
            var before = State.History;
            State.History = before.Add(order);
            Record(CustomerEvents.OrderAppliedFact, OrderFacts.Of(order, before, State.History.OrdersById[order.Id]) with { CustomerId = CustomerId });
        }
        State.Basics = Merge(State.Basics, order.Customer);
        State.Currency = order.Currency;
        State.LastChannel = order.Channel ?? State.LastChannel;
        State.LastRegion = order.Region ?? State.LastRegion;
    }

    /// <summary>Changes a known order and records what that does to the customer's profit figures.</summary>
    private void ChangeOrder(string orderId, Func<PurchaseHistory, PurchaseHistory> change)
    {
        var before = State.History.OrdersById.GetValueOrDefault(orderId);
        State.History = change(State.History);
        if (before is not null && State.History.OrdersById[orderId] is var after && after != before)
        {
            Record(CustomerEvents.OrderProfitChangedFact, OrderProfitChanged.Between(CustomerId, before, after));
        }
    }

    private void ApplyFeedback(FeedbackEvent feedback)
    {
        State.Feedback = State.Feedback.Apply(feedback);
        Record(FeedbackEvents.AppliedFact, new FeedbackApplied(CustomerId, feedback with { CustomerId = CustomerId }, State.LastRegion));
    }

    private async Task AnalyzeAsync(string cause)
    {
        var model = await models.GetAsync(GrainId.Scope);
        var now = Time.GetUtcNow();
        var feedback = new FeedbackSummary(State.Feedback.AverageRating, State.Feedback.Complaints, State.History.Returns);
        State.Analysis = CustomerAnalyzer.Analyze(State.History, State.Basics, feedback, model, now);
        var custom = (await customSegments.GetAsync(GrainId.Scope)).Evaluate(new CustomerRuleSubject(State, now), now);
        State.CustomSegments = custom.Membership;
        State.Analysis = State.Analysis with { NextReviewAt = custom.ReviewAt(State.Analysis.NextReviewAt) };
        State.AnalyzedBecause = cause;
        SetReminderAtCheckpoint(ReviewReminder, State.Analysis.NextReviewAt);
    }

    /// <summary>
    /// Later reports fill in what earlier ones left out; they never blank a known value. A report may name the customer
    /// by another of its ids: the details are this grain's customer's.
    /// </summary>
    private CustomerBasics Merge(CustomerBasics? known, CustomerBasics reported) => known is null
        ? reported.Id == CustomerId ? reported : reported with { Id = CustomerId }
        : new CustomerBasics(
            CustomerId,
            reported.Email ?? known.Email,
            reported.Name ?? known.Name,
            reported.Phone ?? known.Phone,
            reported.Gender ?? known.Gender,
            reported.BirthYear ?? known.BirthYear,
            reported.City ?? known.City,
            reported.Occupation ?? known.Occupation,
            reported.IncomeBand ?? known.IncomeBand);
}
