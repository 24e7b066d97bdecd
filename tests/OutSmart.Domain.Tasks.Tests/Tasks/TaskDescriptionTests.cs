namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed class TaskDescriptionTests
{
    [Fact]
    public void Create_When10000Characters_ReturnsDescription()
    {
        var result = TaskDescription.Create(new string('d', 10_000));

        Assert.Equal(10_000, result.AsT0.Value.Length);
    }

    [Fact]
    public void Create_When10001Characters_ReturnsTaskDescriptionTooLong()
    {
        var result = TaskDescription.Create(new string('d', 10_001));

        var error = Assert.IsType<TaskDescriptionTooLong>(result.Value);
        Assert.Equal(10_001, error.Length);
        Assert.Equal(10_000, error.MaxLength);
        Assert.Equal("TASK_DESCRIPTION_TOO_LONG", error.Code);
    }

    [Fact]
    public void Create_WhenEmpty_ReturnsEmpty()
    {
        var result = TaskDescription.Create(string.Empty);

        Assert.Same(TaskDescription.Empty, result.AsT0);
    }
}
