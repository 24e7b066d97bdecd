using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Abstractions.Tests;

public sealed class AggregateVersionTests
{
    [Fact]
    public void Default_IsTheVersionOfANeverSavedAggregate()
    {
        Assert.Equal(AggregateVersion.New, default);
        Assert.Equal(0, AggregateVersion.New.Value);
    }

    [Fact]
    public void Next_WhenCalled_ReturnsTheFollowingVersionAndLeavesThisOne()
    {
        var version = AggregateVersion.From(4);

        var next = version.Next();

        Assert.Equal(5, next.Value);
        Assert.Equal(4, version.Value);
        Assert.True(next > version);
    }

    [Fact]
    public void From_WhenNegative_Throws()
    {
        Assert.Throws<ArgumentException>(() => AggregateVersion.From(-1));
    }

    [Fact]
    public void ConcurrencyConflict_SaysWhatToDo()
    {
        var conflict = new ConcurrencyConflict("FollowUpTask", Guid.Parse("5d1c7f0e-8a43-4f55-9a0b-1c2d3e4f5a6b"), AggregateVersion.From(2), AggregateVersion.From(3));

        Assert.Equal("CONCURRENCY_CONFLICT", conflict.Code);
        Assert.Contains("version 3, expected 2", conflict.Message);
        Assert.Contains("no longer exists", (conflict with { Actual = null }).Message);
    }

    [Fact]
    public void ConfirmSaved_WhenTheNextVersion_ReturnsIt()
    {
        var version = AggregateVersion.From(4);

        var saved = version.ConfirmSaved(AggregateVersion.From(5));

        Assert.Equal(AggregateVersion.From(5), saved);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void ConfirmSaved_WhenNotTheNextVersion_Throws(long stored)
    {
        var version = AggregateVersion.From(4);

        var exception = Assert.Throws<ArgumentException>(() => version.ConfirmSaved(AggregateVersion.From(stored)));

        Assert.Equal("savedVersion", exception.ParamName);
    }
}
