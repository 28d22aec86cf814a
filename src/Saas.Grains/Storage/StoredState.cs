using Saas.Grains.Core;

namespace Saas.Grains.Storage;

internal sealed record StoredState(string Json, long Version, EventPosition Applied);
