using NodaTime;
using NodaTime.Testing.TimeZones;

namespace OutSmart.Domain.Abstractions.Tests;

public sealed class LocalDateTimeInZoneTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    [Fact]
    public void Resolve_WhenTheZoneRulesChangeAfterCreation_KeepsTheWallClockTime()
    {
        // Two zones with the same id: the rules as known when the appointment was made, and the rules later.
        var before = new SingleTransitionDateTimeZone(Instant.FromUtc(2000, 1, 1, 0, 0), Offset.FromHours(1), Offset.FromHours(1), "Test/Zone");
        var after = new SingleTransitionDateTimeZone(Instant.FromUtc(2000, 1, 1, 0, 0), Offset.FromHours(1), Offset.FromHours(2), "Test/Zone");
        var local = new LocalDateTime(2030, 6, 1, 9, 0);

        var madeEarlier = LocalDateTimeInZone.Create(local, before);
        var resolvedLater = LocalDateTimeInZone.Create(madeEarlier.LocalDateTime, after).Resolve();

        Assert.Equal(Instant.FromUtc(2030, 6, 1, 8, 0), madeEarlier.Resolve());
        Assert.Equal(Instant.FromUtc(2030, 6, 1, 7, 0), resolvedLater);
        Assert.Equal(new LocalTime(9, 0), resolvedLater.InZone(after).TimeOfDay);
    }

    [Theory]
    // Spring forward: 02:30 does not exist on 2026-03-29 in Amsterdam; it moves forward by the one-hour gap.
    [InlineData(2026, 3, 29, 2, 30, "2026-03-29T01:30:00Z")]
    // Fall back: 02:30 happens twice on 2026-10-25; the earlier instant (summer time) is taken.
    [InlineData(2026, 10, 25, 2, 30, "2026-10-25T00:30:00Z")]
    // An ordinary day in summer time.
    [InlineData(2026, 7, 1, 9, 0, "2026-07-01T07:00:00Z")]
    public void Resolve_InAmsterdam_UsesTheLenientResolver(int year, int month, int day, int hour, int minute, string expected)
    {
        var value = LocalDateTimeInZone.Create(new LocalDateTime(year, month, day, hour, minute), Amsterdam);

        var instant = value.Resolve();

        Assert.Equal(expected, instant.ToString());
    }

    [Fact]
    public void Equals_WhenTheSameLocalTimeAndZoneId_IsTrue()
    {
        var a = LocalDateTimeInZone.Create(new LocalDateTime(2026, 3, 29, 9, 0), Amsterdam);
        var b = LocalDateTimeInZone.Create(new LocalDateTime(2026, 3, 29, 9, 0), DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
        var otherZone = LocalDateTimeInZone.Create(new LocalDateTime(2026, 3, 29, 9, 0), DateTimeZone.Utc);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, otherZone);
    }

    [Fact]
    public void ToString_ShowsTheLocalTimeAndTheZoneId()
    {
        var value = LocalDateTimeInZone.Create(new LocalDateTime(2026, 3, 29, 9, 0), Amsterdam);

        Assert.Equal("2026-03-29T09:00 Europe/Amsterdam", value.ToString());
        Assert.Equal(new LocalDate(2026, 3, 29), value.Date);
    }

    [Fact]
    public void Create_WhenZoneIsNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => LocalDateTimeInZone.Create(new LocalDateTime(2026, 1, 1, 0, 0), null!));
    }
}
