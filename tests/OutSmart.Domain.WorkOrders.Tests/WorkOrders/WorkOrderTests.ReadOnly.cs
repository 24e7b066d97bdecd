using System.Collections;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void Answers_WhenCastToADictionary_CannotChangeASignedAnswer()
    {
        // Defect 1: the internal dictionary was handed out; a cast changed a signed answer behind the signature.
        WorkOrder order = Fixtures.Signed();
        _ = order.IsSignatureStale;

        if (order.Answers is IDictionary<string, string> { IsReadOnly: false } writable)
        {
            writable["boiler-ok"] = "no";
        }

        Assert.Equal("yes", order.Answers["boiler-ok"]);
        Assert.False(order.IsSignatureStale);
        Assert.Empty(order.GetSendBlockers());
    }

    [Fact]
    public void Notes_WhenCastToADictionaryAfterSending_CannotBeWritten()
    {
        // Defect 1: after sending, notes could still be written through a cast.
        WorkOrder order = Fixtures.Signed();
        order.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now);

        if (order.Notes is IDictionary<string, string> { IsReadOnly: false } writable)
        {
            writable[""] = "changed after sending";
        }

        Assert.Empty(order.Notes);
    }

    [Fact]
    public void FormResults_WhenCastToADictionary_CannotBeChanged()
    {
        WorkOrder order = Fixtures.Signed();

        Assert.False(order.FormResults is IDictionary<string, FormResult> { IsReadOnly: false });
        Assert.False(order.StepMarks is IDictionary<string, StepMark> { IsReadOnly: false });
    }

    [Fact]
    public void PublicProperties_WhenCastToAMutableCollection_CannotBeChanged()
    {
        // No public member of the work order (or of the workflow it keeps) hands out a writable collection.
        WorkOrder order = Fixtures.Signed();
        order.WriteNotes(null, "General remark", Fixtures.Actor, Fixtures.Now);
        order.StartTimer(Fixtures.Technician, "Werktijd", Fixtures.Actor, Fixtures.Now);

        var writable = WritableMembers(order).Concat(WritableMembers(order.Workflow)).ToList();

        Assert.Empty(writable);
    }

    [Fact]
    public void IsSignatureStale_WhenContentChangesAndChangesBack_FollowsTheContent()
    {
        // SIG-10: staleness is decided by the content itself, not by a counter of commands.
        WorkOrder order = Fixtures.Signed();

        order.WriteNotes(null, "Forgot to mention the filter.", Fixtures.Actor, Fixtures.Now);
        bool afterChange = order.IsSignatureStale;
        order.WriteNotes(null, null, Fixtures.Actor, Fixtures.Now);

        Assert.True(afterChange);
        Assert.False(order.IsSignatureStale);
        Assert.Empty(order.GetSendBlockers());
    }

    private static IEnumerable<string> WritableMembers(object owner) =>
        owner.GetType().GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => p.GetValue(owner) is IList { IsReadOnly: false } or IDictionary { IsReadOnly: false }
                || (p.GetValue(owner) is { } value && value.GetType().GetInterfaces().Any(i =>
                    i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)
                    && !(bool)i.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!)))
            .Select(p => $"{owner.GetType().Name}.{p.Name}");
}
