using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// The rates an entry keeps from its hour type when it is created or approved (OT-06): the hour type code, the bill
/// rate, the cost rate and the multiplier. Later changes of the hour type do not rewrite it.
/// </summary>
/// <remarks>
/// <para>Amounts are priced per line (OT-07): <see cref="BillAmount"/> and <see cref="CostAmount"/> compute
/// elapsed time × rate × multiplier exactly and round the result to cents, midpoints away from zero.</para>
/// <para>Instances are immutable and thread-safe. Two snapshots are equal when all four parts are equal.</para>
/// </remarks>
public sealed record RateSnapshot
{
    private RateSnapshot(string hourTypeCode, Money billRate, Money costRate, decimal multiplier)
    {
        HourTypeCode = hourTypeCode;
        BillRate = billRate;
        CostRate = costRate;
        Multiplier = multiplier;
    }

    /// <summary>Gets the code of the hour type the rates came from.</summary>
    public string HourTypeCode { get; }

    /// <summary>Gets the bill rate per hour, before the multiplier; zero or more.</summary>
    public Money BillRate { get; }

    /// <summary>Gets the cost rate per hour, before the multiplier; zero or more.</summary>
    public Money CostRate { get; }

    /// <summary>Gets the multiplier of both rates; greater than 0.</summary>
    public decimal Multiplier { get; }

    /// <summary>Recreates a snapshot from stored values, checking the rules an <see cref="HourType"/> keeps.</summary>
    /// <param name="hourTypeCode">The hour type code.</param>
    /// <param name="billRate">The bill rate per hour; zero or more.</param>
    /// <param name="costRate">The cost rate per hour; zero or more.</param>
    /// <param name="multiplier">The multiplier; greater than 0.</param>
    /// <returns>The snapshot, or the rule the values break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hourTypeCode"/> is null.</exception>
    public static OneOf<RateSnapshot, HourTypeCodeInvalid, RateNegative, MultiplierInvalid> Create(
        string hourTypeCode, Money billRate, Money costRate, decimal multiplier)
    {
        Guard.Against.Null(hourTypeCode);
        if (!HourType.IsValidCode(hourTypeCode))
        {
            return new HourTypeCodeInvalid(hourTypeCode);
        }
        if (HourType.CheckRates(billRate, costRate) is { } negative)
        {
            return negative;
        }
        if (multiplier <= 0)
        {
            return new MultiplierInvalid(multiplier, 0);
        }
        return new RateSnapshot(hourTypeCode, billRate, costRate, multiplier);
    }

    /// <summary>Returns the billed amount of <paramref name="worked"/>: hours × bill rate × multiplier, rounded to cents (OT-07).</summary>
    /// <param name="worked">The elapsed time of one line; zero or more.</param>
    /// <returns>The amount, in whole cents.</returns>
    /// <exception cref="ArgumentException"><paramref name="worked"/> is negative.</exception>
    public Money BillAmount(Duration worked) => LineAmount(BillRate, Multiplier, worked);

    /// <summary>Returns the cost of <paramref name="worked"/>: hours × cost rate × multiplier, rounded to cents (OT-07).</summary>
    /// <param name="worked">The elapsed time of one line; zero or more.</param>
    /// <returns>The amount, in whole cents.</returns>
    /// <exception cref="ArgumentException"><paramref name="worked"/> is negative.</exception>
    public Money CostAmount(Duration worked) => LineAmount(CostRate, Multiplier, worked);

    internal static RateSnapshot FromValid(string hourTypeCode, Money billRate, Money costRate, decimal multiplier) =>
        new(hourTypeCode, billRate, costRate, multiplier);

    /// <summary>Prices one line exactly: elapsed time × hourly rate × multiplier, rounded to cents away from zero.</summary>
    internal static Money LineAmount(Money hourlyRate, decimal multiplier, Duration worked)
    {
        if (worked < Duration.Zero)
        {
            throw new ArgumentException("The elapsed time of a line cannot be negative.", nameof(worked));
        }
        return LineAmount(hourlyRate, multiplier, worked.BclCompatibleTicks);
    }

    /// <summary>Prices <paramref name="ticks"/> (100 ns units) exactly; whole minutes divide by 60 only, so the amount is exact before rounding.</summary>
    internal static Money LineAmount(Money hourlyRate, decimal multiplier, long ticks)
    {
        const long TicksPerMinute = 600_000_000L;
        decimal perHour = hourlyRate.Amount * multiplier;
        decimal exact = ticks % TicksPerMinute == 0
            ? perHour * (ticks / TicksPerMinute) / 60m
            : perHour * ticks / (TicksPerMinute * 60m);
        return Money.FromEuros(exact).RoundToCents();
    }
}
