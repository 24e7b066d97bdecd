using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void Answers_WhenCastToADictionary_CannotChangeASignedAnswer()
    {
        // Defect 1: the internal dictionary was handed out; a cast changed a signed answer behind the signature.
        WorkOrder order = WorkOrderFixtures.Sign();
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
        WorkOrder order = WorkOrderFixtures.Sign();
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        if (order.Notes is IDictionary<string, string> { IsReadOnly: false } writable)
        {
            writable[""] = "changed after sending";
        }

        Assert.Empty(order.Notes);
    }

    [Fact]
    public void FormResults_WhenCastToADictionary_CannotBeChanged()
    {
        WorkOrder order = WorkOrderFixtures.Sign();

        Assert.False(order.FormResults is IDictionary<string, FormResult> { IsReadOnly: false });
        Assert.False(order.StepMarks is IDictionary<string, StepMark> { IsReadOnly: false });
    }

    [Fact]
    public void PublicProperties_WhenCastToAMutableCollection_CannotBeChanged()
    {
        // No public member of the work order (or of the workflow it keeps) hands out a writable collection.
        WorkOrder order = WorkOrderFixtures.Sign();
        order.WriteNotes(null, "General remark", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var writable = WritableMembers(order).Concat(WritableMembers(order.Workflow)).ToList();

        Assert.Empty(writable);
    }

    [Fact]
    public void Workflow_WhenReadFromAWorkOrder_CannotBeChanged()
    {
        // The work order handed out the shared, live workflow aggregate: a caller could mark it saved or clear its
        // events through the work order (and through its snapshot).
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow();
        WorkOrder order = WorkOrderFixtures.Plan(workflow);

        object fromOrder = order.Workflow;
        object fromSnapshot = order.ToSnapshot().Workflow;

        Assert.False(fromOrder is IHasDomainEvents, "WorkOrder.Workflow hands out an aggregate.");
        Assert.False(fromSnapshot is IHasDomainEvents, "WorkOrderSnapshot.Workflow hands out an aggregate.");
        Assert.NotSame(workflow, fromOrder);
        Assert.NotSame(workflow, fromSnapshot);
    }

    [Fact]
    public void PublicProperties_WhenFollowedRecursively_ExposeNoTypeWithMutatingMethods()
    {
        // House rule: nothing outside an aggregate can change it. Follow every public property type of the work order
        // and of its snapshot (and the type arguments of collections) and look for methods that change an object.
        var found = MutableTypesReachableFrom(typeof(WorkOrder)).Concat(MutableTypesReachableFrom(typeof(WorkOrderSnapshot))).Distinct().ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void IsSignatureStale_WhenContentChangesAndChangesBack_FollowsTheContent()
    {
        // SIG-10: staleness is decided by the content itself, not by a counter of commands.
        WorkOrder order = WorkOrderFixtures.Sign();

        order.WriteNotes(null, "Forgot to mention the filter.", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        bool afterChange = order.IsSignatureStale;
        order.WriteNotes(null, null, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(afterChange);
        Assert.False(order.IsSignatureStale);
        Assert.Empty(order.GetSendBlockers());
    }

    private static readonly string[] MutatingMethodNames = ["MarkSaved", "ClearDomainEvents", "Add", "Remove", "Clear", "Set"];

    // Types reachable through public instance properties (and generic type arguments) of the root, other than the
    // root itself, that can be changed: an aggregate (IHasDomainEvents), a public mutating method of this library, a
    // public setter, or a collection that is not immutable.
    private static IEnumerable<string> MutableTypesReachableFrom(Type root)
    {
        var seen = new HashSet<Type> { root };
        var queue = new Queue<(Type Type, string Path)>();
        Enqueue(root, root.Name);
        while (queue.Count > 0)
        {
            (Type type, string path) = queue.Dequeue();
            if (typeof(IHasDomainEvents).IsAssignableFrom(type))
            {
                yield return $"{path}: {type.Name} is an aggregate";
            }
            bool ownType = type.Assembly == typeof(WorkOrder).Assembly || type.Assembly == typeof(IHasDomainEvents).Assembly;
            if (ownType && type.GetMethods(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(m => MutatingMethodNames.Contains(m.Name)) is { } method)
            {
                yield return $"{path}: {type.Name}.{method.Name}";
            }
            if (ownType && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit))) is { } settable)
            {
                yield return $"{path}: {type.Name}.{settable.Name} has a public setter";
            }
            if (!ownType && type.IsGenericType && !type.IsValueType && type.Namespace != typeof(ImmutableArray).Namespace
                && type.GetGenericTypeDefinition() != typeof(IReadOnlyList<>) && type.GetGenericTypeDefinition() != typeof(IReadOnlyDictionary<,>)
                && type.GetGenericTypeDefinition() != typeof(IReadOnlyCollection<>) && type.GetGenericTypeDefinition() != typeof(IEnumerable<>))
            {
                yield return $"{path}: {type.Name} is not a read-only collection type";
            }
        }

        void Enqueue(Type type, string path)
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                foreach (Type reached in Reached(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType))
                {
                    if (seen.Add(reached))
                    {
                        queue.Enqueue((reached, $"{path}.{property.Name}"));
                        if (reached.Assembly == typeof(WorkOrder).Assembly || reached.Assembly == typeof(IHasDomainEvents).Assembly)
                        {
                            Enqueue(reached, $"{path}.{property.Name}");
                        }
                    }
                }
            }
        }

        static IEnumerable<Type> Reached(Type type) =>
            type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Reached)] : [type];
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
