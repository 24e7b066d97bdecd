using System.Collections.Immutable;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>A contract repository that lists only some contracts for generation (one <see cref="ContractPartition"/>, or
/// the story's own contract); everything else passes through. It also counts the distinct contracts generation saw.</summary>
internal sealed class PartitionedContractRepository(IContractRepository inner, Func<ContractId, bool> include) : IContractRepository
{
    private readonly HashSet<ContractId> _seen = [];
    private readonly Lock _gate = new();

    /// <summary>Gets how many distinct contracts of this share generation has listed so far.</summary>
    public int Seen
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }

    public Task<Contract?> GetAsync(ContractId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<OneOf<Success, ConcurrencyConflict>> AddAsync(Contract contract, CancellationToken cancellationToken) => inner.AddAsync(contract, cancellationToken);

    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Contract contract, CancellationToken cancellationToken) => inner.SaveAsync(contract, cancellationToken);

    public Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync(IReadOnlyList<Contract> contracts, CancellationToken cancellationToken) =>
        inner.SaveManyAsync(contracts, cancellationToken);

    public async Task<Page<Contract>> FindGeneratingOnAsync(NodaTime.LocalDate day, PageRequest page, CancellationToken cancellationToken) =>
        Mine(await inner.FindGeneratingOnAsync(day, page, cancellationToken).ConfigureAwait(false), page);

    public async Task<Page<Contract>> FindGeneratingDuringAsync(NodaTime.DateInterval days, PageRequest page, CancellationToken cancellationToken) =>
        Mine(await inner.FindGeneratingDuringAsync(days, page, cancellationToken).ConfigureAwait(false), page);

    public Task<Page<Contract>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken) =>
        inner.FindByCustomerAsync(customerId, page, cancellationToken);

    private Page<Contract> Mine(Page<Contract> all, PageRequest page)
    {
        Contract[] mine = [.. all.Items.Where(c => include(c.Id))];
        lock (_gate)
        {
            foreach (Contract contract in mine)
            {
                _seen.Add(contract.Id);
            }
        }
        // The total keeps "more pages follow" exactly as the full listing says it.
        int total = all.HasMore ? page.Offset + mine.Length + 1 : page.Offset + mine.Length;
        return new Page<Contract>(mine, page, total);
    }
}
