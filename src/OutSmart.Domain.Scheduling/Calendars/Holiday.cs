using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>A named day on which no work is scheduled, such as a public holiday or a company closing day.</summary>
/// <remarks>
/// Two holidays are equal when their date, name and local name are equal (ordinal comparison). A holiday covers the
/// whole calendar day, in whatever time zone the day is looked at.
/// </remarks>
public sealed record Holiday
{
    private Holiday(LocalDate date, string name, string localName)
    {
        Date = date;
        Name = name;
        LocalName = localName;
    }

    /// <summary>Gets the calendar day of the holiday.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the English name of the holiday, for example <c>King's Day</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets the name in the language of the calendar that defines it, for example <c>Koningsdag</c>; equal to
    /// <see cref="Name"/> when no local name was given.
    /// </summary>
    public string LocalName { get; }

    /// <summary>Creates a holiday on <paramref name="date"/>.</summary>
    /// <param name="date">The calendar day of the holiday.</param>
    /// <param name="name">The English name; not blank. Surrounding white space is removed.</param>
    /// <param name="localName">The name in the calendar's language, or <see langword="null"/> to use <paramref name="name"/>.</param>
    /// <returns>The holiday.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="localName"/> is empty or white space.</exception>
    public static Holiday On(LocalDate date, string name, string? localName = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (localName is not null)
        {
            Guard.Against.NullOrWhiteSpace(localName);
        }
        string trimmed = name.Trim();
        return new Holiday(date, trimmed, localName?.Trim() ?? trimmed);
    }
}
