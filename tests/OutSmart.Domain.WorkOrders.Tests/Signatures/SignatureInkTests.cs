using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class SignatureInkTests
{
    private static SignatureRejected Rejected(IEnumerable<IEnumerable<SignaturePoint>> strokes, SignatureInkPolicy? policy = null) =>
        Assert.IsType<SignatureRejected>(SignatureInk.Create(Inks.Canvas, strokes, policy).Value);

    [Fact]
    public void Create_WhenZigzag_ReturnsInkWithBoundsAndLength()
    {
        var ink = SignatureInk.Create(Inks.Canvas, [Inks.Zigzag(12)]).AsT0;

        Assert.Equal(12, ink.PointCount);
        Assert.Equal(new InkBounds(50, 50, 270, 120), ink.Bounds);
        Assert.Equal(ink.Strokes[0].Length, ink.Length, 6);
        Assert.False(ink.HasPressure);
    }

    [Theory]
    [InlineData(-3, 50)] // beyond the 2.5 margin on the left
    [InlineData(603, 50)]
    [InlineData(50, 203)]
    [InlineData(double.NaN, 50)]
    [InlineData(50, double.NegativeInfinity)]
    public void Create_WhenPointBeyondMarginOrNotFinite_ReturnsPointOutOfRange(double x, double y)
    {
        SignaturePoint[] stroke = [.. Inks.Zigzag(12), new SignaturePoint(x, y, 1000)];

        var rejected = Rejected([stroke]);

        Assert.Equal(SignatureRejectionReason.PointOutOfRange, rejected.Reason);
        Assert.Equal("SIGNATURE_POINT_OUT_OF_RANGE", rejected.Code);
    }

    [Fact]
    public void Create_WhenPointInsideMargin_ClampsToCanvas()
    {
        SignaturePoint[] stroke = [new SignaturePoint(-2, 201.5, 0), .. Inks.Zigzag(12, startTime: 10)];

        var ink = SignatureInk.Create(Inks.Canvas, [stroke]).AsT0;

        Assert.Equal(new SignaturePoint(0, 200, 0), ink.Strokes[0].Points[0]);
    }

    [Theory]
    [InlineData(1.5f)]
    [InlineData(-0.1f)]
    [InlineData(float.NaN)]
    public void Create_WhenPressureOutsideZeroToOne_ReturnsPointOutOfRange(float pressure)
    {
        var rejected = Rejected([Inks.Zigzag(12, pressure: pressure)]);

        Assert.Equal(SignatureRejectionReason.PointOutOfRange, rejected.Reason);
    }

    [Fact]
    public void Create_WhenTimeDecreasesWithinStroke_ReturnsTimeInvalid()
    {
        SignaturePoint[] stroke = [.. Inks.Zigzag(12), new SignaturePoint(400, 60, 5)];

        Assert.Equal("SIGNATURE_TIME_INVALID", Rejected([stroke]).Code);
    }

    [Fact]
    public void Create_WhenTimeDecreasesBetweenStrokes_ReturnsTimeInvalid()
    {
        var rejected = Rejected([Inks.Zigzag(12, startTime: 1000), Inks.Zigzag(12, startTime: 0)]);

        Assert.Equal(SignatureRejectionReason.TimeInvalid, rejected.Reason);
    }

    [Fact]
    public void Create_WhenMoreThan100Strokes_ReturnsTooLarge()
    {
        var strokes = Enumerable.Range(0, 101).Select(i => new[] { new SignaturePoint(10 + i, 10, i) });

        Assert.Equal("SIGNATURE_TOO_LARGE", Rejected(strokes).Code);
    }

    [Fact]
    public void Create_WhenStrokeHasMoreThan5000Points_ReturnsTooLarge()
    {
        var stroke = Enumerable.Range(0, 5001).Select(i => new SignaturePoint(50 + (i % 100), 50, i));

        Assert.Equal(SignatureRejectionReason.TooLarge, Rejected([stroke]).Reason);
    }

    [Fact]
    public void Create_WhenMoreThan10000PointsInTotal_ReturnsTooLarge()
    {
        var strokes = Enumerable.Range(0, 3).Select(s => Enumerable.Range(0, 4000).Select(i => new SignaturePoint(50 + (i % 100), 50, (s * 4000) + i)));

        Assert.Equal(SignatureRejectionReason.TooLarge, Rejected(strokes).Reason);
    }

    [Fact]
    public void Create_WhenCaptureLongerThanFiveMinutes_ReturnsTooLarge()
    {
        var rejected = Rejected([Inks.Zigzag(12), Inks.Zigzag(12, startTime: 5 * 60 * 1000 + 1)]);

        Assert.Equal(SignatureRejectionReason.TooLarge, rejected.Reason);
    }

    [Fact]
    public void Create_WhenExtremeTimes_ReturnsRejectionWithoutOverflow()
    {
        var rejected = Rejected([[new SignaturePoint(50, 50, long.MinValue), new SignaturePoint(60, 60, long.MaxValue)]]);

        Assert.Equal(SignatureRejectionReason.TooLarge, rejected.Reason);
    }

    [Fact]
    public void Create_WhenNoStrokes_ReturnsEmpty()
    {
        Assert.Equal("SIGNATURE_EMPTY", Rejected([]).Code);
    }

    [Fact]
    public void Create_WhenOnlyEmptyStrokes_ReturnsEmpty()
    {
        Assert.Equal(SignatureRejectionReason.Empty, Rejected([[], []]).Reason);
    }

    [Fact]
    public void Create_WhenSingleDot_ReturnsTooSimple()
    {
        var rejected = Rejected([[new SignaturePoint(300, 100, 0)]]);

        Assert.Equal("SIGNATURE_TOO_SIMPLE", rejected.Code);
        Assert.Equal("The signature is empty or too small. Please sign again.", rejected.Message);
    }

    [Fact]
    public void Create_WhenFewerThanTenPoints_ReturnsTooSimple()
    {
        Assert.Equal(SignatureRejectionReason.TooSimple, Rejected([Inks.Zigzag(9)]).Reason);
    }

    [Fact]
    public void Create_WhenManyDotsButNoStrokeOfFivePoints_ReturnsTooSimple()
    {
        var strokes = Enumerable.Range(0, 5).Select(s => Inks.Zigzag(4, startX: 50 + (s * 100), startTime: s * 1000));

        Assert.Contains("no stroke", Rejected(strokes).Detail);
    }

    [Fact]
    public void Create_WhenTinyScribble_ReturnsTooSimple()
    {
        // 12 points inside a 6x6 box: long enough in points, far too small in ink length and extent.
        var stroke = Enumerable.Range(0, 12).Select(i => new SignaturePoint(300 + (i % 2 * 6), 100 + (i / 2 % 2 * 6), i * 16));

        Assert.Equal(SignatureRejectionReason.TooSimple, Rejected([stroke]).Reason);
    }

    [Fact]
    public void Create_WhenInkShorterThanDiagonalShare_ReturnsTooSimple()
    {
        // A 50-unit line (ink extent 8.3% of 600) of 26 points: length 50 < 10% of the 632-unit diagonal.
        var stroke = Enumerable.Range(0, 26).Select(i => new SignaturePoint(300 + (i * 2), 100, i * 16));

        Assert.Contains("ink length", Rejected([stroke]).Detail);
    }

    [Fact]
    public void Create_WhenThresholdsLowered_AcceptsSmallInk()
    {
        var policy = SignatureInkPolicy.Default.WithInkThresholds(1, 1, 0, 0);

        var result = SignatureInk.Create(Inks.Canvas, [[new SignaturePoint(300, 100, 0)]], policy);

        Assert.True(result.IsT0);
        Assert.True(result.AsT0.Strokes[0].IsDot);
    }

    [Fact]
    public void Create_WhenDuplicatesAndClosePoints_DropsThemButKeepsLastPoint()
    {
        SignaturePoint[] stroke =
        [
            .. Inks.Zigzag(11),
            new SignaturePoint(250, 50, 200), // duplicate of the last zigzag point (x = 250, y = 50)
            new SignaturePoint(251, 50, 210), // 1 unit away: dropped
            new SignaturePoint(251.5, 50.5, 220), // last point of the stroke: kept although close
        ];

        var ink = SignatureInk.Create(Inks.Canvas, [stroke]).AsT0;

        Assert.Equal(12, ink.PointCount);
        Assert.Equal(new SignaturePoint(251.5, 50.5, 220), ink.Strokes[0].Points[^1]);
    }

    [Fact]
    public void Create_WhenPointExactlyMinDistanceAway_DropsIt()
    {
        // SIG-06: points *within* 2 units of the previous one are dropped, so exactly 2 units is dropped too.
        SignaturePoint[] stroke =
        [
            .. Inks.Zigzag(11),
            new SignaturePoint(252, 50, 200), // exactly 2 units from the last zigzag point (250, 50): dropped
            new SignaturePoint(270, 50, 210),
        ];

        var ink = SignatureInk.Create(Inks.Canvas, [stroke]).AsT0;

        Assert.Equal(12, ink.PointCount);
        Assert.DoesNotContain(new SignaturePoint(252, 50, 200), ink.Strokes[0].Points);
    }

    [Fact]
    public void Create_WhenTimesAreEpochMilliseconds_RebasesOnFirstPoint()
    {
        var ink = SignatureInk.Create(Inks.Canvas, [Inks.Zigzag(12, startTime: 1_763_856_000_000)]).AsT0;

        Assert.Equal(0, ink.Strokes[0].Points[0].TimeMs);
        Assert.Equal(16, ink.Strokes[0].Points[1].TimeMs);
    }

    [Fact]
    public void Create_WhenCoordinatesHaveManyDecimals_RoundsToHundredths()
    {
        SignaturePoint[] stroke = [new SignaturePoint(10.126, 20.004, 0), .. Inks.Zigzag(12, startTime: 10)];

        var ink = SignatureInk.Create(Inks.Canvas, [stroke]).AsT0;

        Assert.Equal(10.13, ink.Strokes[0].Points[0].X);
        Assert.Equal(20, ink.Strokes[0].Points[0].Y);
    }

    [Fact]
    public void Create_WhenStrokePressureIsConstantHalf_StoresUnknownPressure()
    {
        var ink = SignatureInk.Create(Inks.Canvas, [Inks.Zigzag(12, pressure: 0.5f)]).AsT0;

        Assert.All(ink.Strokes[0].Points, p => Assert.Null(p.Pressure));
        Assert.False(ink.HasPressure);
    }

    [Fact]
    public void Create_WhenRealPressure_KeepsIt()
    {
        var ink = SignatureInk.Create(Inks.Canvas, [Inks.Zigzag(12, pressure: 0.7f)]).AsT0;

        Assert.All(ink.Strokes[0].Points, p => Assert.Equal(0.7f, p.Pressure));
        Assert.True(ink.HasPressure);
    }

    [Fact]
    public void Equals_WhenSameStrokes_ReturnsTrue()
    {
        Assert.Equal(Inks.Valid(), Inks.Valid());
        Assert.Equal(Inks.Valid().GetHashCode(), Inks.Valid().GetHashCode());
        Assert.NotEqual(Inks.Valid(12), Inks.Valid(13));
    }

    [Fact]
    public void Create_WhenNullStrokes_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SignatureInk.Create(Inks.Canvas, null!));
    }

    [Fact]
    public void WithSizeLimits_WhenNegativeSpan_Throws()
    {
        Assert.Throws<ArgumentException>(() => SignatureInkPolicy.Default.WithSizeLimits(1, 1, 1, Duration.FromSeconds(-1), 1));
    }
}
