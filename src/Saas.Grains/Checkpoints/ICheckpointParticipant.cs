namespace Saas.Grains.Checkpoints;

/// <summary>
/// Writes read models (projections) inside the checkpoint transaction, so they never disagree with grain state.
/// </summary>
public interface ICheckpointParticipant
{
    Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken);
}
