using Saas.Domain.Feedback;
using Saas.Domain.Orders;

namespace Saas.Domain.Simulation;

/// <summary>Something a simulated shop reports, at the moment it happens.</summary>
public abstract record SimulatedEvent(DateTimeOffset At);

/// <param name="CustomerNumber">The simulated customer's number (its id is <c>c-{number}</c>).</param>
public sealed record SimulatedOrder(Order Order, int CustomerNumber) : SimulatedEvent(Order.PlacedAt);

/// <summary>Goods sent back and refunded: <paramref name="Amount"/> of the order's total.</summary>
public sealed record SimulatedReturn(string OrderId, string CustomerId, decimal Amount, string Reason, DateTimeOffset At) : SimulatedEvent(At);

public sealed record SimulatedFeedback(FeedbackEvent Feedback) : SimulatedEvent(Feedback.OccurredAt);
