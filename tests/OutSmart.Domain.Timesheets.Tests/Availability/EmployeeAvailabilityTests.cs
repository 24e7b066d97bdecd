using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Timesheets.Tests.Availability;

public sealed class EmployeeAvailabilityTests
{
    private static readonly WeeklyHours FullTime = WeeklyHours.MondayToFriday(Duration.FromHours(8));

    [Fact]
    public void ExpectedOn_WhenAWeekday_IsThatDaysHours()
    {
        var availability = EmployeeAvailability.Create(FullTime, CustomHolidayCalendar.Empty);

        Assert.Equal(Duration.FromHours(8), availability.ExpectedOn(new LocalDate(2026, 11, 16)));
        Assert.Equal(Duration.Zero, availability.ExpectedOn(new LocalDate(2026, 11, 21)));
    }

    [Fact]
    public void ExpectedOn_WhenAPublicHoliday_IsZero()
    {
        var availability = EmployeeAvailability.Create(FullTime, DutchHolidayCalendar.Standard);

        Assert.Equal(Duration.Zero, availability.ExpectedOn(new LocalDate(2026, 12, 25)));
        Assert.Equal(Duration.FromHours(8), availability.ExpectedOn(new LocalDate(2026, 12, 23)));
    }

    [Fact]
    public void ExpectedOn_WhenHoursChangeFromADate_UsesTheVersionInForceOnEachDate()
    {
        var availability = EmployeeAvailability.Create(FullTime, CustomHolidayCalendar.Empty)
            .WithHoursFrom(new LocalDate(2026, 12, 1), WeeklyHours.MondayToFriday(Duration.FromHours(6)))
            .WithHoursFrom(new LocalDate(2027, 1, 1), WeeklyHours.MondayToFriday(Duration.FromHours(7)));

        Assert.Equal(Duration.FromHours(8), availability.ExpectedOn(new LocalDate(2026, 11, 30)));
        Assert.Equal(Duration.FromHours(6), availability.ExpectedOn(new LocalDate(2026, 12, 1)));
        Assert.Equal(Duration.FromHours(6), availability.ExpectedOn(new LocalDate(2026, 12, 31)));
        Assert.Equal(Duration.FromHours(7), availability.ExpectedOn(new LocalDate(2027, 1, 4)));
    }

    [Fact]
    public void WithHoursFrom_WhenTheDateAlreadyHasAVersion_ReplacesIt()
    {
        var availability = EmployeeAvailability.Create(FullTime, CustomHolidayCalendar.Empty)
            .WithHoursFrom(new LocalDate(2026, 12, 1), WeeklyHours.MondayToFriday(Duration.FromHours(6)))
            .WithHoursFrom(new LocalDate(2026, 12, 1), WeeklyHours.MondayToFriday(Duration.FromHours(4)));

        Assert.Equal(Duration.FromHours(4), availability.ExpectedOn(new LocalDate(2026, 12, 1)));
    }

    [Fact]
    public void ExpectedOn_WhenAbsent_ReducesTheHoursButNeverBelowZero()
    {
        var availability = EmployeeAvailability.Create(FullTime, CustomHolidayCalendar.Empty)
            .WithAbsence(new LocalDate(2026, 11, 16), Duration.FromHours(3))
            .WithAbsence(new LocalDate(2026, 11, 17), Duration.FromHours(6))
            .WithAbsence(new LocalDate(2026, 11, 17), Duration.FromHours(6));

        Assert.Equal(Duration.FromHours(5), availability.ExpectedOn(new LocalDate(2026, 11, 16)));
        Assert.Equal(Duration.Zero, availability.ExpectedOn(new LocalDate(2026, 11, 17)));
    }

    [Fact]
    public void WithAbsence_WhenNegative_Throws()
    {
        var availability = EmployeeAvailability.Create(FullTime, CustomHolidayCalendar.Empty);

        Assert.Throws<ArgumentOutOfRangeException>(() => availability.WithAbsence(new LocalDate(2026, 11, 16), Duration.FromMinutes(-1)));
    }
}
