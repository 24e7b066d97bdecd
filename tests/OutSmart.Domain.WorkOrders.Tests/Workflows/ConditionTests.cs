namespace OutSmart.Domain.WorkOrders.Tests.Workflows;

public sealed class ConditionTests
{
    private static readonly Dictionary<string, string> Answers = new() { ["leak"] = "yes", ["count"] = "3" };

    [Theory]
    [InlineData("leak", "yes", true)]
    [InlineData("leak", "no", false)]
    [InlineData("missing", "yes", false)]
    public void IsMetBy_WhenEqual_ComparesAnswer(string field, string value, bool expected)
    {
        Assert.Equal(expected, Condition.Equal(field, value).IsMetBy(Answers));
    }

    [Fact]
    public void IsMetBy_WhenFieldUnanswered_IsFalseEvenForNotEqual()
    {
        Assert.False(Condition.NotEqual("missing", "yes").IsMetBy(Answers));
        Assert.False(Condition.Answered("missing").IsMetBy(Answers));
        Assert.True(Condition.NotEqual("leak", "no").IsMetBy(Answers));
    }

    [Fact]
    public void IsMetBy_WhenCombined_AppliesAllOfAndAnyOf()
    {
        var both = Condition.AllOf(Condition.Answered("leak"), Condition.Equal("count", "3"));
        var either = Condition.AnyOf(Condition.Answered("missing"), Condition.Equal("count", "4"));

        Assert.True(both.IsMetBy(Answers));
        Assert.False(either.IsMetBy(Answers));
        Assert.Equal(["leak", "count"], both.ReferencedFields);
    }

    [Fact]
    public void Equals_WhenSameStructure_ReturnsTrue()
    {
        Assert.Equal(Condition.AllOf(Condition.Answered("a")), Condition.AllOf(Condition.Answered("a")));
        Assert.NotEqual(Condition.Equal("a", "1"), Condition.NotEqual("a", "1"));
    }

    [Fact]
    public void AppliesTo_WhenRequiredWhen_FollowsCondition()
    {
        var requirement = Requirement.RequiredWhen(Condition.Equal("leak", "yes"));

        Assert.True(requirement.AppliesTo(Answers));
        Assert.False(requirement.AppliesTo(new Dictionary<string, string>()));
        Assert.False(requirement.IsOptional);
        Assert.True(Requirement.Optional.IsOptional);
    }
}
