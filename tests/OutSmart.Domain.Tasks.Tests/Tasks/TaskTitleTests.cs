namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed class TaskTitleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Create_WhenBlank_ReturnsTaskTitleRequired(string text)
    {
        var result = TaskTitle.Create(text);

        var error = Assert.IsType<TaskTitleRequired>(result.Value);
        Assert.Equal("TASK_TITLE_REQUIRED", error.Code);
    }

    [Fact]
    public void Create_WhenLongerThan200AfterTrimming_ReturnsTaskTitleTooLong()
    {
        var result = TaskTitle.Create(new string('a', 201));

        var error = Assert.IsType<TaskTitleTooLong>(result.Value);
        Assert.Equal(201, error.Length);
        Assert.Equal("TASK_TITLE_TOO_LONG", error.Code);
    }

    [Fact]
    public void Create_When200CharactersSurroundedBySpaces_ReturnsTrimmedTitle()
    {
        var result = TaskTitle.Create("  " + new string('a', 200) + "  ");

        var title = Assert.IsType<TaskTitle>(result.Value);
        Assert.Equal(200, title.Value.Length);
    }

    [Fact]
    public void Create_WhenOneCharacter_ReturnsTitle()
    {
        var result = TaskTitle.Create(" x ");

        Assert.Equal("x", result.AsT0.Value);
    }

    [Fact]
    public void Create_WhenNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TaskTitle.Create(null!));
    }
}
