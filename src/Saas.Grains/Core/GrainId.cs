namespace Saas.Grains.Core;

/// <summary>A grain's identity: its registered type name and a string key, e.g. ("customer", "tenant/c-42").</summary>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>
    /// The key up to its first '/', the owner of the grain's data (the tenant, for this product). Cut once: a
    /// checkpoint asks each grain for it many times.
    /// </summary>
    public string Scope { get; } = Key.IndexOf('/') is var slash and >= 0 ? Key[..slash] : Key;

    public override string ToString() => $"{Type}/{Key}";
}
