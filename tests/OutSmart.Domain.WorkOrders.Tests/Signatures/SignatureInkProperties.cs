using FsCheck.Xunit;
using OutSmart.Domain.WorkOrders.Tests.Arbitraries;

namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class SignatureInkProperties
{
    [Property(Arbitrary = [typeof(InkArbitraries)], MaxTest = 300)]
    public bool Create_NormalisingTwice_EqualsNormalisingOnce(RawInk raw)
    {
        var lenient = SignatureInkPolicy.Default.WithInkThresholds(1, 1, 0, 0);

        return SignatureInk.Create(raw.Canvas, raw.Strokes, lenient).Match(
            once => SignatureInk.Create(once.Canvas, once.Strokes.Select(s => s.Points.AsEnumerable()), lenient).Match(twice => twice.Equals(once), _ => false),
            _ => false);
    }

    [Property(Arbitrary = [typeof(InkArbitraries)], MaxTest = 200)]
    public bool Create_ForAnyAcceptedInk_PointsLieOnCanvasAndTimesNeverDecrease(RawInk raw) =>
        SignatureInk.Create(raw.Canvas, raw.Strokes).Match(
            ink =>
            {
                var points = ink.Strokes.SelectMany(s => s.Points).ToList();
                return points.All(p => p.X >= 0 && p.X <= ink.Canvas.Width && p.Y >= 0 && p.Y <= ink.Canvas.Height)
                    && points.Zip(points.Skip(1)).All(pair => pair.First.TimeMs <= pair.Second.TimeMs)
                    && points[0].TimeMs == 0;
            },
            rejected => rejected.Reason is SignatureRejectionReason.TooSimple or SignatureRejectionReason.Empty);
}
