namespace OutSmart.Domain.Tasks;

/// <summary>The outcome of completing an occurrence of a task with <see cref="FollowUpTask.CompleteOccurrence"/> (TSK-10).</summary>
/// <remarks>The completed task and <see cref="Next"/> are separate aggregates: save both.</remarks>
public sealed class OccurrenceCompletion
{
    internal OccurrenceCompletion(FollowUpTask? next) => Next = next;

    /// <summary>Gets the next occurrence, a new not-started task that was never saved; <see langword="null"/> when the task does not recur or its series has ended.</summary>
    public FollowUpTask? Next { get; }

    /// <summary>Gets a value indicating whether a next occurrence was created.</summary>
    public bool HasNext => Next is not null;
}
