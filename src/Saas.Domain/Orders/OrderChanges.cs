namespace Saas.Domain.Orders;

/// <summary>The shop cancelled an order it reported before: it no longer counts.</summary>
public sealed record OrderCancellation(string OrderId, DateTimeOffset CancelledAt);

/// <summary>The shop refunded part or all of an order it reported before.</summary>
public sealed record OrderRefund(string OrderId, string RefundId, decimal Amount, DateTimeOffset RefundedAt);
