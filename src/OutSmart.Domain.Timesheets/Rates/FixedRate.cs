using OneOf;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// A fixed price per entry (<i>vast tarief</i>): one bill amount and one cost amount for the whole entry, whatever
/// its length. A fixed rate beats an hourly rate (OT-05).
/// </summary>
/// <remarks>Instances are immutable and thread-safe. Two fixed rates are equal when both amounts are equal.</remarks>
public sealed record FixedRate
{
    private FixedRate(Money billAmount, Money costAmount)
    {
        BillAmount = billAmount;
        CostAmount = costAmount;
    }

    /// <summary>Gets the amount billed to the customer for the entry; zero or more.</summary>
    public Money BillAmount { get; }

    /// <summary>Gets what the entry costs the company; zero or more.</summary>
    public Money CostAmount { get; }

    /// <summary>Creates a fixed rate per entry.</summary>
    /// <param name="billAmount">The amount billed for the entry; zero or more.</param>
    /// <param name="costAmount">The cost of the entry; zero or more.</param>
    /// <returns>The fixed rate, or <see cref="RateNegative"/> when an amount is negative.</returns>
    public static OneOf<FixedRate, RateNegative> Create(Money billAmount, Money costAmount) =>
        HourType.CheckRates(billAmount, costAmount) is { } negative
            ? negative
            : new FixedRate(billAmount, costAmount);
}
