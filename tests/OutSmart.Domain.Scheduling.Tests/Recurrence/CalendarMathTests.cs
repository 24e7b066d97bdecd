using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Scheduling.Tests.Recurrence;

/// <summary>The evaluator's calendar arithmetic against NodaTime's own.</summary>
public sealed class CalendarMathTests
{
    private static readonly LocalDate DayZero = new(1, 1, 1);

    [Fact]
    public void YearOfDay_ForEveryDayOfTheYearsOneTo9999_IsTheYearThatHoldsTheDay()
    {
        int wrong = 0;
        int firstWrong = -1;
        for (int year = 1; year <= CalendarMath.MaxYear; year++)
        {
            int end = CalendarMath.DaysBeforeYear(year + 1);
            for (int day = CalendarMath.DaysBeforeYear(year); day < end; day++)
            {
                if (CalendarMath.YearOfDay(day) != year)
                {
                    wrong++;
                    firstWrong = firstWrong < 0 ? day : firstWrong;
                }
            }
        }

        Assert.Equal((0, -1), (wrong, firstWrong));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(-366, 0)]
    [InlineData(-367, -1)]
    public void YearOfDay_BeforeTheYearOne_CountsBackwards(int day, int expectedYear) =>
        Assert.Equal(expectedYear, CalendarMath.YearOfDay(day));

    [Property(MaxTest = 500)]
    public Property Key_AnyIsoDateTime_CountsSecondsFromTheYearOne() =>
        Prop.ForAll(
            Gen.Choose(-3_000_000, 3_651_000).Select(day => DayZero.PlusDays(day)).ToArbitrary(),
            Gen.Choose(0, 86_399).ToArbitrary(),
            Gen.Choose(0, 999_999_999).ToArbitrary(),
            (date, second, nanosecond) =>
            {
                LocalDateTime value = date.At(LocalTime.FromSecondsSinceMidnight(second).PlusNanoseconds(nanosecond));
                long expected = ((long)Period.DaysBetween(DayZero, date) * CalendarMath.SecondsPerDay) + second;
                return CalendarMath.Key(value) == expected
                    && CalendarMath.CeilingKey(value) == expected + (nanosecond > 0 ? 1 : 0);
            });

    [Fact]
    public void Key_NonIsoCalendar_IsTheKeyOfTheSameDayInIso()
    {
        LocalDateTime iso = new(2026, 3, 1, 9, 30, 15);

        Assert.Equal(CalendarMath.Key(iso), CalendarMath.Key(iso.WithCalendar(CalendarSystem.Julian)));
    }
}
