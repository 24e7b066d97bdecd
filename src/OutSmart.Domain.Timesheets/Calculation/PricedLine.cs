using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// One priced line of a calculation: a maximal run of one entry on one local date under one winning window, with its
/// elapsed time and amount (OT-04, OT-07).
/// </summary>
/// <remarks>The default value is an empty line of entry 0 at the Unix epoch; only <see cref="TimesheetCalculator"/> creates real lines.</remarks>
public readonly record struct PricedLine
{
    internal PricedLine(int entry, LocalDate date, Instant start, Instant end, RateWindow? window, decimal multiplier, Money amount)
    {
        Entry = entry;
        Date = date;
        Start = start;
        End = end;
        Window = window;
        Multiplier = multiplier;
        Amount = amount;
    }

    /// <summary>Gets the index of the entry the line belongs to, in the order the entries were given.</summary>
    public int Entry { get; }

    /// <summary>Gets the local date of the line in the calculation's zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the instant the line starts (included).</summary>
    public Instant Start { get; }

    /// <summary>Gets the instant the line ends (excluded).</summary>
    public Instant End { get; }

    /// <summary>Gets the winning window, or <see langword="null"/> when no window covers the line.</summary>
    public RateWindow? Window { get; }

    /// <summary>Gets the multiplier applied: the window's, or 1 without a window.</summary>
    public decimal Multiplier { get; }

    /// <summary>Gets the real elapsed time of the line, across a DST change too.</summary>
    public Duration Elapsed => End - Start;

    /// <summary>Gets the elapsed time in whole minutes (rounded down).</summary>
    public long Minutes => (End - Start).BclCompatibleTicks / NodaConstants.TicksPerMinute;

    /// <summary>Gets the amount: elapsed time × rate × multiplier, computed exactly and rounded to cents, midpoints away from zero (OT-07).</summary>
    public Money Amount { get; }
}
