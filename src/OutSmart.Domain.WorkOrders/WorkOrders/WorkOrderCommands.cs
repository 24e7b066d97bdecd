using Ardalis.GuardClauses;
using OneOf;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Runs a command on a stored work order: load it, run the command, save it, and retry a bounded number of
/// times when someone else saved it first. The host's one call per command.</summary>
/// <remarks>
/// <para>A thin wrapper over <see cref="OptimisticCommand.RunAsync"/> with <see cref="IWorkOrderRepository"/>: each
/// attempt loads the work order afresh, so the command is judged again against what is really stored. A refusal is
/// returned as a value and nothing is saved. The command may run more than once: it must only act on the work order
/// it is given.</para>
/// <para>Registered by <see cref="WorkOrdersServiceCollectionExtensions.AddOutSmartWorkOrders"/> as a singleton; it is
/// thread-safe when the repository is.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = await commands.RunAsync(id, order => order.AddPhoto("photos", hash, actor, clock.GetCurrentInstant()), cancellationToken);
/// </code>
/// </example>
public sealed class WorkOrderCommands
{
    private readonly IWorkOrderRepository _repository;

    /// <summary>Creates the service with <see cref="OptimisticCommand.DefaultMaxAttempts"/> attempts.</summary>
    /// <param name="repository">The storage port.</param>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> is <see langword="null"/>.</exception>
    public WorkOrderCommands(IWorkOrderRepository repository)
        : this(repository, OptimisticCommand.DefaultMaxAttempts)
    {
    }

    /// <summary>Creates the service.</summary>
    /// <param name="repository">The storage port.</param>
    /// <param name="maxAttempts">How many times to try in all, one or more; the first try and <c>maxAttempts - 1</c> retries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="maxAttempts"/> is zero or negative.</exception>
    public WorkOrderCommands(IWorkOrderRepository repository, int maxAttempts)
    {
        _repository = Guard.Against.Null(repository);
        MaxAttempts = Guard.Against.NegativeOrZero(maxAttempts);
    }

    /// <summary>Gets how many times a command is tried in all before a <see cref="ConcurrencyConflict"/> is returned.</summary>
    public int MaxAttempts { get; }

    /// <summary>Loads the work order, runs <paramref name="command"/> on it and saves it, retrying on a concurrency conflict.</summary>
    /// <param name="id">The work order.</param>
    /// <param name="command">The command, such as <c>order =&gt; order.Start(actor, now)</c>; it returns
    /// <see cref="OneOf.Types.Success"/> or an <see cref="IDomainError"/> refusal.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>The saved work order (with the events its command recorded, for the host to dispatch);
    /// <see cref="WorkOrderNotFound"/>; the command's own refusal; or the <see cref="ConcurrencyConflict"/> of the last
    /// attempt.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The command answered something that is neither success nor a refusal.</exception>
    public Task<OneOf<WorkOrder, WorkOrderNotFound, ConcurrencyConflict, IDomainError>> RunAsync(
        WorkOrderId id,
        Func<WorkOrder, IOneOf> command,
        CancellationToken cancellationToken)
    {
        Guard.Against.Null(command);
        return OptimisticCommand.RunAsync(
            ct => _repository.GetAsync(id, ct),
            () => new WorkOrderNotFound(id),
            command,
            _repository.SaveAsync,
            MaxAttempts,
            cancellationToken);
    }
}
