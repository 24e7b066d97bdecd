using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

/// <summary>
/// The signed values of one signature, drawn from small ranges so that two draws often differ in one value only, and
/// often only beyond the precision a value is stored with (a 4th coordinate decimal, 1.50 against 1.5).
/// </summary>
public sealed record SignedValues(
    decimal Quantity,
    long DurationNanoseconds,
    long HourStartNanoseconds,
    string Answer,
    string Note,
    string? Signer,
    long CapturedAtNanoseconds,
    float Pressure,
    double FirstX,
    long LastTimeMs,
    double CanvasWidth)
{
    private static readonly Instant Base = Instant.FromUtc(2025, 11, 20, 9, 0);

    public WorkOrderContent Content() => ContentHashTests.Content(
        hours:
        [
            HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", new LocalDate(2025, 11, 20), Duration.FromNanoseconds(DurationNanoseconds)),
            HourRegistration.Between(WorkOrderFixtures.Technician, "Reistijd", Base + Duration.FromNanoseconds(HourStartNanoseconds), Base + Duration.FromHours(2)),
        ],
        materials: [MaterialLine.Create("ART-1", "Gasket", Quantity, "pcs")],
        answers: [new("remark", Answer)],
        notes: [new(string.Empty, Note)]);

    public SignatureInk Ink()
    {
        SignaturePoint[] points = Inks.Zigzag(12, pressure: Pressure);
        points[0] = new SignaturePoint(FirstX, 50, 0, Pressure);
        SignaturePoint last = points[^1];
        points[^1] = new SignaturePoint(last.X, last.Y, LastTimeMs, Pressure);
        return SignatureInk.Create(CanvasSize.Create(CanvasWidth, 200).AsT0, [points]).AsT0;
    }

    public Instant CapturedAt => Inks.SignedAt + Duration.FromNanoseconds(CapturedAtNanoseconds);

    public string Hash() => ContentHash.Compute(Content(), Ink(), Signer, CapturedAt);

    public bool StoresTheSameAs(SignedValues other) =>
        Content().Equals(other.Content()) && Ink().Equals(other.Ink()) && Signer == other.Signer && CapturedAt == other.CapturedAt;
}

public static class SignedValuesArbitraries
{
    // Quotes, backslashes, accents, a surrogate pair and both halves alone: the texts JSON escaping could confuse.
    private static readonly Gen<string> Text =
        from length in Gen.Choose(0, 4)
        from chars in Gen.ArrayOf(Gen.Elements('a', 'b', '"', '\\', 'é', '\u2028', '\ud83d', '\ude00', '\ud800', '\udc00'), length)
        select new string(chars);

    private static readonly Gen<SignedValues> Values =
        from quantityDigits in Gen.Choose(1, 2000)
        from quantityScale in Gen.Choose(0, 4)
        from duration in Gen.Choose(0, 3)
        from hourStart in Gen.Choose(0, 3)
        from answer in Text
        from note in Text
        from signer in Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t))
        from capturedAt in Gen.Choose(0, 3)
        from pressure in Gen.OneOf(Gen.Elements(0.501f, 0.504f, 0.5f, 0.5001f), Gen.Choose(0, 1000).Select(p => p / 1000f))
        from firstX in Gen.Choose(0, 40).Select(x => 50 + (x / 1000.0))
        from lastTime in Gen.Choose(0, 3)
        from canvas in Gen.Choose(0, 4).Select(w => 600 + (w / 1000.0))
        select new SignedValues(
            new decimal(quantityDigits, 0, 0, false, (byte)quantityScale),
            3_600_000_000_000L + duration,
            hourStart,
            answer,
            note,
            signer,
            capturedAt,
            pressure,
            firstX,
            176 + lastTime,
            canvas);

    /// <summary>A draw and a copy of it with one value drawn again.</summary>
    public static Arbitrary<(SignedValues, SignedValues)> Pairs() =>
        (from a in Values
         from fresh in Values
         from which in Gen.Choose(0, 10)
         select (a, which switch
         {
             0 => a with { Quantity = fresh.Quantity },
             1 => a with { DurationNanoseconds = fresh.DurationNanoseconds },
             2 => a with { HourStartNanoseconds = fresh.HourStartNanoseconds },
             3 => a with { Answer = fresh.Answer },
             4 => a with { Note = fresh.Note },
             5 => a with { Signer = fresh.Signer },
             6 => a with { CapturedAtNanoseconds = fresh.CapturedAtNanoseconds },
             7 => a with { Pressure = fresh.Pressure },
             8 => a with { FirstX = fresh.FirstX },
             9 => a with { LastTimeMs = fresh.LastTimeMs },
             _ => a with { CanvasWidth = fresh.CanvasWidth },
         })).ToArbitrary();
}

public sealed class ContentHashProperties
{
    [Property(Arbitrary = [typeof(SignedValuesArbitraries)], MaxTest = 1000)]
    public bool Compute_ForTwoSignedContents_HashesDifferExactlyWhenAStoredValueDiffers((SignedValues, SignedValues) pair)
    {
        (SignedValues a, SignedValues b) = pair;

        bool sameHash = a.Hash() == b.Hash();

        return sameHash == a.StoresTheSameAs(b);
    }
}
