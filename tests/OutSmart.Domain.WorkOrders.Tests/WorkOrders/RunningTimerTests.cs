using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed class RunningTimerTests
{
    [Fact]
    public void Rehydrate_WhenStoredValuesGiven_EqualsTheStartedTimer()
    {
        WorkOrder order = Fixtures.Plan();
        order.StartTimer(Fixtures.Technician, "Werktijd", Fixtures.Actor, Fixtures.Now);

        RunningTimer restored = RunningTimer.Rehydrate(Fixtures.Technician, " Werktijd ", Fixtures.Now);

        Assert.Equal(Assert.Single(order.RunningTimers), restored);
    }

    [Fact]
    public void Rehydrate_WhenEmployeeEmptyOrHourTypeBlank_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => RunningTimer.Rehydrate(new EmployeeId(Guid.Empty), "Werktijd", Fixtures.Now));
        Assert.ThrowsAny<ArgumentException>(() => RunningTimer.Rehydrate(Fixtures.Technician, " ", Fixtures.Now));
    }

    [Fact]
    public void StopTimer_WhenTimerWasRehydrated_RegistersTheHours()
    {
        WorkOrder order = Fixtures.Plan();
        order.StartTimer(Fixtures.Technician, "Werktijd", Fixtures.Actor, Fixtures.Now);
        WorkOrder copy = WorkOrder.Rehydrate(PlainWorkOrderStore.Read(PlainWorkOrderStore.Write(order.ToSnapshot()), _ => order.Workflow));

        var result = copy.StopTimer(Fixtures.Technician, Fixtures.Actor, Fixtures.Now + NodaTime.Duration.FromMinutes(45));

        Assert.True(result.IsT0);
        Assert.Equal(NodaTime.Duration.FromMinutes(45), Assert.Single(copy.Hours).Duration);
        Assert.Empty(copy.RunningTimers);
    }
}
