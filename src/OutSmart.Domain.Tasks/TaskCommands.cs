using Ardalis.GuardClauses;
using OneOf;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>The application service that runs one command on a stored task: load it, run the command, save it, and
/// retry on a concurrency conflict (<see cref="OptimisticCommand"/>).</summary>
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
public sealed class TaskCommands
{
    private readonly ITaskRepository _repository;

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
    {
        _repository = Guard.Against.Null(repository);
        MaxAttempts = Guard.Against.NegativeOrZero(maxAttempts);
    }

    /// <summary>Gets how many times a command is tried in all when saves conflict.</summary>
    public int MaxAttempts { get; }

    /// <summary>Loads a task, runs a command on it and saves it, retrying on a concurrency conflict.</summary>
    /// <param name="id">The task.</param>
    /// <param name="command">Runs one of the task's commands and returns its result (for example
    /// <c>task =&gt; task.Complete(actor, now)</c>): <see cref="OneOf.Types.Success"/> or an <see cref="IDomainError"/> refusal.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>
    /// The saved task, with the events its command recorded (for the host to dispatch); <see cref="TaskNotFound"/>;
    /// the <see cref="ConcurrencyConflict"/> of the last attempt when every attempt lost a race; or the command's own
    /// refusal (nothing is saved).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The command answered something that is neither <see cref="OneOf.Types.Success"/>
    /// nor an <see cref="IDomainError"/>.</exception>
    public Task<OneOf<FollowUpTask, TaskNotFound, ConcurrencyConflict, IDomainError>> RunAsync(
        TaskId id, Func<FollowUpTask, IOneOf> command, CancellationToken cancellationToken)
    {
        Guard.Against.Null(command);
        return OptimisticCommand.RunAsync(
            ct => _repository.GetAsync(id, ct),
            () => new TaskNotFound(id),
            command,
            _repository.SaveAsync,
            MaxAttempts,
            cancellationToken);
    }
}
