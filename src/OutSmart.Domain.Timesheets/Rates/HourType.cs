using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// A kind of hours (<i>uursoort</i>): work, travel, evening, weekend, overtime…, with its bill rate, cost rate and
/// multiplier, whether it is billed, and optionally the <see cref="RateWindow"/> in which it applies (OT-04, OT-05).
/// </summary>
/// <remarks>
/// <para>The bill rate (what the customer pays per hour, <i>verkooptarief</i>) and the cost rate (what an hour costs
/// the company, <i>kostprijs</i>) are kept apart; the multiplier applies to both. An entry does not refer to its hour
/// type for its price: it keeps a <see cref="RateSnapshot"/> (<see cref="ToRateSnapshot"/>), so a later rate change
/// never rewrites history (OT-06).</para>
/// <para>Instances are immutable and thread-safe; changes return new values. Two hour types are equal when all parts
/// are equal.</para>
/// </remarks>
public sealed record HourType
{
    /// <summary>The longest hour type code.</summary>
    public const int MaxCodeLength = 32;

    private HourType(string code, string name, Money billRate, Money costRate, decimal multiplier, bool isBillable, RateWindow? window)
    {
        Code = code;
        Name = name;
        BillRate = billRate;
        CostRate = costRate;
        Multiplier = multiplier;
        IsBillable = isBillable;
        Window = window;
    }

    /// <summary>Gets the stable code, such as <c>WORK</c> or <c>TRAVEL</c>: 1 to <see cref="MaxCodeLength"/> upper-case letters, digits, <c>_</c> or <c>-</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the display name, such as <c>Evening work</c>; never blank.</summary>
    public string Name { get; }

    /// <summary>Gets the bill rate per hour, before the multiplier; zero or more.</summary>
    public Money BillRate { get; }

    /// <summary>Gets the cost rate per hour, before the multiplier; zero or more.</summary>
    public Money CostRate { get; }

    /// <summary>Gets the multiplier of both rates; greater than 0, 1 unless set with <see cref="WithMultiplier"/>.</summary>
    public decimal Multiplier { get; }

    /// <summary>Gets a value indicating whether hours of this type are billed to the customer; <see langword="true"/> unless <see cref="AsNonBillable"/> was used.</summary>
    public bool IsBillable { get; }

    /// <summary>Gets the window in which this hour type applies, or <see langword="null"/> when it applies at any time.</summary>
    public RateWindow? Window { get; }

    /// <summary>Creates a billable hour type with multiplier 1 that applies at any time.</summary>
    /// <param name="code">The code; leading and trailing white space is removed.</param>
    /// <param name="name">The display name; leading and trailing white space is removed.</param>
    /// <param name="billRate">The bill rate per hour; zero or more.</param>
    /// <param name="costRate">The cost rate per hour; zero or more.</param>
    /// <returns>The hour type, or the rule the input breaks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    public static OneOf<HourType, HourTypeCodeInvalid, HourTypeNameRequired, RateNegative> Create(string code, string name, Money billRate, Money costRate)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(name);
        string trimmedCode = code.Trim();
        if (!IsValidCode(trimmedCode))
        {
            return new HourTypeCodeInvalid(code);
        }
        string trimmedName = name.Trim();
        if (trimmedName.Length == 0)
        {
            return new HourTypeNameRequired(trimmedCode);
        }
        if (CheckRates(billRate, costRate) is { } negative)
        {
            return negative;
        }
        return new HourType(trimmedCode, trimmedName, billRate, costRate, 1m, true, null);
    }

    /// <summary>Returns this hour type with another multiplier of both rates; this value does not change.</summary>
    /// <param name="multiplier">The multiplier, such as 1.25 or 1.5; greater than 0.</param>
    /// <returns>The new hour type, or <see cref="MultiplierInvalid"/>.</returns>
    public OneOf<HourType, MultiplierInvalid> WithMultiplier(decimal multiplier) =>
        multiplier <= 0
            ? new MultiplierInvalid(multiplier, 0)
            : new HourType(Code, Name, BillRate, CostRate, multiplier, IsBillable, Window);

    /// <summary>Returns this hour type applying only inside <paramref name="window"/>; this value does not change.</summary>
    /// <param name="window">The window, such as evenings after 17:00.</param>
    /// <returns>The new hour type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public HourType WithWindow(RateWindow window) =>
        new(Code, Name, BillRate, CostRate, Multiplier, IsBillable, Guard.Against.Null(window));

    /// <summary>Returns this hour type as not billed to the customer (internal hours); this value does not change.</summary>
    /// <returns>The new hour type.</returns>
    public HourType AsNonBillable() => new(Code, Name, BillRate, CostRate, Multiplier, false, Window);

    /// <summary>Returns the rates an entry of this type keeps, so later changes of this hour type do not rewrite it (OT-06).</summary>
    /// <returns>The snapshot of code, bill rate, cost rate and multiplier.</returns>
    public RateSnapshot ToRateSnapshot() => RateSnapshot.FromValid(Code, BillRate, CostRate, Multiplier);

    internal static bool IsValidCode(string code)
    {
        if (code.Length is 0 or > MaxCodeLength)
        {
            return false;
        }
        foreach (char c in code)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    internal static RateNegative? CheckRates(Money billRate, Money costRate) =>
        billRate.Amount < 0 ? new RateNegative("bill", billRate)
        : costRate.Amount < 0 ? new RateNegative("cost", costRate)
        : null;
}
