using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.Arbitraries;

/// <summary>One generated step: its kind, requirement (0 optional, 1 required, 2 required when q1 = yes),
/// visibility (0 always, 1 when q2 = yes), and what the technician does with it.</summary>
public sealed record StepSpec(StepKind Kind, int Need, int Visibility, int MinPhotos, bool Done, bool MarkNotApplicable);

/// <summary>A generated workflow (a first optional form with yes/no fields q1 and q2, then the generated steps) and a
/// technician's actions on a work order planned on it, under the default policy. Signing, if any, comes last.</summary>
public sealed record WorkOrderScenario(IReadOnlyList<StepSpec> Steps, string? Q1, string? Q2, bool Sign)
{
    public WorkOrder Build()
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Generated", 1, false, WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.AddStep(WorkflowStep.Form("start", "Start", [
            FormField.Create("q1", "Q1", FieldKind.YesNo),
            FormField.Create("q2", "Q2", FieldKind.YesNo),
        ]), WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        for (int i = 0; i < Steps.Count; i++)
        {
            StepSpec spec = Steps[i];
            Requirement requirement = spec.Need switch
            {
                0 => Requirement.Optional,
                1 => Requirement.Required,
                _ => Requirement.RequiredWhen(Condition.Equal("q1", "yes")),
            };
            Condition? visible = spec.Visibility == 1 ? Condition.Equal("q2", "yes") : null;
            string id = $"s{i}";
            WorkflowStep step = spec.Kind switch
            {
                StepKind.Form => WorkflowStep.Form(id, $"Form {i}", [
                    FormField.Create($"f{i}a", "A", FieldKind.Text, Requirement.Required),
                    FormField.Create($"f{i}b", "B", FieldKind.Text, Requirement.RequiredWhen(Condition.Equal("q2", "yes"))),
                ], requirement, visible),
                StepKind.Photos => WorkflowStep.Photos(id, $"Photos {i}", spec.MinPhotos, requirement, visible),
                _ => WorkflowStep.Simple(id, $"{spec.Kind} {i}", spec.Kind, requirement, visible),
            };
            workflow.AddStep(step, WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        }
        workflow.Publish(WorkflowFixtures.Planner, WorkOrderFixtures.Now);

        WorkOrder order = WorkOrderFixtures.Plan(workflow);
        if (Q1 is not null)
        {
            order.AnswerField("q1", Q1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        }
        if (Q2 is not null)
        {
            order.AnswerField("q2", Q2, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        }
        bool sign = Sign;
        for (int i = 0; i < Steps.Count; i++)
        {
            StepSpec spec = Steps[i];
            string id = $"s{i}";
            if (spec.MarkNotApplicable)
            {
                order.MarkNotApplicable(id, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
            }
            if (!spec.Done)
            {
                continue;
            }
            switch (spec.Kind)
            {
                case StepKind.Form:
                    order.AnswerField($"f{i}a", "answer", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
                    break;
                case StepKind.Photos:
                    for (int p = 0; p < spec.MinPhotos; p++)
                    {
                        order.AddPhoto(id, $"{i:x2}{p:x2}".PadRight(64, 'e'), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
                    }
                    break;
                case StepKind.Notes:
                    order.WriteNotes(id, "Some notes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
                    break;
                case StepKind.Hours:
                    order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(30)), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
                    break;
                case StepKind.Materials:
                    order.AddMaterial(MaterialLine.Create("A-1", "Part", 2, "pcs"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
                    break;
                default:
                    sign = true;
                    break;
            }
        }
        if (sign)
        {
            order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);
        }
        return order;
    }

    public override string ToString() =>
        $"q1={Q1} q2={Q2} sign={Sign} steps=[{string.Join(", ", Steps)}]";
}

/// <summary>A change to signed content: 0 flips q1, 1 adds a photo, 2 writes general notes, 3 adds material, 4 adds hours.</summary>
public sealed record ContentChange(int Kind)
{
    public bool ApplyTo(WorkOrder order) => Kind switch
    {
        0 => order.AnswerField("q1", order.Answers.TryGetValue("q1", out string? q1) && q1 == "yes" ? "no" : "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
        1 => order.AddPhoto(null, new string('f', 64), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
        2 => order.WriteNotes(null, "Changed after signing", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
        3 => order.AddMaterial(MaterialLine.Create("B-2", "Late part", 1, "m"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
        _ => order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Reistijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(10)), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
    };
}

public static class WorkOrderArbitraries
{
    public static Arbitrary<WorkOrderScenario> Scenarios() =>
        (from count in Gen.Choose(0, 8)
         from steps in Gen.ArrayOf(Step(), count)
         from q1 in Gen.Elements<string?>(null, "yes", "no")
         from q2 in Gen.Elements<string?>(null, "yes", "no")
         from sign in Gen.Elements(true, false)
         select new WorkOrderScenario(steps, q1, q2, sign)).ToArbitrary();

    public static Arbitrary<ContentChange> Changes() => Gen.Choose(0, 4).Select(k => new ContentChange(k)).ToArbitrary();

    private static Gen<StepSpec> Step() =>
        from kind in Gen.Elements(Enum.GetValues<StepKind>())
        from requirement in Gen.Choose(0, 2)
        from visibility in Gen.Choose(0, 1)
        from minPhotos in Gen.Choose(1, 3)
        from done in Gen.Elements(true, false)
        from markNa in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        select new StepSpec(kind, requirement, visibility, minPhotos, done, markNa);
}
