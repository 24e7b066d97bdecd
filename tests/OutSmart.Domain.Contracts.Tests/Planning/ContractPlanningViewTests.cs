using NodaTime;
using OutSmart.Domain.Contracts.Tests.TestData;

namespace OutSmart.Domain.Contracts.Tests.Planning;

public sealed class ContractPlanningViewTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    [Fact]
    public void Create_WhenTwoSchedulesShareAName_RefusesIt()
    {
        var result = ContractPlanningView.Create(Plans.Contract, Plans.Amsterdam, Start, new LocalTime(8, 0),
            [Plans.Schedule("visit", "FREQ=MONTHLY", 1), Plans.Schedule("visit", "FREQ=YEARLY", 2)]);

        Assert.Equal("CONTRACT_PLANNING_SCHEDULE_NAME_REPEATED", result.AsT1.Code);
    }

    [Fact]
    public void Create_WhenTwoSchedulesShareAPrecedence_RefusesIt()
    {
        var result = ContractPlanningView.Create(Plans.Contract, Plans.Amsterdam, Start, new LocalTime(8, 0),
            [Plans.Schedule("monthly", "FREQ=MONTHLY", 1), Plans.Schedule("yearly", "FREQ=YEARLY", 1)]);

        Assert.Equal(PlanningViewProblem.PrecedenceRepeated, result.AsT1.Problem);
    }

    [Fact]
    public void Create_WithoutSchedules_RefusesIt()
    {
        var result = ContractPlanningView.Create(Plans.Contract, Plans.Amsterdam, Start, new LocalTime(8, 0), []);

        Assert.Equal("CONTRACT_PLANNING_NO_SCHEDULES", result.AsT1.Code);
    }

    [Fact]
    public void Create_WhenTheTimeHasAFractionOfASecond_RefusesIt()
    {
        var result = ContractPlanningView.Create(Plans.Contract, Plans.Amsterdam, Start, new LocalTime(8, 0).PlusMilliseconds(5), [Plans.Schedule("visit", "FREQ=MONTHLY")]);

        Assert.Equal("CONTRACT_PLANNING_TIME_INVALID", result.AsT1.Code);
    }

    [Fact]
    public void Create_WhenTheStartIsBeforeTheYearOne_RefusesIt()
    {
        var result = ContractPlanningView.Create(Plans.Contract, Plans.Amsterdam, new LocalDate(0, 12, 31), new LocalTime(8, 0), [Plans.Schedule("visit", "FREQ=MONTHLY")]);

        Assert.Equal("CONTRACT_PLANNING_DATE_OUT_OF_RANGE", result.AsT1.Code);
    }

    [Fact]
    public void Create_WhenGivenSchedulesOutOfOrder_KeepsThemOrderedByName()
    {
        var view = Plans.View(Start, Plans.Schedule("yearly", "FREQ=YEARLY", 2), Plans.Schedule("monthly", "FREQ=MONTHLY", 1));

        Assert.Equal(["monthly", "yearly"], view.Schedules.Select(s => s.Name));
        Assert.Equal(1, view.IndexOf("yearly"));
        Assert.Equal(-1, view.IndexOf("weekly"));
    }

    [Fact]
    public void WithEnd_WhenTheEndIsBeforeTheStart_RefusesIt()
    {
        var view = Plans.View(Start, Plans.Schedule("visit", "FREQ=MONTHLY"));

        Assert.Equal("CONTRACT_PLANNING_END_BEFORE_START", view.WithEnd(new LocalDate(2025, 12, 31)).AsT1.Code);
        Assert.Equal(Start, view.WithEnd(Start).AsT0.End);
    }

    [Fact]
    public void WithTermination_WhenTheDayIsBeforeTheStart_RefusesIt()
    {
        var view = Plans.View(Start, Plans.Schedule("visit", "FREQ=MONTHLY"));

        Assert.Equal("CONTRACT_PLANNING_TERMINATED_BEFORE_START", view.WithTermination(new LocalDate(2025, 12, 31)).AsT1.Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void WithDaysInAdvance_WhenOutsideZeroTo365_RefusesIt(int days)
    {
        var view = Plans.View(Start, Plans.Schedule("visit", "FREQ=MONTHLY"));

        Assert.Equal("CONTRACT_PLANNING_DAYS_IN_ADVANCE_OUT_OF_RANGE", view.WithDaysInAdvance(days).AsT1.Code);
    }

    [Fact]
    public void WithTimeWindow_WhenTheWindowEndsBeforeItStarts_RefusesIt()
    {
        var view = Plans.View(Start, Plans.Schedule("visit", "FREQ=MONTHLY"));

        Assert.Equal("CONTRACT_PLANNING_TIME_INVALID", view.WithTimeWindow(new LocalTime(7, 0)).AsT1.Code);
        Assert.Equal(new LocalTime(12, 0), view.WithTimeWindow(new LocalTime(12, 0)).AsT0.WindowEnd);
    }

    [Fact]
    public void LastDay_WhenBothEndAndTerminationAreSet_IsTheEarlier()
    {
        var view = Plans.View(Start, Plans.Schedule("visit", "FREQ=MONTHLY")).Ending(new LocalDate(2026, 12, 31)).Terminated(new LocalDate(2026, 8, 15));

        Assert.Equal(new LocalDate(2026, 8, 15), view.LastDay);
    }

    [Fact]
    public void WithPreviousCompletion_WhenTheScheduleIsUnknown_Throws()
    {
        var view = Plans.View(Start, Plans.Schedule("visit", "FREQ=MONTHLY"));

        Assert.Throws<ArgumentException>(() => view.WithPreviousCompletion("other", Start));
    }
}
