using Microsoft.Extensions.DependencyInjection;

namespace Saas.Grains.Core;

/// <summary>Binds a grain interface to its implementation under a type name used in keys and storage.</summary>
public sealed record GrainTypeRegistration(string Name, Type Interface, Type Implementation);

internal sealed class GrainRegistry
{
    private readonly Dictionary<Type, GrainTypeRegistration> _byInterface;
    private readonly Dictionary<string, ObjectFactory> _factoriesByName;

    public GrainRegistry(IEnumerable<GrainTypeRegistration> registrations)
    {
        var all = registrations.ToArray();
        _byInterface = all.ToDictionary(r => r.Interface);
        // Built once per type: matching the constructor on every activation cost more than the rest of activating.
        _factoriesByName = all.ToDictionary(r => r.Name, r => ActivatorUtilities.CreateFactory(r.Implementation, Type.EmptyTypes), StringComparer.Ordinal);
    }

    public GrainTypeRegistration ForInterface(Type grainInterface) =>
        _byInterface.GetValueOrDefault(grainInterface)
        ?? throw new InvalidOperationException($"No grain is registered for {grainInterface.Name}; call AddGrain for it.");

    /// <summary>Creates a grain of the type registered under <paramref name="name"/>, its dependencies from <paramref name="services"/>.</summary>
    public Grain Create(string name, IServiceProvider services) =>
        (Grain)(_factoriesByName.GetValueOrDefault(name)
                ?? throw new InvalidOperationException($"No grain type is registered under the name '{name}'."))(services, null);
}
