using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    private static readonly Offset AmsterdamWinter = Offset.FromHours(1);

    private static SignatureLocation Utrecht => SignatureLocation.Create(52.0907374, 5.1214201, 8.5, Inks.SignedAt - Duration.FromSeconds(20)).AsT0;

    [Fact]
    public void Sign_WhenCapturedWithDeviceOffset_StoresInstantAndOffset()
    {
        // SIG-01: the capture instant and the UTC offset the device had.
        WorkOrder order = WorkOrderFixtures.ReadyToSign();

        var result = order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(role: "customer", app: " 5.2.0 ", offset: AmsterdamWinter), WorkOrderFixtures.Actor, Inks.SignedAt);

        Assert.True(result.IsT0);
        Signature signature = order.Signature!;
        Assert.Equal(Inks.SignedAt, signature.CapturedAt);
        Assert.Equal(AmsterdamWinter, signature.CapturedOffset);
        Assert.Equal(new LocalDateTime(2025, 11, 20, 15, 30), signature.ToOffsetDateTime().LocalDateTime);
        Assert.Equal("5.2.0", signature.AppVersion);
    }

    [Fact]
    public void Sign_WhenOnlyInstantGiven_RecordsOffsetZero()
    {
        WorkOrder order = WorkOrderFixtures.Sign();

        Signature signature = order.Signature!;

        Assert.Equal(Offset.Zero, signature.CapturedOffset);
        Assert.Equal(Inks.SignedAt, signature.CapturedAt);
        Assert.Null(signature.Location);
    }

    [Fact]
    public void Sign_WhenSameInstantAtDifferentOffsets_HashesTheSame()
    {
        // SIG-09 hashes CapturedAtUtc only; the offset is display evidence.
        WorkOrder winter = WorkOrderFixtures.ReadyToSign();
        WorkOrder newYork = WorkOrderFixtures.ReadyToSign();

        winter.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(offset: AmsterdamWinter), WorkOrderFixtures.Actor, Inks.SignedAt);
        newYork.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(offset: Offset.FromHours(-5)), WorkOrderFixtures.Actor, Inks.SignedAt);

        Assert.Equal(winter.Signature!.ContentHash, newYork.Signature!.ContentHash);
        Assert.Equal(ContentHash.Compute(winter.ToContent(), Inks.Valid(), "J. de Vries", Inks.SignedAt), winter.Signature.ContentHash);
        Assert.NotEqual(winter.Signature, newYork.Signature);
    }

    [Fact]
    public void Sign_WhenSameLocalTimeAtDifferentOffsets_HashesDifferently()
    {
        // Same wall-clock time on the device, different instants: the instant is what is hashed.
        WorkOrder a = WorkOrderFixtures.ReadyToSign();
        WorkOrder b = WorkOrderFixtures.ReadyToSign();
        var local = new LocalDateTime(2025, 11, 20, 15, 30);

        a.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(offset: AmsterdamWinter), WorkOrderFixtures.Actor, local.WithOffset(AmsterdamWinter).ToInstant());
        b.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(offset: Offset.Zero), WorkOrderFixtures.Actor, local.WithOffset(Offset.Zero).ToInstant());

        Assert.NotEqual(a.Signature!.ContentHash, b.Signature!.ContentHash);
    }

    [Fact]
    public void Sign_WhenLocationGiven_StoresItAndRecordsItOnSignatureCaptured()
    {
        // SIG-12: GPS evidence travels with the signature and the event.
        WorkOrder order = WorkOrderFixtures.ReadyToSign();

        order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(role: "customer", offset: AmsterdamWinter, location: Utrecht), WorkOrderFixtures.Actor, Inks.SignedAt);

        Assert.Equal(Utrecht, order.Signature!.Location);
        var captured = Assert.IsType<SignatureCaptured>(Assert.Single(order.DomainEvents));
        Assert.Equal(
            new SignatureCaptured(WorkOrderFixtures.OrderId, order.Signature.ContentHash, "J. de Vries", WorkOrderFixtures.Technician, "tablet-7", Inks.SignedAt, AmsterdamWinter, Utrecht, WorkOrderFixtures.Technician),
            captured);
    }

    [Fact]
    public void Sign_WhenNoLocationGiven_SignatureCapturedHasNone()
    {
        // SIG-12: GPS is off by default.
        WorkOrder order = WorkOrderFixtures.ReadyToSign();

        order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(offset: AmsterdamWinter), WorkOrderFixtures.Actor, Inks.SignedAt);

        var captured = Assert.IsType<SignatureCaptured>(Assert.Single(order.DomainEvents));
        Assert.Null(captured.Location);
        Assert.Equal(AmsterdamWinter, captured.CapturedOffset);
        Assert.Null(order.Signature!.Location);
    }

    [Fact]
    public void Sign_WhenLocationGiven_DoesNotChangeContentHash()
    {
        // SIG-09 does not list the location; it is evidence beside the hash.
        WorkOrder with = WorkOrderFixtures.ReadyToSign();
        WorkOrder without = WorkOrderFixtures.ReadyToSign();

        with.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(offset: Offset.Zero, location: Utrecht), WorkOrderFixtures.Actor, Inks.SignedAt);
        without.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);

        Assert.Equal(without.Signature!.ContentHash, with.Signature!.ContentHash);
    }

    [Fact]
    public void Send_WhenSignedWithEvidence_WorkOrderSentCarriesOffsetAndLocation()
    {
        WorkOrder order = WorkOrderFixtures.ReadyToSign();
        order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(offset: AmsterdamWinter, location: Utrecht), WorkOrderFixtures.Actor, Inks.SignedAt);
        order.ClearDomainEvents();

        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var sent = Assert.IsType<WorkOrderSent>(Assert.Single(order.DomainEvents));
        Assert.Equal(AmsterdamWinter, sent.Signature!.CapturedOffset);
        Assert.Equal(Utrecht, sent.Signature.Location);
    }
}
