namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed class CannotCompleteReasonTests
{
    [Theory]
    [InlineData(null, 0)]
    [InlineData("broken", 6)]
    [InlineData("  123456789  ", 9)]
    public void Create_WhenShorterThanTenAfterTrimming_ReturnsReasonRequired(string? reason, int length)
    {
        // WO-08: a reason of at least 10 characters.
        var result = CannotCompleteReason.Create(reason);

        var error = Assert.IsType<ReasonRequired>(result.Value);
        Assert.Equal("REASON_REQUIRED", error.Code);
        Assert.Equal(length, error.Length);
    }

    [Fact]
    public void Create_WhenTenCharactersAfterTrimming_KeepsTheTrimmedText()
    {
        var result = CannotCompleteReason.Create("  1234567890  ");

        Assert.Equal("1234567890", result.AsT0.Value);
    }

    [Fact]
    public void Create_WhenLongerThanTheLimit_ReturnsReasonTooLong()
    {
        var result = CannotCompleteReason.Create(new string('x', CannotCompleteReason.MaxLength + 1));

        Assert.Equal("REASON_TOO_LONG", Assert.IsType<ReasonTooLong>(result.Value).Code);
    }
}
