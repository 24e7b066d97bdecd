using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>A stretch of working time within one day, in local time: <c>08:00–12:30</c>.</summary>
/// <remarks>
/// The start is included and the end excluded. An end of <see cref="LocalTime.Midnight"/> means the end of the day
/// (24:00), so <c>00:00–00:00</c> is the whole day. An interval never crosses midnight: split a night shift into
/// <c>22:00–24:00</c> on one day and <c>00:00–06:00</c> on the next. Two intervals are equal when their start and end
/// are equal.
/// </remarks>
public sealed record WorkingInterval
{
    private WorkingInterval(LocalTime start, LocalTime end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the local time at which work starts; included.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the local time at which work stops; excluded. <see cref="LocalTime.Midnight"/> means the end of the day.</summary>
    public LocalTime End { get; }

    /// <summary>Gets a value indicating whether the interval runs until the end of the day (24:00).</summary>
    public bool EndsAtEndOfDay => End == LocalTime.Midnight;

    /// <summary>
    /// Gets the nominal length of the interval, as on a day without a time-zone transition; on a DST change day the
    /// elapsed time may differ.
    /// </summary>
    public Duration NominalLength => Duration.FromNanoseconds(EndNanosecondOfDay - StartNanosecondOfDay);

    internal long StartNanosecondOfDay => Start.NanosecondOfDay;

    internal long EndNanosecondOfDay => EndsAtEndOfDay ? NodaConstants.NanosecondsPerDay : End.NanosecondOfDay;

    /// <summary>Creates the interval from <paramref name="start"/> (included) to <paramref name="end"/> (excluded).</summary>
    /// <param name="start">The local time work starts.</param>
    /// <param name="end">The local time work stops, later than <paramref name="start"/>; <see cref="LocalTime.Midnight"/> for the end of the day.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not later than <paramref name="start"/> and is not midnight.</exception>
    public static WorkingInterval Between(LocalTime start, LocalTime end)
    {
        if (end != LocalTime.Midnight && end <= start)
        {
            throw new ArgumentException($"A working interval must end after it starts, but {end:HH:mm:ss} is not after {start:HH:mm:ss}.", nameof(end));
        }
        return new WorkingInterval(start, end);
    }
}
