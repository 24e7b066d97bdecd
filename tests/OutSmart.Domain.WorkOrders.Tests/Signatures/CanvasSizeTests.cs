namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class CanvasSizeTests
{
    [Theory]
    [InlineData(600, 200)]
    [InlineData(100, 100)]
    [InlineData(4000, 400)] // exactly 10:1
    [InlineData(4000, 4000)]
    public void Create_WhenWithinSig03_ReturnsSize(double width, double height)
    {
        var result = CanvasSize.Create(width, height);

        Assert.True(result.IsT0);
        Assert.Equal(width, result.AsT0.Width);
        Assert.Equal(height, result.AsT0.Height);
    }

    [Theory]
    [InlineData(99, 200)]
    [InlineData(600, 4001)]
    [InlineData(1500, 100)] // 15:1
    [InlineData(double.NaN, 200)]
    [InlineData(600, double.PositiveInfinity)]
    public void Create_WhenOutsideSig03_ReturnsSignatureCanvasInvalid(double width, double height)
    {
        var result = CanvasSize.Create(width, height);

        Assert.Equal("SIGNATURE_CANVAS_INVALID", Assert.IsType<SignatureCanvasInvalid>(result.Value).Code);
    }

    [Fact]
    public void ToString_WhenCalled_ReturnsWidthXHeight()
    {
        Assert.Equal("600x200", CanvasSize.Create(600, 200).AsT0.ToString());
    }
}
