using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed class RunningTimerTests
{
    [Fact]
    public void Rehydrate_WhenStoredValuesGiven_EqualsTheStartedTimer()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        RunningTimer restored = RunningTimer.Rehydrate(WorkOrderFixtures.Technician, " Werktijd ", WorkOrderFixtures.Now);

        Assert.Equal(Assert.Single(order.RunningTimers), restored);
    }

    [Fact]
    public void Rehydrate_WhenEmployeeEmptyOrHourTypeBlank_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => RunningTimer.Rehydrate(new EmployeeId(Guid.Empty), "Werktijd", WorkOrderFixtures.Now));
        Assert.ThrowsAny<ArgumentException>(() => RunningTimer.Rehydrate(WorkOrderFixtures.Technician, " ", WorkOrderFixtures.Now));
    }

    [Fact]
    public void StopTimer_WhenTimerWasRehydrated_RegistersTheHours()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        WorkOrder copy = WorkOrder.Rehydrate(PlainWorkOrderStore.Read(PlainWorkOrderStore.Write(order.ToSnapshot()), _ => order.Workflow));

        var result = copy.StopTimer(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now + NodaTime.Duration.FromMinutes(45));

        Assert.True(result.IsT0);
        Assert.Equal(NodaTime.Duration.FromMinutes(45), Assert.Single(copy.Hours).Duration);
        Assert.Empty(copy.RunningTimers);
    }
}
