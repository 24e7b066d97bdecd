using Ardalis.GuardClauses;
using OneOf;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// A rate agreed at one level of a <see cref="RateBook"/> or given on an entry (OT-05): hourly bill and cost rates,
/// a <see cref="FixedRate"/> per entry, or both.
/// </summary>
/// <remarks>
/// <para>Hourly rates replace the hour type's rates; the hour type's multiplier still applies to them. A fixed rate
/// replaces hourly pricing altogether.</para>
/// <para>Instances are immutable and thread-safe. Two overrides are equal when all parts are equal.</para>
/// </remarks>
public sealed record RateOverride
{
    private RateOverride(bool hasHourlyRates, Money billRate, Money costRate, FixedRate? fixedRate)
    {
        HasHourlyRates = hasHourlyRates;
        BillRate = billRate;
        CostRate = costRate;
        Fixed = fixedRate;
    }

    /// <summary>Gets a value indicating whether this override sets hourly rates; when <see langword="false"/>, <see cref="BillRate"/> and <see cref="CostRate"/> are zero and unused.</summary>
    public bool HasHourlyRates { get; }

    /// <summary>Gets the bill rate per hour, before the hour type's multiplier; zero or more.</summary>
    public Money BillRate { get; }

    /// <summary>Gets the cost rate per hour, before the hour type's multiplier; zero or more.</summary>
    public Money CostRate { get; }

    /// <summary>Gets the fixed price per entry, or <see langword="null"/> when this override sets none.</summary>
    public FixedRate? Fixed { get; }

    /// <summary>Creates an override of the hourly rates.</summary>
    /// <param name="billRate">The bill rate per hour; zero or more.</param>
    /// <param name="costRate">The cost rate per hour; zero or more.</param>
    /// <returns>The override, or <see cref="RateNegative"/> when a rate is negative.</returns>
    public static OneOf<RateOverride, RateNegative> Hourly(Money billRate, Money costRate) =>
        HourType.CheckRates(billRate, costRate) is { } negative
            ? negative
            : new RateOverride(true, billRate, costRate, null);

    /// <summary>Creates an override that prices the entry at a fixed amount.</summary>
    /// <param name="fixedRate">The fixed price per entry.</param>
    /// <returns>The override.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fixedRate"/> is null.</exception>
    public static RateOverride FixedPrice(FixedRate fixedRate)
    {
        return new RateOverride(false, Money.Zero, Money.Zero, Guard.Against.Null(fixedRate));
    }

    /// <summary>Returns this override with a fixed price per entry as well; this value does not change.</summary>
    /// <param name="fixedRate">The fixed price per entry.</param>
    /// <returns>The new override.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fixedRate"/> is null.</exception>
    public RateOverride WithFixed(FixedRate fixedRate)
    {
        return new RateOverride(HasHourlyRates, BillRate, CostRate, Guard.Against.Null(fixedRate));
    }
}
