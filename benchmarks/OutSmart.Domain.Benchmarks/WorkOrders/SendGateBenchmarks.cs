using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Benchmarks.WorkOrders;

/// <summary>
/// The send gate (WO-05) on a work order whose workflow has 20 steps: every kind, conditions on the first form,
/// and a 215-point signature. <see cref="EvaluateNothingDone"/> reports a blocker for nearly every step;
/// <see cref="EvaluateReadyToSend"/> finds none (its staleness answer is remembered for the unchanged content, as in an app
/// that evaluates the gate after every change); <see cref="EvaluateAfterChange"/> pays for the fresh SHA-256 content hash
/// that a change forces; <see cref="ComputeContentHash"/> measures that hash alone.
/// </summary>
[MemoryDiagnoser]
public class SendGateBenchmarks
{
    private static readonly Instant Now = Instant.FromUtc(2025, 11, 20, 9, 0);
    private static readonly EmployeeId Technician = new(new Guid("33333333-3333-3333-3333-333333333333"));
    private static readonly Actor Actor = Actor.Create(Technician, ActorChannel.MobileApp);
    private static readonly Workflow TwentySteps = CreateWorkflow();
    private static readonly SignatureInk Ink = CreateInk();
    private static readonly WorkOrder NothingDone = Plan(new Guid("11111111-1111-1111-1111-111111111111"));
    private static readonly WorkOrder ReadyToSend = Complete(Plan(new Guid("11111111-1111-1111-1111-111111111112")));
    private static readonly WorkOrder Changing = Complete(Plan(new Guid("11111111-1111-1111-1111-111111111113")));
    private static readonly WorkOrderContent Content = ReadyToSend.ToContent();

    [Benchmark(Baseline = true)]
    public ImmutableArray<SendBlocker> EvaluateNothingDone() => SendGate.Evaluate(NothingDone);

    [Benchmark]
    public ImmutableArray<SendBlocker> EvaluateReadyToSend() => SendGate.Evaluate(ReadyToSend);

    private bool _toggle;

    [Benchmark]
    public ImmutableArray<SendBlocker> EvaluateAfterChange()
    {
        // Alternating the general notes changes the signed content (so the content hash is computed afresh) without
        // growing the work order; the recorded event is dropped so the event list does not grow either.
        _toggle = !_toggle;
        Changing.WriteNotes(null, _toggle ? "Checked!" : "Checked.", Actor, Now);
        Changing.ClearDomainEvents();
        return SendGate.Evaluate(Changing);
    }

    [Benchmark]
    public string ComputeContentHash() => ContentHash.Compute(Content, Ink, "J. de Vries", Now);

    internal static Workflow CreateWorkflow()
    {
        var workflow = Workflow.Draft(new WorkflowId(new Guid("44444444-4444-4444-4444-444444444444")), "Benchmark", 1, false, Actor, Now);
        Condition leak = Condition.Equal("f0-leak", "yes");
        for (int i = 0; i < 20; i++)
        {
            string id = $"s{i:00}";
            Requirement requirement = i % 5 == 3 ? Requirement.RequiredWhen(leak) : i % 7 == 6 ? Requirement.Optional : Requirement.Required;
            WorkflowStep step = i switch
            {
                19 => WorkflowStep.Simple(id, "Signature", StepKind.Signature, Requirement.Required),
                _ => (i % 6) switch
                {
                    0 => WorkflowStep.Form(id, $"Form {i}", [
                        FormField.Create($"f{i}-ok", "Works?", FieldKind.YesNo, Requirement.Required),
                        FormField.Create($"f{i}-leak", "Leak?", FieldKind.YesNo),
                        FormField.Create($"f{i}-where", "Where?", FieldKind.Text, Requirement.Required, Condition.Equal($"f{i}-leak", "yes")),
                        FormField.Create($"f{i}-pressure", "Pressure (bar)", FieldKind.Number, Requirement.Required),
                    ], requirement),
                    1 => WorkflowStep.Photos(id, $"Photos {i}", 2, requirement),
                    2 => WorkflowStep.Simple(id, $"Notes {i}", StepKind.Notes, requirement, i > 6 ? leak : null),
                    3 => WorkflowStep.Simple(id, $"Materials {i}", StepKind.Materials, requirement),
                    4 => WorkflowStep.Simple(id, $"Hours {i}", StepKind.Hours, requirement),
                    _ => WorkflowStep.Form(id, $"Checklist {i}", [
                        FormField.Create($"f{i}-a", "Filter clean?", FieldKind.YesNo, Requirement.Required),
                        FormField.Create($"f{i}-b", "Result", FieldKind.Choice, Requirement.Required, options: ["pass", "fail"]),
                    ], requirement),
                },
            };
            workflow.AddStep(step, Actor, Now);
        }
        workflow.Publish(Actor, Now);
        return workflow;
    }

    private static SignatureInk CreateInk()
    {
        var canvas = CanvasSize.Create(600, 200).AsT0;
        var strokes = Enumerable.Range(0, 4).Select(s => Enumerable.Range(0, 54).Select(i =>
            new SignaturePoint(40 + (s * 130) + (i * 2.2), 100 + (60 * Math.Sin(i / 4.0)), (s * 2000) + (i * 16))));
        return SignatureInk.Create(canvas, strokes).AsT0;
    }

    internal static WorkOrder Plan(Guid id) =>
        WorkOrder.Plan(new WorkOrderId(id), "WO-BENCH", new CustomerId(new Guid("22222222-2222-2222-2222-222222222222")), null,
            WorkOrderOrigin.Manual, WorkOrderSchedule.Before(new LocalDate(2025, 11, 30)), TwentySteps, WorkOrderPolicy.Default, Actor, Now);

    internal static WorkOrder Complete(WorkOrder order)
    {
        foreach (WorkflowStep step in TwentySteps.Steps)
        {
            foreach (FormField field in step.Fields)
            {
                order.AnswerField(field.Id, field.Kind switch
                {
                    FieldKind.YesNo => "no",
                    FieldKind.Number => "1.5",
                    FieldKind.Choice => "pass",
                    _ => "n/a",
                }, Actor, Now);
            }
            switch (step.Kind)
            {
                case StepKind.Photos:
                    order.AddPhoto(step.Id, new string(step.Id[^1], 64), Actor, Now);
                    order.AddPhoto(step.Id, new string('f', 64), Actor, Now);
                    break;
                case StepKind.Notes:
                    order.WriteNotes(step.Id, "All good.", Actor, Now);
                    break;
                case StepKind.Materials:
                    order.AddMaterial(MaterialLine.Create("GSK-22", "Gasket 22 mm", 1, "pcs"), Actor, Now);
                    break;
                case StepKind.Hours:
                    order.RegisterHours(HourRegistration.Between(Technician, "Werktijd", Now, Now + Duration.FromMinutes(45)), Actor, Now);
                    break;
                default:
                    break;
            }
        }
        order.WriteNotes(null, "Checked.", Actor, Now);
        order.Sign(Ink, SignerName.Create("J. de Vries").AsT0, SignatureEvidence.Create("tablet-7", "5.2.0", Offset.Zero, "customer"), Actor, Now);
        order.ClearDomainEvents();
        if (!order.GetSendBlockers().IsEmpty)
        {
            throw new InvalidOperationException("The benchmark fixture must be ready to send: " + string.Join(", ", order.GetSendBlockers()));
        }
        return order;
    }
}
