using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// The rates a payroll export prices hours at, per kind of entry (work, travel), for entries that carry no rate
/// snapshot of their own (an entry's own snapshot always wins, OT-06).
/// </summary>
/// <remarks>
/// An entry kind without a rate is exported with its kind as hour type (<c>WORK</c>, <c>TRAVEL</c>, <c>BREAK</c>) and
/// zero cost and revenue. Amounts are rounded per line (OT-07) by <see cref="RateSnapshot"/>. Two rate sets are equal
/// when they hold the same rates.
/// </remarks>
public sealed record PayrollRates
{
    private readonly ImmutableDictionary<TimesheetEntryKind, RateSnapshot> _rates;

    private PayrollRates(ImmutableDictionary<TimesheetEntryKind, RateSnapshot> rates) => _rates = rates;

    /// <summary>Gets the set without rates: hours are exported unpriced.</summary>
    public static PayrollRates None { get; } = new(ImmutableDictionary<TimesheetEntryKind, RateSnapshot>.Empty);

    /// <summary>Returns this set with the rate of one kind of entry.</summary>
    /// <param name="kind">Work or travel.</param>
    /// <param name="rate">The rate.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not work or travel.</exception>
    public PayrollRates WithRate(TimesheetEntryKind kind, RateSnapshot rate)
    {
        Guard.Against.Null(rate);
        if (kind is not (TimesheetEntryKind.Work or TimesheetEntryKind.Travel))
        {
            throw new ArgumentException("Only work and travel are priced per hour.", nameof(kind));
        }
        return new PayrollRates(_rates.SetItem(kind, rate));
    }

    /// <summary>Gets the rate of a kind of entry.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The rate, or null when the kind is not priced.</returns>
    public RateSnapshot? For(TimesheetEntryKind kind) => _rates.GetValueOrDefault(kind);

    /// <inheritdoc />
    public bool Equals(PayrollRates? other) =>
        other is not null && _rates.Count == other._rates.Count && _rates.All(p => other._rates.TryGetValue(p.Key, out var r) && r == p.Value);

    /// <inheritdoc />
    public override int GetHashCode() => _rates.Count;
}
