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

    /// <summary>Prices <paramref name="ticks"/> (100 ns units) exactly: elapsed time × rate × multiplier, rounded to cents away from zero.</summary>
    internal static Money LineAmount(Money hourlyRate, decimal multiplier, long ticks) =>
        LineAmount(new HourlyPrice(hourlyRate.Amount * multiplier), ticks);

    /// <summary>Prices <paramref name="ticks"/> at a precomputed hourly price; whole minutes take an exact integer path.</summary>
    internal static Money LineAmount(in HourlyPrice price, long ticks)
    {
        const long TicksPerMinute = 600_000_000L;
        if (price.IsExact && ticks % TicksPerMinute == 0)
        {
            // cents = units × minutes × 100 / (60 × 10^scale) = units × minutes × 5 / (3 × 10^scale), rounded half away from zero.
            Int128 numerator = (Int128)price.Units * (ticks / TicksPerMinute) * 5;
            Int128 denominator = 3 * (Int128)HourlyPrice.PowerOfTen(price.Scale);
            Int128 cents = Int128.DivRem(numerator, denominator) is var (quotient, remainder) && remainder * 2 >= denominator ? quotient + 1 : quotient;
            if (cents <= long.MaxValue)
            {
                long whole = (long)cents;
                return Money.FromEuros(new decimal(unchecked((int)whole), unchecked((int)(whole >> 32)), 0, false, 2));
            }
        }
        decimal exact = price.PerHour * ticks / (TicksPerMinute * 60m);
        return Money.FromEuros(exact).RoundToCents();
    }
}

/// <summary>An hourly price (rate × multiplier), with its unscaled integer form when it has one, for exact fast pricing.</summary>
internal readonly struct HourlyPrice
{
    private static readonly long[] Powers = [.. Enumerable.Range(0, 19).Select(p => Enumerable.Repeat(10L, p).Aggregate(1L, (a, b) => a * b))];

    public HourlyPrice(decimal perHour)
    {
        PerHour = perHour;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(perHour, bits);
        Scale = perHour.Scale;
        IsExact = perHour >= 0 && bits[2] == 0 && bits[1] >= 0 && Scale <= 18;
        Units = IsExact ? ((long)bits[1] << 32) | unchecked((uint)bits[0]) : 0;
    }

    public decimal PerHour { get; }

    public bool IsExact { get; }

    public long Units { get; }

    public int Scale { get; }

    public static long PowerOfTen(int power) => Powers[power];

}
