namespace Saas.Grains.Core;

/// <summary>A grain's stored state with optimistic concurrency, as in Orleans.</summary>
public interface IPersistentState<TState> where TState : class, new()
{
    TState State { get; set; }

    /// <summary>The version of the stored record this state was read from or last written as; null if none.</summary>
    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync();

    Task WriteStateAsync();

    Task ClearStateAsync();
}
