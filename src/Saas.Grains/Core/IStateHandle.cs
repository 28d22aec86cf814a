using Saas.Grains.Storage;

namespace Saas.Grains.Core;

/// <summary>The runtime's untyped view of a grain's persistent state, for checkpoints.</summary>
internal interface IStateHandle
{
    long Version { get; set; }

    EventPosition Applied { get; set; }

    object Current { get; }

    byte[] Serialize();

    void Load(StoredState? stored);

    /// <summary>Empty state at the stored version, for a rebuild from the event log.</summary>
    void Reset();
}
