using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void Rehydrate_WhenSnapshotOfSentOrder_RestoresStateWithoutEvents()
    {
        WorkOrder order = Fixtures.Signed();
        order.MarkNotApplicable("materials", Fixtures.Actor, Fixtures.Now);
        order.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now);

        WorkOrder copy = WorkOrder.Rehydrate(order.ToSnapshot());

        Assert.Equal(order.ToContent(), copy.ToContent());
        Assert.Equal(order.GetProgress(), copy.GetProgress());
        Assert.Equal(WorkOrderStatus.Sent, copy.Status);
        Assert.Equal(Fixtures.Send1, copy.SentWith);
        Assert.True(copy.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now).IsT0);
        Assert.Empty(copy.DomainEvents);
    }

    [Fact]
    public void Rehydrate_WhenRoundTrippedThroughPlainData_KeepsContentHashAndSendGateResult()
    {
        // A storage adapter outside the package restores signature, photos, hours and a running timer.
        WorkOrder order = Fixtures.ReadyToSign();
        order.AddPhoto(null, new string('c', 64), Fixtures.Actor, Fixtures.Now);
        order.WriteNotes(null, "Customer asked for a quote.", Fixtures.Actor, Fixtures.Now);
        order.AddMaterial(MaterialLine.Create("V-100", "Valve", 1.50m, "pcs"), Fixtures.Actor, Fixtures.Now);
        order.RegisterHours(HourRegistration.OfDuration(Fixtures.Technician, "Reistijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(20)), Fixtures.Actor, Fixtures.Now);
        SignatureLocation location = SignatureLocation.Create(52.09074, 5.12142, 8.5, Inks.SignedAt).AsT0;
        order.Sign(Inks.Sample, Fixtures.Name("J. de Vries"), Fixtures.Evidence(role: "customer", offset: Offset.FromHours(1), location: location), Fixtures.Actor, Inks.SignedAt);
        order.StartTimer(Fixtures.Technician, "Werktijd", Fixtures.Actor, Fixtures.Now + Duration.FromHours(3));
        WorkflowSnapshot workflow = order.Workflow;

        PlainWorkOrder stored = PlainWorkOrderStore.Write(order.ToSnapshot());
        WorkOrder copy = WorkOrder.Rehydrate(PlainWorkOrderStore.Read(stored, _ => workflow));

        Signature signature = copy.Signature!;
        Assert.Equal(order.Signature, signature);
        Assert.Equal(order.Signature!.ContentHash, ContentHash.Compute(copy.ToContent(), signature.Ink, signature.SignerName, signature.CapturedAt));
        Assert.False(copy.IsSignatureStale);
        Assert.Equal(order.Photos, copy.Photos);
        Assert.Equal(order.Hours, copy.Hours);
        Assert.Equal(order.RunningTimers, copy.RunningTimers);
        Assert.Equal(order.ToContent(), copy.ToContent());
        Assert.Equal(order.GetSendBlockers(), copy.GetSendBlockers());
        Assert.Equal("TIMER_RUNNING", Assert.Single(copy.GetSendBlockers()).Code);
    }

    [Fact]
    public void Rehydrate_WhenStoredSignatureHashWasTampered_ReportsSignatureStale()
    {
        // SIG-10: a restored signature is checked against the restored content, so tampered storage blocks sending.
        WorkOrder order = Fixtures.Signed();
        PlainWorkOrder stored = PlainWorkOrderStore.Write(order.ToSnapshot());
        PlainWorkOrder tampered = stored with { Signature = stored.Signature! with { ContentHash = new string('0', 64) } };

        WorkOrder copy = WorkOrder.Rehydrate(PlainWorkOrderStore.Read(tampered, _ => order.Workflow));

        Assert.True(copy.IsSignatureStale);
        Assert.Equal("SIGNATURE_STALE", Assert.Single(copy.GetSendBlockers()).Code);
    }
}
