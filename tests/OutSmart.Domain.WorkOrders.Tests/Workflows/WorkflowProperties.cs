using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace OutSmart.Domain.WorkOrders.Tests.Workflows;

/// <summary>One generated command on a draft: add a step (with ids and a condition drawn from small sets, so that
/// repeated ids and conditions on unknown or later fields occur) or publish.</summary>
public sealed record WorkflowCommand(int Kind, int StepId, int FieldId, int ConditionField)
{
    public override string ToString() => Kind switch
    {
        0 => $"AddNotes(s{StepId}, when f{ConditionField})",
        1 => $"AddForm(s{StepId}, field f{FieldId}, when f{ConditionField})",
        _ => "Publish",
    };
}

public static class WorkflowCommandArbitraries
{
    public static Arbitrary<WorkflowCommand[]> Commands() =>
        Gen.ArrayOf(
                from kind in Gen.Frequency((4, Gen.Constant(0)), (4, Gen.Constant(1)), (1, Gen.Constant(2)))
                from step in Gen.Choose(0, 5)
                from field in Gen.Choose(0, 5)
                from condition in Gen.Choose(-1, 5)
                select new WorkflowCommand(kind, step, field, condition))
            .ToArbitrary();
}

public sealed class WorkflowProperties
{
    [Property(Arbitrary = [typeof(WorkflowCommandArbitraries)], MaxTest = 300)]
    public bool Commands_ForAnySequence_LeaveAWorkflowThatRehydratesEqualAndRefusalsChangeNothing(WorkflowCommand[] commands)
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Generated", 1, false, WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        foreach (WorkflowCommand command in commands)
        {
            WorkflowSnapshot before = workflow.ToSnapshot();
            int eventsBefore = workflow.DomainEvents.Count;
            Condition? when = command.ConditionField < 0 ? null : Condition.Answered($"f{command.ConditionField}");
            bool succeeded = command.Kind switch
            {
                0 => workflow.AddStep(WorkflowStep.Simple($"s{command.StepId}", "Notes", StepKind.Notes, visibleWhen: when), WorkflowFixtures.Planner, WorkOrderFixtures.Now).IsT0,
                1 => workflow.AddStep(WorkflowStep.Form($"s{command.StepId}", "Form", [FormField.Create($"f{command.FieldId}", "Q", FieldKind.Text, visibleWhen: when)]), WorkflowFixtures.Planner, WorkOrderFixtures.Now).IsT0,
                _ => workflow.Publish(WorkflowFixtures.Planner, WorkOrderFixtures.Now).IsT0,
            };
            if (!succeeded && (!workflow.ToSnapshot().Equals(before) || workflow.DomainEvents.Count != eventsBefore))
            {
                return false;
            }
            if (succeeded && workflow.DomainEvents.Count != eventsBefore + 1)
            {
                return false;
            }
        }

        WorkflowSnapshot snapshot = workflow.ToSnapshot();
        return Workflow.Rehydrate(snapshot).ToSnapshot().Equals(snapshot)
            && (!workflow.IsPublished || workflow.Steps.Count > 0);
    }
}
