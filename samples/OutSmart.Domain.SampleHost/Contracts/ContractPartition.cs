using System.Collections.Immutable;
using System.Globalization;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>
/// One host's share of the contracts for <c>contracts generate --partition i/n</c>: the contracts whose id hashes to
/// <c>i</c> of <c>n</c> (FNV-1a over the id's text, so every host and every run agrees). Correctness never depends on
/// it: the occurrence key makes each work order unique however the shares overlap.
/// </summary>
/// <param name="Index">The share, 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many shares, 1 to <see cref="MaxCount"/>.</param>
internal sealed record HostPartition(int Index, int Count)
{
    /// <summary>The most shares a partition option may name.</summary>
    public const int MaxCount = 1024;

    /// <summary>Gets the whole: one share of one.</summary>
    public static HostPartition All { get; } = new(1, 1);

    /// <summary>Parses <c>i/n</c> (1 ≤ i ≤ n ≤ <see cref="MaxCount"/>); null when it is not one.</summary>
    public static HostPartition? Parse(string? text)
    {
        string[] parts = (text ?? "").Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count is >= 1 and <= MaxCount && index >= 1 && index <= count
            ? new HostPartition(index, count)
            : null;
    }

    /// <summary>Says whether <paramref name="contract"/> is in this share.</summary>
    public bool Contains(ContractId contract) => Count == 1 || (int)(Hash(contract) % (uint)Count) == Index - 1;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static uint Hash(ContractId contract)
    {
        uint hash = 2166136261;
        foreach (char c in contract.Value.ToString("D", CultureInfo.InvariantCulture))
        {
            hash = unchecked((hash ^ c) * 16777619);
        }
        return hash;
    }
}

/// <summary>A contract repository that lists only some contracts for generation (one <see cref="HostPartition"/>, or
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

    public async Task<Page<Contract>> FindGeneratingOnAsync(NodaTime.LocalDate day, PageRequest page, CancellationToken cancellationToken)
    {
        Page<Contract> all = await inner.FindGeneratingOnAsync(day, page, cancellationToken).ConfigureAwait(false);
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

    public Task<Page<Contract>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken) =>
        inner.FindByCustomerAsync(customerId, page, cancellationToken);
}
