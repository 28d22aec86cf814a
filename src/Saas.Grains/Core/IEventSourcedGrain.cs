namespace Saas.Grains.Core;

/// <summary>A grain that the event log feeds. The runtime checkpoints its state after the events it applied.</summary>
public interface IEventSourcedGrain
{
    Task ApplyAsync(GrainEvent grainEvent);
}

/// <summary>A grain that receives durable reminders.</summary>
public interface IRemindable
{
    Task ReceiveReminderAsync(string reminderName);
}
