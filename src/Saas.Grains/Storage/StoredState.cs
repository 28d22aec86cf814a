using Saas.Grains.Core;

namespace Saas.Grains.Storage;

/// <summary>A stored state as it was written: its JSON in UTF-8, never turned into a string on the way.</summary>
internal sealed record StoredState(byte[] Utf8Json, long Version, EventPosition Applied);
