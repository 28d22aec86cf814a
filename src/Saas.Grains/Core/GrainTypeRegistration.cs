namespace Saas.Grains.Core;

/// <summary>Binds a grain interface to its implementation under a type name used in keys and storage.</summary>
public sealed record GrainTypeRegistration(string Name, Type Interface, Type Implementation);

internal sealed class GrainRegistry
{
    private readonly Dictionary<Type, GrainTypeRegistration> _byInterface;
    private readonly Dictionary<string, GrainTypeRegistration> _byName;

    public GrainRegistry(IEnumerable<GrainTypeRegistration> registrations)
    {
        var all = registrations.ToArray();
        _byInterface = all.ToDictionary(r => r.Interface);
        _byName = all.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    public GrainTypeRegistration ForInterface(Type grainInterface) =>
        _byInterface.GetValueOrDefault(grainInterface)
        ?? throw new InvalidOperationException($"No grain is registered for {grainInterface.Name}; call AddGrain for it.");

    public GrainTypeRegistration ForName(string name) =>
        _byName.GetValueOrDefault(name)
        ?? throw new InvalidOperationException($"No grain type is registered under the name '{name}'.");
}
