using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void Rehydrate_WhenSnapshotOfSentOrder_RestoresStateWithoutEvents()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        order.MarkNotApplicable("materials", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        WorkOrder copy = WorkOrder.Rehydrate(order.ToSnapshot());

        Assert.Equal(order.ToContent(), copy.ToContent());
        Assert.Equal(order.GetProgress(), copy.GetProgress());
        Assert.Equal(WorkOrderStatus.Sent, copy.Status);
        Assert.Equal(WorkOrderFixtures.Send1, copy.SentWith);
        Assert.True(copy.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0);
        Assert.Empty(copy.DomainEvents);
    }

    [Fact]
    public void Rehydrate_WhenRoundTrippedThroughPlainData_KeepsContentHashAndSendGateResult()
    {
        // A storage adapter outside the package restores signature, photos, hours and a running timer.
        WorkOrder order = WorkOrderFixtures.ReadyToSign();
        order.AddPhoto(null, new string('c', 64), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.WriteNotes(null, "Customer asked for a quote.", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.AddMaterial(MaterialLine.Create("V-100", "Valve", 1.50m, "pcs"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Reistijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(20)), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        SignatureLocation location = SignatureLocation.Create(52.09074, 5.12142, 8.5, Inks.SignedAt).AsT0;
        order.Sign(Inks.Sample, WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(role: "customer", offset: Offset.FromHours(1), location: location), WorkOrderFixtures.Actor, Inks.SignedAt);
        order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now + Duration.FromHours(3));
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
        WorkOrder order = WorkOrderFixtures.Sign();
        PlainWorkOrder stored = PlainWorkOrderStore.Write(order.ToSnapshot());
        PlainWorkOrder tampered = stored with { Signature = stored.Signature! with { ContentHash = new string('0', 64) } };

        WorkOrder copy = WorkOrder.Rehydrate(PlainWorkOrderStore.Read(tampered, _ => order.Workflow));

        Assert.True(copy.IsSignatureStale);
        Assert.Equal("SIGNATURE_STALE", Assert.Single(copy.GetSendBlockers()).Code);
    }
}
