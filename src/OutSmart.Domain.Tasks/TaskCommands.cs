using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>The application service that runs one command on a stored task: load it, run the command, save it, and
/// retry on a concurrency conflict: an <see cref="AggregateCommands{TId, TAggregate, TNotFound}"/> over
/// <see cref="ITaskRepository"/>.</summary>
/// <remarks>
/// <para>Registered by <see cref="TasksServiceCollectionExtensions.AddOutSmartTasks"/> as a transient service over
/// the registered <see cref="ITaskRepository"/>, with <see cref="OptimisticCommand.DefaultMaxAttempts"/> attempts. To
/// try more or fewer times, register your own instance (<c>new TaskCommands(repository, 5)</c>) before calling
/// <c>AddOutSmartTasks()</c>.</para>
/// <para>The command may run more than once (once per attempt, each time on a freshly loaded task), so it must only
/// act on the task it is given: no sending, no other writes. A command that creates a second aggregate, such as
/// <see cref="FollowUpTask.CompleteOccurrence"/>, is not a fit: run it by hand and save both tasks.</para>
/// <para>Instances are stateless and thread-safe when the repository is.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = await commands.RunAsync(taskId, task => task.Start(actor, clock.GetCurrentInstant()), cancellationToken);
/// </code>
/// </example>
public sealed class TaskCommands : AggregateCommands<TaskId, FollowUpTask, TaskNotFound>
{
    /// <summary>Creates the service with <see cref="OptimisticCommand.DefaultMaxAttempts"/> attempts.</summary>
    /// <param name="repository">Where tasks are stored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> is null.</exception>
    public TaskCommands(ITaskRepository repository)
        : this(repository, OptimisticCommand.DefaultMaxAttempts)
    {
    }

    /// <summary>Creates the service with a chosen number of attempts.</summary>
    /// <param name="repository">Where tasks are stored.</param>
    /// <param name="maxAttempts">How many times a command is tried in all when saves conflict; one or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maxAttempts"/> is zero or negative.</exception>
    public TaskCommands(ITaskRepository repository, int maxAttempts)
        : base(Guard.Against.Null(repository).GetAsync, repository.SaveAsync, static id => new TaskNotFound(id), maxAttempts)
    {
    }
}
