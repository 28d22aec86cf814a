namespace Saas.Server.Features.Privacy;

/// <summary>Why the customer is erased (kept in the audit log).</summary>
public sealed record ErasureRequest(string? Reason)
{
    public const int MaxReasonLength = 500;
}
