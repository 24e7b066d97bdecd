using FsCheck.Xunit;
using NodaTime;

namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class SignatureLocationTests
{
    private static readonly Instant FixedAt = Instant.FromUtc(2025, 11, 20, 14, 29, 40);

    [Fact]
    public void Create_WhenValid_RoundsCoordinatesToFiveDecimals()
    {
        // SIG-12: lat/lon to 5 decimals, accuracy in metres, fix time.
        var result = SignatureLocation.Create(52.0907374, -5.121425, 8.5, FixedAt);

        SignatureLocation location = result.AsT0;
        Assert.Equal(52.09074, location.Latitude);
        Assert.Equal(-5.12143, location.Longitude);
        Assert.Equal(8.5, location.AccuracyMetres);
        Assert.Equal(FixedAt, location.FixedAt);
    }

    [Theory]
    [InlineData(-90, -180, 0)]
    [InlineData(90, 180, 0)]
    [InlineData(89.999996, 179.999996, 1_000_000)]
    public void Create_WhenOnRangeBoundary_Accepts(double latitude, double longitude, double accuracy)
    {
        var result = SignatureLocation.Create(latitude, longitude, accuracy, FixedAt);

        Assert.True(result.IsT0);
        Assert.InRange(result.AsT0.Latitude, -90, 90);
        Assert.InRange(result.AsT0.Longitude, -180, 180);
    }

    [Theory]
    [InlineData(90.000001, 0, 0, "Latitude")]
    [InlineData(-90.000001, 0, 0, "Latitude")]
    [InlineData(double.NaN, 0, 0, "Latitude")]
    [InlineData(double.PositiveInfinity, 0, 0, "Latitude")]
    [InlineData(0, 180.000001, 0, "Longitude")]
    [InlineData(0, -180.000001, 0, "Longitude")]
    [InlineData(0, double.NaN, 0, "Longitude")]
    [InlineData(0, double.NegativeInfinity, 0, "Longitude")]
    [InlineData(0, 0, -0.1, "AccuracyMetres")]
    [InlineData(0, 0, double.NaN, "AccuracyMetres")]
    [InlineData(0, 0, double.PositiveInfinity, "AccuracyMetres")]
    public void Create_WhenValueNotFiniteOrOutOfRange_ReturnsSignatureLocationInvalid(double latitude, double longitude, double accuracy, string component)
    {
        var result = SignatureLocation.Create(latitude, longitude, accuracy, FixedAt);

        var invalid = Assert.IsType<SignatureLocationInvalid>(result.Value);
        Assert.Equal(component, invalid.Component);
        Assert.Equal("SIGNATURE_LOCATION_INVALID", invalid.Code);
        Assert.Contains(component, invalid.Message);
    }

    [Property(MaxTest = 500)]
    public bool Create_ForAnyDoubles_AcceptsExactlyFiniteInRangeValuesAndRoundsWithinHalfAUnit(double latitude, double longitude, double accuracy)
    {
        bool valid = double.IsFinite(latitude) && Math.Abs(latitude) <= 90
            && double.IsFinite(longitude) && Math.Abs(longitude) <= 180
            && double.IsFinite(accuracy) && accuracy >= 0;

        return SignatureLocation.Create(latitude, longitude, accuracy, FixedAt).Match(
            location => valid
                && Math.Abs(location.Latitude - latitude) <= 0.000005 + 1e-12
                && Math.Abs(location.Longitude - longitude) <= 0.000005 + 1e-12
                && Math.Abs(location.Latitude) <= 90 && Math.Abs(location.Longitude) <= 180
                && location.Latitude == Math.Round(location.Latitude, 5),
            _ => !valid);
    }
}
