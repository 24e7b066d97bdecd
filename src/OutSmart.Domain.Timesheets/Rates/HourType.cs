using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// A kind of hours (<i>uursoort</i>): work, travel, evening, weekend, overtime…, with its bill rate, cost rate and
/// multiplier, whether it is billed, optionally the <see cref="RateWindow"/> in which it applies (OT-04, OT-05), whether
/// it is active and which entry kinds it fits (TS-14), and whether its hours count as work (OT-03).
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

    private const int WorkBit = 1 << (int)TimesheetEntryKind.Work;

    // Kept as fields so record equality includes them: a deactivated type, the kinds as a bit set, travel not counted.
    private readonly bool _inactive;
    private readonly int _kinds = WorkBit;
    private readonly bool _travelNotWork;

    private HourType(HourType source, bool inactive, int kinds, bool travelNotWork)
        : this(source.Code, source.Name, source.BillRate, source.CostRate, source.Multiplier, source.IsBillable, source.Window)
    {
        _inactive = inactive;
        _kinds = kinds;
        _travelNotWork = travelNotWork;
    }

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

    /// <summary>Gets a value indicating whether new hours may be registered with this type (TS-14); <see langword="true"/> unless <see cref="Deactivate"/> was used.</summary>
    public bool IsActive => !_inactive;

    /// <summary>Gets the entry kinds this type fits (TS-14), in kind order: <see cref="TimesheetEntryKind.Work"/> unless <see cref="ForKinds"/> was used.</summary>
    public ImmutableArray<TimesheetEntryKind> Kinds =>
        [.. new[] { TimesheetEntryKind.Work, TimesheetEntryKind.Travel }.Where(Fits)];

    /// <summary>Gets a value indicating whether hours of this type count as worked time for overtime and the Working
    /// Hours Act maxima (OT-03): a type fitting work always does; a travel type does unless
    /// <see cref="WithTravelNotCountingAsWork"/> was used.</summary>
    public bool CountsAsWork => (_kinds & WorkBit) != 0 || !_travelNotWork;

    /// <summary>Tells whether this type fits an entry kind (TS-14). Only work and travel take an hour type, so breaks,
    /// expenses and kilometres never fit.</summary>
    /// <param name="kind">The entry kind.</param>
    /// <returns><see langword="true"/> when an entry of <paramref name="kind"/> may use this type.</returns>
    public bool Fits(TimesheetEntryKind kind) =>
        kind is TimesheetEntryKind.Work or TimesheetEntryKind.Travel && (_kinds & (1 << (int)kind)) != 0;

    /// <summary>Tells whether an entry of <paramref name="kind"/> may be registered with this type now (TS-14): the
    /// type is active and fits the kind.</summary>
    /// <param name="kind">The entry kind.</param>
    /// <returns><see langword="true"/> when the type is active and fits <paramref name="kind"/>.</returns>
    public bool IsValidFor(TimesheetEntryKind kind) => IsActive && Fits(kind);

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
            : new HourType(new HourType(Code, Name, BillRate, CostRate, multiplier, IsBillable, Window), _inactive, _kinds, _travelNotWork);

    /// <summary>Returns this hour type applying only inside <paramref name="window"/>; this value does not change.</summary>
    /// <param name="window">The window, such as evenings after 17:00.</param>
    /// <returns>The new hour type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public HourType WithWindow(RateWindow window) =>
        new(new HourType(Code, Name, BillRate, CostRate, Multiplier, IsBillable, Guard.Against.Null(window)), _inactive, _kinds, _travelNotWork);

    /// <summary>Returns this hour type as not billed to the customer (internal hours); this value does not change.</summary>
    /// <returns>The new hour type.</returns>
    public HourType AsNonBillable() =>
        new(new HourType(Code, Name, BillRate, CostRate, Multiplier, false, Window), _inactive, _kinds, _travelNotWork);

    /// <summary>Returns this hour type as inactive (<i>vervallen</i>): entries already made keep their rate snapshot,
    /// but new hours with it break TS-14; this value does not change.</summary>
    /// <returns>The new hour type.</returns>
    public HourType Deactivate() => new(this, true, _kinds, _travelNotWork);

    /// <summary>Returns this hour type fitting exactly the given entry kinds (TS-14), such as only
    /// <see cref="TimesheetEntryKind.Travel"/> for a travel type (<i>reisuren</i>); this value does not change.</summary>
    /// <param name="kinds">One or more of <see cref="TimesheetEntryKind.Work"/> and <see cref="TimesheetEntryKind.Travel"/>.</param>
    /// <returns>The new hour type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> is empty or holds a kind other than work or travel (breaks, expenses and kilometres take no hour type).</exception>
    public HourType ForKinds(params TimesheetEntryKind[] kinds)
    {
        Guard.Against.Null(kinds);
        int mask = 0;
        foreach (TimesheetEntryKind kind in kinds)
        {
            mask |= kind is TimesheetEntryKind.Work or TimesheetEntryKind.Travel
                ? 1 << (int)kind
                : throw new ArgumentException("Only work and travel take an hour type.", nameof(kinds));
        }
        return mask == 0 ? throw new ArgumentException("An hour type fits at least one kind.", nameof(kinds)) : new(this, _inactive, mask, _travelNotWork);
    }

    /// <summary>Returns this travel hour type with its hours not counted as work (OT-03: travel counts unless configured
    /// otherwise); this value does not change.</summary>
    /// <returns>The new hour type.</returns>
    /// <exception cref="InvalidOperationException">The type fits work: work always counts.</exception>
    public HourType WithTravelNotCountingAsWork() =>
        (_kinds & WorkBit) != 0
            ? throw new InvalidOperationException("An hour type that fits work always counts as work (OT-03).")
            : new(this, _inactive, _kinds, true);

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
