using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void Rehydrate_WhenSnapshotOfSentOrder_RestoresStateWithoutEvents()
    {
        WorkOrder order = Fixtures.Signed();
        order.MarkNotApplicable("materials");
        order.Send(Fixtures.Send1, Fixtures.Now);

        WorkOrder copy = WorkOrder.Rehydrate(order.ToSnapshot());

        Assert.Equal(order.ToContent(), copy.ToContent());
        Assert.Equal(order.GetProgress(), copy.GetProgress());
        Assert.Equal(WorkOrderStatus.Sent, copy.Status);
        Assert.Equal(Fixtures.Send1, copy.SentWith);
        Assert.True(copy.Send(Fixtures.Send1, Fixtures.Now).IsT0);
        Assert.Empty(copy.DomainEvents);
    }
}
