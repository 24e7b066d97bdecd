using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Runs a command on a stored work order: load it, run the command, save it, and retry a bounded number of
/// times when someone else saved it first. The host's one call per command.</summary>
/// <remarks>
/// <para>An <see cref="AggregateCommands{TId, TAggregate, TNotFound}"/> over <see cref="IWorkOrderRepository"/>: each
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
public sealed class WorkOrderCommands : AggregateCommands<WorkOrderId, WorkOrder, WorkOrderNotFound>
{
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
        : base(Guard.Against.Null(repository).GetAsync, repository.SaveAsync, static id => new WorkOrderNotFound(id), maxAttempts)
    {
    }
}
