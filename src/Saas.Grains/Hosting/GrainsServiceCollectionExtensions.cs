using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Saas.Grains.Checkpoints;
using Saas.Grains.Cluster;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Grains.Outbox;
using Saas.Grains.Reminders;
using Saas.Grains.Storage;

namespace Saas.Grains.Hosting;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>Adds the grain runtime and its silo; the host registers the <c>NpgsqlDataSource</c>.</summary>
    public static IServiceCollection AddGrains(this IServiceCollection services, Action<GrainsOptions>? configure = null)
    {
        var options = services.AddOptions<GrainsOptions>();
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GrainJson>();
        services.AddSingleton(sp => new PartitionMap(sp.GetRequiredService<IOptions<GrainsOptions>>().Value.PartitionCount));
        services.AddSingleton<PartitionOwnership>();
        services.AddSingleton<GrainStateStore>();
        services.AddSingleton(sp => new CheckpointWriter(
            sp.GetRequiredService<Npgsql.NpgsqlDataSource>(),
            sp.GetServices<ICheckpointParticipant>(),
            sp.GetRequiredService<GrainJson>().Options));
        services.AddSingleton<ReminderService>();
        services.AddSingleton<EventReader>();
        services.AddSingleton<EventLog>();
        services.AddSingleton<OutboxReader>();
        services.AddSingleton<NotificationListener>();
        services.AddSingleton(sp => new GrainRuntime(
            sp,
            sp.GetServices<GrainTypeRegistration>(),
            sp.GetRequiredService<IOptions<GrainsOptions>>(),
            sp.GetRequiredService<PartitionMap>(),
            sp.GetRequiredService<PartitionOwnership>(),
            sp.GetRequiredService<GrainJson>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<GrainStateStore>(),
            sp.GetRequiredService<CheckpointWriter>(),
            sp.GetRequiredService<ReminderService>(),
            sp.GetRequiredService<ILogger<GrainRuntime>>()));
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GrainsOptions>>().Value);
        services.AddSingleton<GrainSilo>();
        services.AddHostedService(sp => sp.GetRequiredService<GrainSilo>());
        return services;
    }

    public static IServiceCollection AddGrain<TGrainInterface, TGrain>(this IServiceCollection services, string typeName)
        where TGrainInterface : class
        where TGrain : Grain, TGrainInterface =>
        services.AddSingleton(new GrainTypeRegistration(typeName, typeof(TGrainInterface), typeof(TGrain)));

    public static IServiceCollection AddCheckpointParticipant<T>(this IServiceCollection services) where T : class, ICheckpointParticipant =>
        services.AddSingleton<ICheckpointParticipant, T>();

    public static IServiceCollection AddOutboxSubscriber<T>(this IServiceCollection services) where T : class, IOutboxSubscriber =>
        services.AddSingleton<IOutboxSubscriber, T>();
}
