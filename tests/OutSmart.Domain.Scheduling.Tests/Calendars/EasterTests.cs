using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class EasterTests
{
    [Theory]
    [InlineData(1583, 4, 10)] // the first Gregorian Easter
    [InlineData(1818, 3, 22)] // earliest possible date
    [InlineData(1900, 4, 15)]
    [InlineData(1943, 4, 25)] // latest possible date
    [InlineData(1961, 4, 2)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2014, 4, 20)]
    [InlineData(2016, 3, 27)]
    [InlineData(2018, 4, 1)]
    [InlineData(2019, 4, 21)]
    [InlineData(2023, 4, 9)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    [InlineData(9999, 3, 28)]
    public void GetSunday_WhenKnownYear_ReturnsThePublishedDate(int year, int month, int day)
    {
        LocalDate easter = Easter.GetSunday(year);

        Assert.Equal(new LocalDate(year, month, day), easter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void GetSunday_WhenYearOutsideIsoRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Easter.GetSunday(year));
    }

    [Property]
    public Property GetSunday_WhenAnyYear_IsASundayFrom22MarchTo25April() =>
        Prop.ForAll(Gen.Choose(Easter.MinYear, Easter.MaxYear).ToArbitrary(), year =>
        {
            LocalDate easter = Easter.GetSunday(year);

            return easter.DayOfWeek == IsoDayOfWeek.Sunday
                && easter >= new LocalDate(year, 3, 22)
                && easter <= new LocalDate(year, 4, 25);
        });
}
