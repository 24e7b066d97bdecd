using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace OutSmart.Domain.Timesheets.Tests.Rates;

public sealed class RateSnapshotProperties
{
    private static readonly decimal[] Multipliers = [1m, 1.25m, 1.5m, 1.75m, 2m, 1.125m, 0.5m, 1.333m];

    [Property(MaxTest = 1000)]
    public Property BillAmount_ForAnyRateMultiplierAndMinutes_IsTheExactAmountRoundedToCentsAwayFromZero()
    {
        var cases =
            from cents in Gen.Choose(0, 2_000_000)
            from scale in Gen.Choose(0, 4)
            from multiplier in Gen.Elements(Multipliers)
            from minutes in Gen.Choose(0, 3000)
            select (Rate: new decimal(cents, 0, 0, false, (byte)scale), Multiplier: multiplier, Minutes: minutes);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var snapshot = RateSnapshot.Create("WORK", Money.FromEuros(c.Rate), Money.Zero, c.Multiplier).AsT0;

            Money amount = snapshot.BillAmount(Duration.FromMinutes(c.Minutes));

            Assert.Equal(Oracle(c.Rate * c.Multiplier, c.Minutes), amount.Amount);
        });
    }

    /// <summary>perHour × minutes ÷ 60 with big integers, rounded to cents, halves away from zero.</summary>
    private static decimal Oracle(decimal perHour, int minutes)
    {
        int scale = perHour.Scale;
        BigInteger units = new(decimal.Truncate(perHour * Pow10(scale)));
        BigInteger numerator = units * minutes * 100;
        BigInteger denominator = 60 * BigInteger.Pow(10, scale);
        BigInteger cents = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        if (remainder * 2 >= denominator)
        {
            cents += 1;
        }
        return (decimal)cents / 100m;
    }

    private static decimal Pow10(int power) => Enumerable.Repeat(10m, power).Aggregate(1m, (a, b) => a * b);
}
