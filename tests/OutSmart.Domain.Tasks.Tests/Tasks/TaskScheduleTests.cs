using NodaTime;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed class TaskScheduleTests
{
    [Fact]
    public void Create_WhenStartIsAfterDueDate_ReturnsTaskStartAfterDue()
    {
        var result = TaskSchedule.Create(new LocalDate(2026, 3, 7), TaskDue.OnDate(new LocalDate(2026, 3, 6)));

        var error = Assert.IsType<TaskStartAfterDue>(result.Value);
        Assert.Equal("TASK_START_AFTER_DUE", error.Code);
        Assert.StartsWith("Start must be before the due date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WhenStartIsOnDueDate_ReturnsSchedule()
    {
        var result = TaskSchedule.Create(new LocalDate(2026, 3, 6), TaskDue.OnDate(new LocalDate(2026, 3, 6)));

        Assert.True(result.IsT0);
    }

    [Fact]
    public void Create_WhenDueMomentIsJustAfterMidnight_ComparesWithItsLocalDay()
    {
        // 00:30 on 6 March in Amsterdam is still 5 March in UTC; the local day counts.
        var due = TaskDue.At(new LocalDateTime(2026, 3, 6, 0, 30), TaskFixtures.Amsterdam);

        var result = TaskSchedule.Create(new LocalDate(2026, 3, 6), due);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void Create_WhenStartIsAfterDueMomentsDay_ReturnsTaskStartAfterDue()
    {
        var due = TaskDue.At(new LocalDateTime(2026, 3, 5, 13, 0), TaskFixtures.Amsterdam);

        var result = TaskSchedule.Create(new LocalDate(2026, 3, 6), due);

        Assert.IsType<TaskStartAfterDue>(result.Value);
    }

    [Fact]
    public void Create_WhenOnlyStart_ReturnsSchedule()
    {
        var result = TaskSchedule.Create(new LocalDate(2026, 3, 6), null);

        Assert.Null(result.AsT0.Due);
        Assert.Equal(new LocalDate(2026, 3, 6), result.AsT0.Start);
    }
}
