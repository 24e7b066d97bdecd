using Ardalis.GuardClauses;
using OneOf;
using OneOf.Types;

namespace OutSmart.Domain.Abstractions;

/// <summary>The application service that runs one command on a stored aggregate: load it, run the command, save it,
/// and retry on a concurrency conflict (<see cref="OptimisticCommand"/>). Each package derives a sealed service from
/// it over its storage port, such as <c>TaskCommands</c> and <c>WorkOrderCommands</c>.</summary>
/// <typeparam name="TId">The aggregate's typed id.</typeparam>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
/// <typeparam name="TNotFound">The refusal returned when no aggregate with the id is stored.</typeparam>
/// <remarks>
/// <para>The command may run more than once (once per attempt, each time on a freshly loaded aggregate), so it must
/// only act on the aggregate it is given: no sending, no other writes.</para>
/// <para>Instances are stateless and thread-safe when the storage port is.</para>
/// </remarks>
public abstract class AggregateCommands<TId, TAggregate, TNotFound>
    where TAggregate : class
    where TNotFound : IDomainError
{
    private readonly Func<TId, CancellationToken, Task<TAggregate?>> _load;
    private readonly Func<TAggregate, CancellationToken, Task<OneOf<Success, ConcurrencyConflict>>> _save;
    private readonly Func<TId, TNotFound> _notFound;

    /// <summary>Creates the service over a storage port.</summary>
    /// <param name="load">The port's <c>GetAsync</c>: loads the stored aggregate, or <see langword="null"/> when there is none.</param>
    /// <param name="save">The port's <c>SaveAsync</c>: saves the changed aggregate, comparing the version it was loaded with.</param>
    /// <param name="notFound">Creates the refusal for an id that is not stored.</param>
    /// <param name="maxAttempts">How many times a command is tried in all when saves conflict; one or more.</param>
    /// <exception cref="ArgumentNullException">A delegate is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maxAttempts"/> is zero or negative.</exception>
    protected AggregateCommands(
        Func<TId, CancellationToken, Task<TAggregate?>> load,
        Func<TAggregate, CancellationToken, Task<OneOf<Success, ConcurrencyConflict>>> save,
        Func<TId, TNotFound> notFound,
        int maxAttempts)
    {
        _load = Guard.Against.Null(load);
        _save = Guard.Against.Null(save);
        _notFound = Guard.Against.Null(notFound);
        MaxAttempts = Guard.Against.NegativeOrZero(maxAttempts);
    }

    /// <summary>Gets how many times a command is tried in all before a <see cref="ConcurrencyConflict"/> is returned.</summary>
    public int MaxAttempts { get; }

    /// <summary>Loads an aggregate, runs a command on it and saves it, retrying on a concurrency conflict.</summary>
    /// <param name="id">The aggregate.</param>
    /// <param name="command">Runs one of the aggregate's commands and returns its result (for example
    /// <c>task =&gt; task.Complete(actor, now)</c>): <see cref="Success"/> or an <see cref="IDomainError"/> refusal.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>
    /// The saved aggregate, with the events its command recorded (for the host to dispatch); the
    /// <typeparamref name="TNotFound"/> refusal; the <see cref="ConcurrencyConflict"/> of the last attempt when every
    /// attempt lost a race; or the command's own refusal (nothing is saved).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The command answered something that is neither <see cref="Success"/>
    /// nor an <see cref="IDomainError"/>.</exception>
    public Task<OneOf<TAggregate, TNotFound, ConcurrencyConflict, IDomainError>> RunAsync(
        TId id, Func<TAggregate, IOneOf> command, CancellationToken cancellationToken)
    {
        Guard.Against.Null(command);
        return OptimisticCommand.RunAsync(
            ct => _load(id, ct),
            () => _notFound(id),
            command,
            _save,
            MaxAttempts,
            cancellationToken);
    }
}
