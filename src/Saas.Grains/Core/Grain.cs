namespace Saas.Grains.Core;

/// <summary>
/// Base of every grain: one activation per key in the cluster, one turn at a time, so grain code needs no locks.
/// </summary>
public abstract class Grain
{
    private GrainContext? _context;

    internal GrainContext Context => _context ?? throw new InvalidOperationException("The grain is not activated.");

    public GrainId GrainId => Context.Id;

    protected IGrainFactory GrainFactory => Context.Runtime;

    protected TimeProvider Time => Context.Runtime.Time;

    internal void Attach(GrainContext context) => _context = context;

    internal virtual IStateHandle? CreateStateHandle(GrainContext context) => null;

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Asks the runtime to collect this activation once the current turn ends.</summary>
    protected void DeactivateOnIdle() => Context.DeactivateRequested = true;

    /// <summary>
    /// Queues a change for the outbox. It is written in the same transaction as the grain's next state
    /// checkpoint, and fanned out to every node only after that commits.
    /// </summary>
    protected void Emit(string kind, object payload) => Context.Emit(kind, payload);

    /// <summary>
    /// Hands a fact to the checkpoint participants (read models) of the next checkpoint; it is not published.
    /// </summary>
    protected void Record(string kind, object payload) => Context.Record(kind, payload);

    /// <summary>
    /// Sets (or, with null, removes) a one-shot reminder in the same transaction as the next state checkpoint,
    /// so a grain can keep its due time current on every event without a write of its own.
    /// </summary>
    protected void SetReminderAtCheckpoint(string name, DateTimeOffset? dueAt) => Context.SetReminder(name, dueAt);

    protected Task RegisterOrUpdateReminderAsync(string name, DateTimeOffset dueAt, TimeSpan? period = null) =>
        Context.Runtime.Reminders.RegisterAsync(GrainId, Context.Partition, name, dueAt, period);

    protected Task UnregisterReminderAsync(string name) => Context.Runtime.Reminders.UnregisterAsync(GrainId, name);

    /// <summary>A timer whose callback runs as a turn of this grain; it dies with the activation.</summary>
    protected IDisposable RegisterTimer(Func<Task> callback, TimeSpan dueTime, TimeSpan period) =>
        Context.Activation.RegisterTimer(callback, dueTime, period);
}

/// <summary>A grain with persistent state, read on activation and written with an ETag check.</summary>
public abstract class Grain<TState> : Grain where TState : class, new()
{
    private PersistentState<TState>? _storage;

    internal PersistentState<TState> Storage => _storage ?? throw new InvalidOperationException("The grain is not activated.");

    protected TState State
    {
        get => Storage.State;
        set => Storage.State = value;
    }

    protected IPersistentState<TState> PersistentState => Storage;

    internal override IStateHandle CreateStateHandle(GrainContext context) => _storage = new PersistentState<TState>(context);

    protected Task WriteStateAsync() => Storage.WriteStateAsync();

    protected Task ReadStateAsync() => Storage.ReadStateAsync();

    protected Task ClearStateAsync() => Storage.ClearStateAsync();
}
