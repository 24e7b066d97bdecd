using NodaTime;
using NodaTime.Text;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>The text forms of the typed query columns, chosen so that ordinal text order is the values' order.</summary>
internal static class Keys
{
    private static readonly InstantPattern InstantKey = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    /// <summary>An instant as fixed-width UTC text with nanoseconds: ordinal order is time order (years 0 to 9999).</summary>
    public static string Instant(Instant instant) => InstantKey.Format(instant);

    /// <summary>A date as <c>uuuu-MM-dd</c>.</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A <see cref="Guid"/> as lower-case <c>"D"</c> text: ordinal order is <see cref="Guid.CompareTo(Guid)"/>'s.</summary>
    public static string Id(Guid id) => id.ToString("D");
}
