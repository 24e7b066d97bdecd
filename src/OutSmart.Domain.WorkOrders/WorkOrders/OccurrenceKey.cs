using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>
/// The deterministic key of one visit a contract plans: the contract, the schedule, the target date and, when the
/// contract plans one work order per object, the object (asset). Storage keeps at most one work order per key, which
/// makes generation exactly-once however often and on however many hosts it runs.
/// </summary>
/// <remarks>
/// <para>Two keys are equal when all four parts are equal; the schedule name is compared ordinally.</para>
/// <para><see cref="ToString"/> gives the stable text form a storage adapter may index:
/// <c>{contract}/{schedule}/{yyyy-MM-dd}</c>, followed by <c>/{asset}</c> for a per-object visit.</para>
/// </remarks>
public sealed record OccurrenceKey
{
    /// <summary>The longest schedule name a key accepts, in characters.</summary>
    public const int MaxScheduleLength = 100;

    private OccurrenceKey(ContractId contract, string schedule, LocalDate target, AssetId? asset)
    {
        Contract = contract;
        Schedule = schedule;
        Target = target;
        Asset = asset;
    }

    /// <summary>Gets the contract that plans the visit.</summary>
    public ContractId Contract { get; }

    /// <summary>Gets the name of the contract's schedule the visit comes from.</summary>
    public string Schedule { get; }

    /// <summary>Gets the target date of the visit (after holiday adjustment).</summary>
    public LocalDate Target { get; }

    /// <summary>Gets the object the visit is for, or <see langword="null"/> when one work order covers all objects.</summary>
    public AssetId? Asset { get; }

    /// <summary>Creates a key.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="schedule">The schedule's name: 1 to <see cref="MaxScheduleLength"/> characters, no <c>/</c>.</param>
    /// <param name="target">The target date.</param>
    /// <param name="asset">The object, for a per-object visit; otherwise <see langword="null"/>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The contract or asset id is empty, or the schedule name is empty, too long
    /// or holds a <c>/</c>.</exception>
    public static OccurrenceKey Create(ContractId contract, string schedule, LocalDate target, AssetId? asset = null)
    {
        Guard.Against.Expression(id => id.IsEmpty, contract, "The contract id must not be empty.");
        Guard.Against.NullOrWhiteSpace(schedule);
        Guard.Against.OutOfRange(schedule.Length, nameof(schedule), 1, MaxScheduleLength);
        if (schedule.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A schedule name in a key must not hold '/'.", nameof(schedule));
        }
        if (asset is { } a)
        {
            Guard.Against.Expression(id => id.IsEmpty, a, "The asset id must not be empty.");
        }
        return new(contract, schedule, target, asset);
    }

    /// <summary>Returns the stable text form: <c>{contract}/{schedule}/{yyyy-MM-dd}[/{asset}]</c>.</summary>
    /// <returns>The key as text.</returns>
    public override string ToString() => Asset is { } asset
        ? string.Create(CultureInfo.InvariantCulture, $"{Contract.Value:D}/{Schedule}/{Target:uuuu-MM-dd}/{asset.Value:D}")
        : string.Create(CultureInfo.InvariantCulture, $"{Contract.Value:D}/{Schedule}/{Target:uuuu-MM-dd}");
}
