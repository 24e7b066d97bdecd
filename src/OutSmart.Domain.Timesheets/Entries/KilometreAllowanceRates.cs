using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.Timesheets;

/// <summary>The untaxed kilometre allowance per year (onbelaste kilometervergoeding), in euros per kilometre.</summary>
/// <remarks>
/// <para><see cref="Default"/> holds the Dutch rates: €0.23 for 2024, 2025 and 2026, €0.21 for 2023 and €0.19 up to
/// 2022. A year after the last one in the table uses the last rate, a year before the first uses the first. Check the
/// table every January and add the new year with <see cref="WithRate"/>.</para>
/// <para>Instances are immutable; two tables are equal when they hold the same years and rates.</para>
/// </remarks>
public sealed record KilometreAllowanceRates
{
    private readonly ImmutableSortedDictionary<int, Money> _rates;

    private KilometreAllowanceRates(ImmutableSortedDictionary<int, Money> rates) => _rates = rates;

    /// <summary>Gets the Dutch rates: 0.19 up to 2022, 0.21 in 2023, 0.23 in 2024–2026.</summary>
    public static KilometreAllowanceRates Default { get; } = new(ImmutableSortedDictionary.CreateRange(new Dictionary<int, Money>
    {
        [2022] = Money.FromEuros(0.19m),
        [2023] = Money.FromEuros(0.21m),
        [2024] = Money.FromEuros(0.23m),
        [2025] = Money.FromEuros(0.23m),
        [2026] = Money.FromEuros(0.23m),
    }));

    /// <summary>Gets the years in the table with their rates, in year order.</summary>
    public IReadOnlyDictionary<int, Money> Rates => _rates;

    /// <summary>Returns the table with the rate of one year set or replaced.</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <param name="perKilometre">The rate per kilometre; zero or more.</param>
    /// <returns>A new table; this one does not change.</returns>
    /// <exception cref="ArgumentException">The year is out of range or the rate is negative.</exception>
    public KilometreAllowanceRates WithRate(int year, Money perKilometre)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 9999);
        if (perKilometre < Money.Zero)
        {
            throw new ArgumentException("The rate cannot be negative.", nameof(perKilometre));
        }
        return new KilometreAllowanceRates(_rates.SetItem(year, perKilometre));
    }

    /// <summary>Returns the rate of a year: the table's rate, else the nearest year's (see the remarks).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The rate per kilometre.</returns>
    public Money RateFor(int year)
    {
        if (_rates.TryGetValue(year, out Money rate))
        {
            return rate;
        }
        Money result = _rates.First().Value;
        foreach (var pair in _rates)
        {
            if (pair.Key > year)
            {
                break;
            }
            result = pair.Value;
        }
        return result;
    }

    /// <inheritdoc />
    public bool Equals(KilometreAllowanceRates? other) => other is not null && _rates.SequenceEqual(other._rates);

    /// <inheritdoc />
    public override int GetHashCode() => _rates.Count;
}
