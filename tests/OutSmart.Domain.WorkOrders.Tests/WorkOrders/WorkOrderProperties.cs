using FsCheck.Xunit;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.Arbitraries;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

/// <summary>Any sequence of commands keeps the work order's invariants (WO-07, SIG-10, SIG-11, the snapshot round trip).</summary>
public sealed class WorkOrderProperties
{
    private static readonly string[] Fields = ["boiler-ok", "leak", "leak-details"];
    private static readonly string[] Answers = ["yes", "no", "Drip at the pump", "maybe", "", "Valve"];
    private static readonly string?[] NotesSteps = [null, "leak-notes", null, "leak-notes", null, null];
    private static readonly string[] Steps = ["materials", "photos", "leak-notes", "intake", "hours", "signature"];

    [Property(Arbitrary = [typeof(WorkOrderCommandArbitraries)], MaxTest = 300)]
    public void AnyCommandSequence_KeepsTheInvariants(WorkOrderCommand[] commands)
    {
        // Half of the runs start ready to sign, so signing, staleness and sending are reached often.
        WorkOrder order = WorkOrderFixtures.Plan(policy: WorkOrderPolicy.Default.WithCannotCompleteAllowed(true));
        if (commands.Length % 2 == 0)
        {
            WorkOrderFixtures.ReadyToSign(order);
        }
        Instant now = WorkOrderFixtures.Now;
        WorkOrderContent? signedContent = null;
        foreach (WorkOrderCommand command in commands)
        {
            now += Duration.FromMinutes(1);
            WorkOrderSnapshot before = order.ToSnapshot();
            bool wasReadOnly = order.IsReadOnly;
            int eventsBefore = order.DomainEvents.Count;

            object result = Apply(order, command, now).Value;

            WorkOrderSnapshot after = order.ToSnapshot();
            Assert.Equal(after, WorkOrder.Rehydrate(after).ToSnapshot());
            Assert.Equal(AggregateVersion.New, order.Version);
            Assert.True(order.DomainEvents.OfType<WorkOrderSent>().Count() <= 1, "WorkOrderSent is recorded at most once.");
            if (result is IDomainError)
            {
                Assert.Equal(before, after);
                Assert.Equal(eventsBefore, order.DomainEvents.Count);
            }
            if (wasReadOnly)
            {
                Assert.Equal(before, after);
                Assert.True(
                    result is WorkOrderReadOnly || (command.Kind == WorkOrderCommandKind.Send && result is OneOf.Types.Success or WorkOrderAlreadySent),
                    $"A sent work order refuses {command} with WorkOrderReadOnly; it answered {result.GetType().Name}.");
            }
            if (command.Kind == WorkOrderCommandKind.Sign && result is OneOf.Types.Success)
            {
                signedContent = order.ToContent();
            }
            if (order.Signature is null)
            {
                signedContent = null;
            }
            bool changedSinceSigning = signedContent is not null && !signedContent.Equals(order.ToContent());
            Assert.Equal(changedSinceSigning, order.IsSignatureStale);
            Assert.Equal(order.IsSignatureStale, WorkOrder.Rehydrate(after).IsSignatureStale);
        }
        Assert.Equal(order.IsReadOnly ? 1 : 0, order.DomainEvents.OfType<WorkOrderSent>().Count());
    }

    private static IOneOf Apply(WorkOrder order, WorkOrderCommand command, Instant now)
    {
        Actor actor = command.Argument % 2 == 0 ? WorkOrderFixtures.Actor : WorkOrderFixtures.Office;
        int a = command.Argument;
        return command.Kind switch
        {
            WorkOrderCommandKind.Assign => order.Assign(a % 2 == 0 ? WorkOrderFixtures.Technician : WorkOrderFixtures.Planner, actor, now),
            WorkOrderCommandKind.ApplyPolicy => order.ApplyPolicy(WorkOrderPolicy.Default.WithCannotCompleteAllowed(true).WithHoursRequired(a % 2 == 0), actor, now),
            WorkOrderCommandKind.Start => order.Start(actor, now),
            WorkOrderCommandKind.AnswerField => order.AnswerField(Fields[a % Fields.Length], Answers[a], actor, now),
            WorkOrderCommandKind.ClearAnswer => order.ClearAnswer(Fields[a % Fields.Length], actor, now),
            WorkOrderCommandKind.WriteNotes => order.WriteNotes(NotesSteps[a], a == 4 ? " " : $"Notes {a}", actor, now),
            WorkOrderCommandKind.AddPhoto => order.AddPhoto(a % 3 == 0 ? null : "photos", new string((char)('a' + a), 64), actor, now),
            WorkOrderCommandKind.AddMaterial => order.AddMaterial(MaterialLine.Create($"A-{a}", "Part", a + 1, "pcs"), actor, now),
            WorkOrderCommandKind.RegisterHours => order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", new LocalDate(2025, 11, 20), Duration.FromMinutes((a + 1) * 10)), actor, now),
            WorkOrderCommandKind.StartTimer => order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", actor, now),
            WorkOrderCommandKind.StopTimer => order.StopTimer(WorkOrderFixtures.Technician, actor, now),
            WorkOrderCommandKind.MarkNotApplicable => order.MarkNotApplicable(Steps[a], actor, now),
            WorkOrderCommandKind.MarkCannotComplete => order.MarkCannotComplete(Steps[a], WorkOrderFixtures.Reason("The customer was not at home."), actor, now),
            WorkOrderCommandKind.ReopenStep => order.ReopenStep(Steps[a], actor, now),
            WorkOrderCommandKind.Sign => order.Sign(Inks.Valid(10 + a), a == 5 ? null : WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(), actor, now),
            WorkOrderCommandKind.ClearSignature => order.ClearSignature(actor, now),
            WorkOrderCommandKind.Complete => order.Complete(actor, now),
            _ => order.Send(a % 3 == 0 ? WorkOrderFixtures.Send2 : WorkOrderFixtures.Send1, actor, now),
        };
    }
}
