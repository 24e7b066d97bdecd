using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Timesheets.Tests.Availability;

public sealed class WeeklyHoursTests
{
    [Fact]
    public void MondayToFriday_WhenCreated_HasTheHoursOnWeekdaysOnly()
    {
        var hours = WeeklyHours.MondayToFriday(Duration.FromHours(8));

        Assert.Equal(Duration.FromHours(8), hours.On(IsoDayOfWeek.Friday));
        Assert.Equal(Duration.Zero, hours.On(IsoDayOfWeek.Saturday));
        Assert.Equal(Duration.FromHours(40), hours.Total);
    }

    [Fact]
    public void FromWorkingHours_WhenDaysHaveIntervals_ExpectsTheirLength()
    {
        WeeklyWorkingHours working = WeeklyWorkingHours.None
            .WithDay(IsoDayOfWeek.Monday, WorkingInterval.Between(new LocalTime(8, 0), new LocalTime(12, 0)), WorkingInterval.Between(new LocalTime(12, 30), new LocalTime(17, 0)));

        var hours = WeeklyHours.FromWorkingHours(working);

        Assert.Equal(Duration.FromMinutes(510), hours.On(IsoDayOfWeek.Monday));
        Assert.Equal(Duration.Zero, hours.On(IsoDayOfWeek.Tuesday));
    }

    [Fact]
    public void WithDay_WhenLongerThanADayOrNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WeeklyHours.None.WithDay(IsoDayOfWeek.Monday, Duration.FromHours(25)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeeklyHours.None.WithDay(IsoDayOfWeek.Monday, Duration.FromMinutes(-1)));
        Assert.Throws<ArgumentException>(() => WeeklyHours.None.WithDay(IsoDayOfWeek.None, Duration.Zero));
    }

    [Fact]
    public void Equals_WhenEveryDayMatches_AreEqual()
    {
        var a = WeeklyHours.MondayToFriday(Duration.FromHours(8));
        var b = WeeklyHours.None.WithDay(IsoDayOfWeek.Monday, Duration.FromHours(8)).WithDay(IsoDayOfWeek.Tuesday, Duration.FromHours(8))
            .WithDay(IsoDayOfWeek.Wednesday, Duration.FromHours(8)).WithDay(IsoDayOfWeek.Thursday, Duration.FromHours(8)).WithDay(IsoDayOfWeek.Friday, Duration.FromHours(8));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, WeeklyHours.None);
    }
}
