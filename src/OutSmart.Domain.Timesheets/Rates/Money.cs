using System.Globalization;

namespace OutSmart.Domain.Timesheets;

/// <summary>An exact amount of euros (<i>bedrag</i>): a rate, a line amount, an expense or a total.</summary>
/// <remarks>
/// <para>The amount is an exact <see cref="decimal"/>, never a binary floating-point number; arithmetic keeps every
/// digit until <see cref="RoundToCents"/> is called, which rounds to whole cents with midpoints away from zero (the
/// house rule of OT-07). All amounts are in euros (<see cref="CurrencyCode"/>); there is no currency conversion.</para>
/// <para>The default value is zero euros. Two amounts are equal when their values are equal, whatever their scale:
/// <c>12.5</c> equals <c>12.50</c>. Amounts may be negative (a correction).</para>
/// </remarks>
public readonly record struct Money : IComparable<Money>
{
    private Money(decimal amount) => Amount = amount;

    /// <summary>Gets zero euros.</summary>
    public static Money Zero => default;

    /// <summary>Gets the ISO 4217 code of the currency of every amount: <c>EUR</c>.</summary>
    public static string CurrencyCode => "EUR";

    /// <summary>Gets the exact number of euros, with as many decimals as arithmetic produced.</summary>
    public decimal Amount { get; }

    /// <summary>Gets a value indicating whether the amount has no fraction of a cent.</summary>
    public bool IsWholeCents => decimal.Round(Amount, 2) == Amount;

    /// <summary>Creates an amount of euros.</summary>
    /// <param name="euros">The exact number of euros; any sign and scale.</param>
    /// <returns>The amount.</returns>
    public static Money FromEuros(decimal euros) => new(euros);

    /// <summary>Returns this amount rounded to whole cents, midpoints away from zero (€0.125 → €0.13, −€0.125 → −€0.13); this value does not change.</summary>
    /// <returns>The rounded amount.</returns>
    public Money RoundToCents() => new(decimal.Round(Amount, 2, MidpointRounding.AwayFromZero));

    /// <summary>Returns the exact sum of this amount and <paramref name="other"/>; neither changes.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public Money Plus(Money other) => new(Amount + other.Amount);

    /// <summary>Returns the exact difference of this amount and <paramref name="other"/>; neither changes.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public Money Minus(Money other) => new(Amount - other.Amount);

    /// <summary>Returns this amount multiplied exactly by <paramref name="factor"/>, without rounding; this value does not change.</summary>
    /// <param name="factor">The factor, such as a multiplier or a number of hours.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public Money Times(decimal factor) => new(Amount * factor);

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount;

    /// <inheritdoc/>
    public override int GetHashCode() => Amount.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    /// <summary>Tells whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the first amount is smaller.</returns>
    public static bool operator <(Money left, Money right) => left.Amount < right.Amount;

    /// <summary>Tells whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the first amount is not larger.</returns>
    public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount;

    /// <summary>Tells whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the first amount is larger.</returns>
    public static bool operator >(Money left, Money right) => left.Amount > right.Amount;

    /// <summary>Tells whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the first amount is not smaller.</returns>
    public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount;

    /// <summary>Returns the amount with at least two decimals and the currency, in the invariant culture: <c>12.50 EUR</c>.</summary>
    /// <returns>The amount as text.</returns>
    public override string ToString() =>
        (IsWholeCents ? Amount.ToString("F2", CultureInfo.InvariantCulture) : Amount.ToString(CultureInfo.InvariantCulture)) + " " + CurrencyCode;
}
