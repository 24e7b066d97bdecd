using NodaTime;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    private static readonly WorkOrderSchedule LaterVisit = WorkOrderSchedule.At(new LocalDateTime(2025, 11, 27, 13, 30), WorkOrderFixtures.Amsterdam);

    [Fact]
    public void Cancel_WhenNotStarted_BecomesCancelledReadOnlyAndRecordsWorkOrderCancelled()
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        var result = order.Cancel("  Schedule changed  ", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(WorkOrderStatus.Cancelled, order.Status);
        Assert.True(order.IsReadOnly);
        var cancelled = Assert.IsType<WorkOrderCancelled>(Assert.Single(order.DomainEvents));
        Assert.Equal(new WorkOrderCancelled(order.Id, "Schedule changed", WorkOrderFixtures.Actor.EmployeeId, WorkOrderFixtures.Now), cancelled);
    }

    [Fact]
    public void Commands_WhenCancelled_ReturnWorkOrderReadOnlyAndChangeNothing()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.Cancel("Schedule changed", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.ClearDomainEvents();

        object[] results =
        [
            order.AnswerField("leak", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.Start(WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.Cancel("Again", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.Reschedule(LaterVisit, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
        ];

        Assert.All(results, r => Assert.Equal("WORKORDER_READ_ONLY", Assert.IsType<WorkOrderReadOnly>(r).Code));
        Assert.Empty(order.DomainEvents);
        Assert.Equal(WorkOrderStatus.Cancelled, order.Status);
        Assert.Null(order.SentWith);
    }

    [Fact]
    public void Cancel_WhenStarted_ReturnsWorkOrderAlreadyStartedAndChangesNothing()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.AnswerField("boiler-ok", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.ClearDomainEvents();

        var result = order.Cancel("Schedule changed", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal("WORKORDER_ALREADY_STARTED", result.AsT2.Code);
        Assert.Equal(WorkOrderStatus.InProgress, order.Status);
        Assert.Empty(order.DomainEvents);
    }

    [Fact]
    public void Cancel_WhenSent_ReturnsWorkOrderReadOnly()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var result = order.Cancel("Schedule changed", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal("WORKORDER_READ_ONLY", result.AsT1.Code);
        Assert.Equal(WorkOrderStatus.Sent, order.Status);
    }

    [Fact]
    public void Reschedule_WhenNotStarted_TakesTheScheduleAndRecordsWorkOrderRescheduled()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        WorkOrderSchedule before = order.Schedule;

        var result = order.Reschedule(LaterVisit, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(LaterVisit, order.Schedule);
        Assert.Equal(WorkOrderStatus.Planned, order.Status);
        Assert.Equal(new WorkOrderRescheduled(order.Id, before, LaterVisit, WorkOrderFixtures.Actor.EmployeeId, WorkOrderFixtures.Now), Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void Reschedule_WhenTheScheduleIsEqual_ChangesNothingAndRecordsNothing()
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        var result = order.Reschedule(order.Schedule, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Empty(order.DomainEvents);
    }

    [Fact]
    public void Reschedule_WhenATimerRuns_ReturnsWorkOrderAlreadyStartedAndKeepsTheSchedule()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        WorkOrderSchedule before = order.Schedule;
        order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var result = order.Reschedule(LaterVisit, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal(new WorkOrderAlreadyStarted(order.Id, WorkOrderStatus.InProgress), result.AsT2);
        Assert.Equal(before, order.Schedule);
    }

    [Fact]
    public void Reschedule_WhenSent_ReturnsWorkOrderReadOnly()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var result = order.Reschedule(LaterVisit, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal("WORKORDER_READ_ONLY", result.AsT1.Code);
    }

    [Fact]
    public void Rehydrate_WhenCancelledAndRescheduled_KeepsStatusScheduleAndReadOnly()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.Reschedule(LaterVisit, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.Cancel("Schedule changed", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        WorkOrder copy = WorkOrder.Rehydrate(order.ToSnapshot());

        Assert.Equal(order.ToSnapshot(), copy.ToSnapshot());
        Assert.Equal(WorkOrderStatus.Cancelled, copy.Status);
        Assert.Equal(LaterVisit, copy.Schedule);
        Assert.True(copy.IsReadOnly);
        Assert.Equal("WORKORDER_READ_ONLY", copy.Cancel("Again", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).AsT1.Code);
    }
}
