using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>The application service that runs one command on a stored contract: load it, run the command, save it,
/// and retry on a concurrency conflict: an <see cref="AggregateCommands{TId, TAggregate, TNotFound}"/> over
/// <see cref="IContractRepository"/>.</summary>
/// <remarks>
/// <para>Registered by <see cref="ContractsServiceCollectionExtensions.AddOutSmartContracts"/> as a transient service
/// over the registered <see cref="IContractRepository"/>, with <see cref="OptimisticCommand.DefaultMaxAttempts"/>
/// attempts.</para>
/// <para>The command may run more than once (once per attempt, each time on a freshly loaded contract), so it must only
/// act on the contract it is given. <see cref="Contract.Restart"/> creates a second contract and is not a fit: run it
/// by hand and save both; applying a change plan also writes work orders.</para>
/// <para>Instances are stateless and thread-safe when the repository is.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = await commands.RunAsync(contractId, c => c.GiveNotice(today, actor, clock.GetCurrentInstant()), cancellationToken);
/// </code>
/// </example>
public sealed class ContractCommands : AggregateCommands<ContractId, Contract, ContractNotFound>
{
    /// <summary>Creates the service with <see cref="OptimisticCommand.DefaultMaxAttempts"/> attempts.</summary>
    /// <param name="repository">Where contracts are stored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> is null.</exception>
    public ContractCommands(IContractRepository repository)
        : this(repository, OptimisticCommand.DefaultMaxAttempts)
    {
    }

    /// <summary>Creates the service with a chosen number of attempts.</summary>
    /// <param name="repository">Where contracts are stored.</param>
    /// <param name="maxAttempts">How many times a command is tried in all when saves conflict; one or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maxAttempts"/> is zero or negative.</exception>
    public ContractCommands(IContractRepository repository, int maxAttempts)
        : base(Guard.Against.Null(repository).GetAsync, repository.SaveAsync, static id => new ContractNotFound(id), maxAttempts)
    {
    }
}
