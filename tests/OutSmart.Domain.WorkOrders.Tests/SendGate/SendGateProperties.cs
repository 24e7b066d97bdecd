using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.Arbitraries;
using OutSmart.Domain.WorkOrders.Tests.TestData;
using Gate = OutSmart.Domain.WorkOrders.SendGate;

namespace OutSmart.Domain.WorkOrders.Tests.SendGate;

public sealed class SendGateProperties
{
    [Property(Arbitrary = [typeof(WorkOrderArbitraries)], MaxTest = 200)]
    public bool Evaluate_ReportsABlocker_IffARequiredVisibleStepIsIncomplete(WorkOrderScenario scenario)
    {
        WorkOrder order = scenario.Build();

        bool blocked = !Gate.Evaluate(order).IsEmpty;
        bool incomplete = order.GetProgress().Steps.Any(s => s.IsVisible && s.IsRequired && s.Resolution == StepResolution.Open);

        return blocked == incomplete;
    }

    [Property(Arbitrary = [typeof(WorkOrderArbitraries)], MaxTest = 100)]
    public bool Evaluate_ReportsEveryOpenRequiredStepByName(WorkOrderScenario scenario)
    {
        WorkOrder order = scenario.Build();

        var blockedSteps = Gate.Evaluate(order).Select(b => b.StepId).ToHashSet();

        return order.GetProgress().Steps
            .Where(s => s.IsRequired && s.Resolution == StepResolution.Open)
            .All(s => blockedSteps.Contains(s.Step.Id));
    }

    [Property(Arbitrary = [typeof(WorkOrderArbitraries)], MaxTest = 100)]
    public bool Sign_AnyChangeToSignedContentAfterSigning_MakesSignatureStale(WorkOrderScenario scenario, ContentChange change)
    {
        WorkOrder order = scenario.Build();
        order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);
        bool freshAfterSigning = !order.IsSignatureStale;

        bool changed = change.ApplyTo(order);

        return freshAfterSigning && (!changed || (order.IsSignatureStale && order.GetSendBlockers().Any(b => b.Kind == SendBlockerKind.SignatureStale)));
    }

    [Property(Arbitrary = [typeof(WorkOrderArbitraries)], MaxTest = 50)]
    public bool Evaluate_DoesNotChangeTheWorkOrder(WorkOrderScenario scenario)
    {
        WorkOrder order = scenario.Build();
        WorkOrderContent before = order.ToContent();
        WorkOrderStatus status = order.Status;

        var first = Gate.Evaluate(order);
        var second = Gate.Evaluate(order);

        return first.SequenceEqual(second) && before.Equals(order.ToContent()) && status == order.Status;
    }

    [Fact]
    public void Scenarios_WhenSampled_CoverBothBlockedAndSendableWorkOrders()
    {
        // Guards the iff property against a generator that only ever produces one side.
        var orders = WorkOrderArbitraries.Scenarios().Generator.Sample(300, 20).Select(s => s.Build()).ToList();

        int blocked = orders.Count(o => !Gate.Evaluate(o).IsEmpty);

        Assert.Equal(300, orders.Count);
        Assert.InRange(blocked, 30, 270);
    }

    [Fact]
    public void ContentChange_WhenHoursAddedAfterSigning_IsStale()
    {
        // A representative shrunk case of the staleness property.
        WorkOrder order = WorkOrderFixtures.Sign();

        order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", new LocalDate(2025, 11, 21), Duration.FromMinutes(1)), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(order.IsSignatureStale);
    }
}
