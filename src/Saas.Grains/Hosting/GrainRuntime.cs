using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Saas.Grains.Checkpoints;
using Saas.Grains.Cluster;
using Saas.Grains.Core;
using Saas.Grains.Reminders;
using Saas.Grains.Storage;

namespace Saas.Grains.Hosting;

/// <summary>This node's grain runtime: the catalog of activations and the services grains use.</summary>
public sealed partial class GrainRuntime : IGrainFactory
{
    private readonly IServiceProvider _services;
    private readonly GrainRegistry _registry;
    private readonly ILogger<GrainRuntime> _logger;
    private readonly SemaphoreSlim _collecting = new(1, 1);

    internal GrainRuntime(
        IServiceProvider services,
        IEnumerable<GrainTypeRegistration> registrations,
        IOptions<GrainsOptions> options,
        PartitionMap partitions,
        PartitionOwnership ownership,
        GrainJson json,
        TimeProvider time,
        GrainStateStore store,
        CheckpointWriter checkpoints,
        ReminderService reminders,
        ILogger<GrainRuntime> logger)
    {
        _services = services;
        _registry = new GrainRegistry(registrations);
        _logger = logger;
        Options = options.Value;
        Partitions = partitions;
        Ownership = ownership;
        Json = json.Options;
        Time = time;
        Store = store;
        Checkpoints = checkpoints;
        Reminders = reminders;
        Catalog = new GrainCatalog(this);
    }

    public GrainsOptions Options { get; }

    public PartitionMap Partitions { get; }

    public int ActivationCount => Catalog.Count;

    internal PartitionOwnership Ownership { get; }

    internal JsonSerializerOptions Json { get; }

    internal TimeProvider Time { get; }

    internal GrainCatalog Catalog { get; }

    internal GrainStateStore Store { get; }

    internal CheckpointWriter Checkpoints { get; }

    internal ReminderService Reminders { get; }

    public TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : class
    {
        var registration = _registry.ForInterface(typeof(TGrainInterface));
        var reference = DispatchProxy.Create<TGrainInterface, GrainReferenceProxy>();
        var proxy = (GrainReferenceProxy)(object)reference;
        proxy.Runtime = this;
        proxy.Id = new GrainId(registration.Name, key);
        return reference;
    }

    /// <summary>Registers a grain's durable reminder from anywhere in the cluster; the owner's sweep fires it.</summary>
    public Task RegisterReminderAsync<TGrainInterface>(string key, string name, DateTimeOffset dueAt, TimeSpan? period = null)
        where TGrainInterface : class
    {
        var id = new GrainId(_registry.ForInterface(typeof(TGrainInterface)).Name, key);
        return Reminders.RegisterAsync(id, Partitions.PartitionOf(id), name, dueAt, period);
    }

    /// <summary>Runs <paramref name="work"/> as one turn of the grain, activating it here if needed.</summary>
    internal async Task<T> InvokeAsync<T>(GrainId id, Func<Grain, Task<T>> work)
    {
        var partition = Partitions.PartitionOf(id);
        while (true)
        {
            if (!Ownership.Owns(partition)) throw new GrainNotLocalException(id, partition);
            var activation = await Catalog.GetOrActivateAsync(id);
            var (ran, result) = await activation.TryRunTurnAsync(work);
            if (ran) return result;
        }
    }

    internal async Task<GrainActivation> ActivateAsync(GrainId id, Func<Task<StoredState?>>? load)
    {
        var grain = _registry.Create(id.Type, _services);
        var context = new GrainContext(id, Partitions.PartitionOf(id), this);
        grain.Attach(context);
        context.State = grain.CreateStateHandle(context);
        context.State?.Load(load is null ? await Store.ReadAsync(id) : await load());
        var activation = new GrainActivation(context, grain);
        context.Activation = activation;
        await grain.OnActivateAsync(CancellationToken.None);
        if (Catalog.Count > Options.MaxActivations) _ = CollectUnlessRunningAsync();
        return activation;
    }

    /// <summary>Collects idle activations now, as the periodic collector does, after any collection under way.</summary>
    public async Task<int> CollectAsync()
    {
        await _collecting.WaitAsync();
        try
        {
            return await Catalog.CollectAsync(Options.CollectionAge, Options.MaxActivations);
        }
        finally
        {
            _collecting.Release();
        }
    }

    /// <summary>Every activation past the cap asks for a collection; one at a time is enough, as each sorts them all.</summary>
    private async Task CollectUnlessRunningAsync()
    {
        if (_collecting.CurrentCount == 0) return;
        await CollectAsync();
    }

    internal void LogTimerFailure(GrainId id, Exception exception) => LogTimerFailed(_logger, exception, id);

    [LoggerMessage(Level = LogLevel.Error, Message = "A timer of grain {Grain} failed")]
    private static partial void LogTimerFailed(ILogger logger, Exception exception, GrainId grain);
}
