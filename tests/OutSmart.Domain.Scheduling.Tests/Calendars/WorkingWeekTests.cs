using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class WorkingWeekTests
{
    [Fact]
    public void Of_WhenNoDays_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkingWeek.Of());
        Assert.Throws<ArgumentException>(() => WorkingWeek.Of(IsoDayOfWeek.None));
    }

    [Fact]
    public void Of_WhenMondayToFridayInAnyOrder_EqualsMondayToFriday()
    {
        var week = WorkingWeek.Of(IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Monday);

        Assert.Equal(WorkingWeek.MondayToFriday, week);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], week.Days);
        Assert.False(week.IsWorkingDay(IsoDayOfWeek.Saturday));
        Assert.False(week.IsWorkingDay(IsoDayOfWeek.None));
    }
}
