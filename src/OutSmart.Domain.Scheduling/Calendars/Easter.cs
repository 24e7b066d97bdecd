using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>Computes the date of Easter Sunday in the Gregorian calendar.</summary>
/// <remarks>
/// The date is found with the anonymous Gregorian algorithm (Meeus/Jones/Butcher), the computus used by the Western
/// churches since 1583. NodaTime's ISO calendar is the proleptic Gregorian calendar, so years before 1583 give the
/// date the Gregorian rules would have given, not the Julian Easter that was actually celebrated then.
/// The methods are pure and thread-safe.
/// </remarks>
public static class Easter
{
    /// <summary>The first year for which <see cref="GetSunday"/> is defined.</summary>
    public const int MinYear = 1;

    /// <summary>The last year for which <see cref="GetSunday"/> is defined (NodaTime's last ISO year).</summary>
    public const int MaxYear = 9999;

    /// <summary>Returns the date of Easter Sunday in <paramref name="year"/>.</summary>
    /// <param name="year">A year from <see cref="MinYear"/> to <see cref="MaxYear"/>, both included.</param>
    /// <returns>A Sunday between 22 March and 25 April, both included, in the ISO calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static LocalDate GetSunday(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), MinYear, MaxYear);
        (int month, int day) = Compute(year);
        return new LocalDate(year, month, day);
    }

    /// <summary>The anonymous Gregorian algorithm; <paramref name="year"/> must be positive.</summary>
    internal static (int Month, int Day) Compute(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return (month, day);
    }
}
