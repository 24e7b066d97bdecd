using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>
/// Business time could not be added: from <paramref name="SearchedFrom"/> on, a whole
/// <see cref="BusinessCalendar.MaxSearchDays"/>-day stretch (or the rest of NodaTime's calendar) holds no working time,
/// for example because the working hours are empty or the holidays cover every working day.
/// </summary>
/// <param name="SearchedFrom">The instant from which no working time was found.</param>
/// <param name="Remaining">The business time that was still to be added at that instant.</param>
public sealed record WorkingTimeNotFound(Instant SearchedFrom, Duration Remaining) : IDomainError
{
    /// <inheritdoc/>
    public string Code => "SCHEDULING_WORKING_TIME_NOT_FOUND";

    /// <inheritdoc/>
    public string Message =>
        $"No working time was found within {BusinessCalendar.MaxSearchDays} days after {SearchedFrom}; check the working hours and holidays.";
}
