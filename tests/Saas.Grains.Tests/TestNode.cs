using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Saas.Grains.Cluster;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

/// <summary>
/// One node of the grain runtime in the test process, with its own connection pool whose connections carry the
/// node id as application name, so a crash can kill exactly this node's sessions (and its advisory locks).
/// </summary>
internal sealed class TestNode : IAsyncDisposable
{
    public const int Partitions = 8;

    private static int _count;

    private readonly PostgresDatabase _database;
    private bool _stopped;
    private bool _crashed;

    private TestNode(PostgresDatabase database, string id, NpgsqlDataSource dataSource, ServiceProvider services)
    {
        _database = database;
        Id = id;
        DataSource = dataSource;
        Services = services;
    }

    public string Id { get; }

    public NpgsqlDataSource DataSource { get; }

    public ServiceProvider Services { get; }

    public GrainRuntime Runtime => Services.GetRequiredService<GrainRuntime>();

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public EventLog Events => Services.GetRequiredService<EventLog>();

    public IReadOnlyCollection<int> Owned => Services.GetRequiredService<PartitionOwnership>().Owned;

    private GrainSilo Silo => Services.GetRequiredService<GrainSilo>();

    /// <summary>Builds a node on <paramref name="database"/> with short intervals and starts it.</summary>
    public static async Task<TestNode> StartAsync(
        PostgresDatabase database, ITestOutputHelper? output, Action<IServiceCollection> register, Action<GrainsOptions>? configure = null)
    {
        var id = $"node{Interlocked.Increment(ref _count)}-{Guid.NewGuid().ToString("N")[..8]}";
        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = id }.ConnectionString);
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (output is not null) logging.AddProvider(new TestOutputLoggerProvider(output, id));
        });
        services.AddSingleton(dataSource);
        services.AddGrains(o =>
        {
            o.NodeId = id;
            o.PartitionCount = Partitions;
            o.HeartbeatInterval = TimeSpan.FromMilliseconds(200);
            o.NodeExpiry = TimeSpan.FromSeconds(1.5);
            o.ReminderSweepInterval = TimeSpan.FromMilliseconds(200);
            o.DispatchPollInterval = TimeSpan.FromMilliseconds(50);
            o.OutboxPollInterval = TimeSpan.FromMilliseconds(100);
            configure?.Invoke(o);
        });
        register(services);
        var node = new TestNode(database, id, dataSource, services.BuildServiceProvider());
        await node.Silo.StartAsync(CancellationToken.None);
        return node;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public int PartitionOf<TGrainInterface>(string key) where TGrainInterface : class =>
        Runtime.Partitions.PartitionOf(new GrainId(TypeNameOf<TGrainInterface>(), key));

    public string TypeNameOf<TGrainInterface>() where TGrainInterface : class =>
        Services.GetServices<GrainTypeRegistration>().Single(r => r.Interface == typeof(TGrainInterface)).Name;

    public Task WaitUntilOwnsAllAsync() =>
        Eventually.TrueAsync(() => Owned.Count == Partitions, $"{Id} to own all {Partitions} partitions");

    /// <summary>Graceful stop: the node hands its grains and partitions over and leaves the cluster.</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        await Silo.StopAsync(CancellationToken.None);
    }

    /// <summary>
    /// Dies without any goodbye: its pool is closed so it can reach the database no more, and its sessions are
    /// terminated, which frees its partition locks. Its heartbeat row stays until it expires.
    /// </summary>
    public async Task CrashAsync()
    {
        _crashed = true;
        await DataSource.DisposeAsync();
        await _database.ExecuteAsync(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", Id);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_stopped)
            {
                try
                {
                    await Silo.StopAsync(CancellationToken.None);
                }
                catch (Exception) when (_crashed)
                {
                    // A dead node cannot say goodbye.
                }
            }
        }
        finally
        {
            // Whatever happened, this node's sessions (and partition locks) must not outlive the test.
            await Services.DisposeAsync();
            await DataSource.DisposeAsync();
            if (_crashed) await _database.ExecuteAsync("DELETE FROM grain_cluster_nodes WHERE node_id = $1", Id);
        }
    }

    private sealed class TestOutputLoggerProvider(ITestOutputHelper output, string node) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new OutputLogger(output, $"{node} {categoryName.Split('.')[^1]}");

        public void Dispose()
        {
        }

        private sealed class OutputLogger(ITestOutputHelper output, string source) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                try
                {
                    output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} [{logLevel}] {source}: {formatter(state, exception)}{(exception is null ? "" : $"\n{exception}")}");
                }
                catch (InvalidOperationException)
                {
                    // The test is over; its output is closed.
                }
            }
        }
    }
}

/// <summary>Waits for background work by polling a condition, failing after a timeout.</summary>
internal static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string what, double timeoutSeconds = 5) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeoutSeconds);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, double timeoutSeconds = 5)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed.TotalSeconds > timeoutSeconds) Assert.Fail($"Gave up after {timeoutSeconds} s waiting for {what}.");
            await Task.Delay(25);
        }
    }
}
