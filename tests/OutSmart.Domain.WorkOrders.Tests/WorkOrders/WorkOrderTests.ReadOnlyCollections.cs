using System.Collections;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void CollectionProperties_WhenCastToAMutableCollection_CannotBeChanged()
    {
        var order = Fixtures.Signed();

        var writable = WritableLists(order).Concat(WritableLists(order.Workflow)).ToList();

        Assert.Empty(writable);
    }

    private static IEnumerable<string> WritableLists(object owner) =>
        owner.GetType().GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Where(p => p.GetValue(owner) is IList { IsReadOnly: false })
            .Select(p => $"{owner.GetType().Name}.{p.Name}");
}
