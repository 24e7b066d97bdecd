using FsCheck;
using FsCheck.Fluent;

namespace OutSmart.Domain.WorkOrders.Tests.Arbitraries;

/// <summary>One command on the boiler work order; <see cref="Argument"/> picks among a few inputs.</summary>
public sealed record WorkOrderCommand(WorkOrderCommandKind Kind, int Argument)
{
    public override string ToString() => $"{Kind}({Argument})";
}

/// <summary>Every command of <see cref="WorkOrder"/>.</summary>
public enum WorkOrderCommandKind
{
    Assign,
    ApplyPolicy,
    Start,
    AnswerField,
    ClearAnswer,
    WriteNotes,
    AddPhoto,
    AddMaterial,
    RegisterHours,
    StartTimer,
    StopTimer,
    MarkNotApplicable,
    MarkCannotComplete,
    ReopenStep,
    Sign,
    ClearSignature,
    Complete,
    Send,
}

public static class WorkOrderCommandArbitraries
{
    public static Arbitrary<WorkOrderCommand[]> Commands() =>
        Gen.ArrayOf(
            from kind in Gen.Frequency(
                (1, Gen.Elements(Enum.GetValues<WorkOrderCommandKind>())),
                (1, Gen.Elements(WorkOrderCommandKind.AnswerField, WorkOrderCommandKind.AddPhoto, WorkOrderCommandKind.Sign, WorkOrderCommandKind.Send)))
            from argument in Gen.Choose(0, 5)
            select new WorkOrderCommand(kind, argument)).ToArbitrary();
}
