using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

public sealed partial class Contract
{
    /// <summary>Terminates the contract early (beëindigen): it serves up to and including <paramref name="lastDay"/>,
    /// and nothing is generated for a later target. Records <see cref="ContractTerminated"/>; the contract is read-only
    /// from then on.</summary>
    /// <param name="lastDay">The last day served: from the day before the start (nothing is ever served) to the
    /// contract's <see cref="End"/> when it is known.</param>
    /// <param name="cancellation">The reason and comment.</param>
    /// <param name="actor">Who terminates it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="ContractReadOnly"/>; or <see cref="ContractTerminationOutsideTerm"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cancellation"/> or <paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, ContractReadOnly, ContractTerminationOutsideTerm> Terminate(LocalDate lastDay, ContractCancellation cancellation, Actor actor, Instant now)
    {
        Guard.Against.Null(cancellation);
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(now, out ContractReadOnly refusal))
        {
            return refusal;
        }
        LocalDate earliest = Start.PlusDays(-1);
        if (lastDay < earliest || (End is { } end && lastDay > end))
        {
            return new ContractTerminationOutsideTerm(Id, lastDay, earliest, End);
        }
        Termination = new ContractTermination(lastDay, cancellation, actor.EmployeeId, now);
        _view = null;
        Record(actor, now, ContractHistoryKind.Terminated, $"last day {lastDay:uuuu-MM-dd}, {cancellation.Reason}");
        _events.Add(new ContractTerminated(Id, lastDay, cancellation.Reason, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Starts the successor of a contract whose terms restart (<see cref="ContractContinuation.Restarts"/>): a
    /// new contract with the same customer, terms, service, template and planning, starting the day after this
    /// contract's <see cref="End"/>. Records <see cref="ContractRestarted"/> here and <see cref="ContractCreated"/> on
    /// the successor; save both. A host may run it any time before the end, so generation for the successor can run
    /// its days in advance.</summary>
    /// <param name="successorId">The successor's id; not empty, not this contract's id.</param>
    /// <param name="actor">Who restarts it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The successor; <see cref="ContractReadOnly"/>; or <see cref="ContractNotRestartable"/> when the terms do
    /// not restart, notice was given or a successor exists.</returns>
    /// <exception cref="ArgumentException"><paramref name="successorId"/> is empty or this contract's id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Contract, ContractReadOnly, ContractNotRestartable> Restart(ContractId successorId, Actor actor, Instant now)
    {
        Guard.Against.Default(successorId);
        Guard.Against.Expression(s => s == Id, successorId, "A contract does not restart itself.");
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(now, out ContractReadOnly refusal))
        {
            return refusal;
        }
        string? problem = Terms.Continuation != ContractContinuation.Restarts ? "its terms do not restart."
            : NoticeEnd is not null ? "notice was given."
            : SuccessorId is not null ? "it already has a successor."
            : null;
        if (problem is not null)
        {
            return new ContractNotRestartable(Id, problem);
        }
        LocalDate successorStart = Terms.FirstTermEnd(Start).PlusDays(1);
        Contract successor = Open(successorId, CustomerId, successorStart, Zone, Terms, Service, Template, Planning, Id, actor, now);
        SuccessorId = successorId;
        Record(actor, now, ContractHistoryKind.Restarted, $"successor {successorId.Value:D} from {successorStart:uuuu-MM-dd}");
        _events.Add(new ContractRestarted(Id, successorId, successorStart, actor.EmployeeId, now));
        return successor;
    }

    /// <summary>Records that a visit of a floating schedule was completed on <paramref name="completedOn"/>; the next
    /// visit of that schedule is counted from the latest completion.</summary>
    /// <param name="schedule">The name of one of the contract's schedules.</param>
    /// <param name="completedOn">The day the visit's work order was completed.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (an earlier completion than the one known changes nothing), or
    /// <see cref="ContractReadOnly"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="schedule"/> is not a schedule of the contract.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, ContractReadOnly> RecordVisitCompleted(string schedule, LocalDate completedOn, Actor actor, Instant now)
    {
        Guard.Against.Null(schedule);
        Guard.Against.Null(actor);
        if (!Service.Schedules.Any(s => s.Name == schedule))
        {
            throw new ArgumentException("The contract has no schedule with this name.", nameof(schedule));
        }
        if (IsRefusedAsReadOnly(now, out ContractReadOnly refusal))
        {
            return refusal;
        }
        if (LastCompletions.TryGetValue(schedule, out LocalDate known) && known >= completedOn)
        {
            return new Success();
        }
        LastCompletions = LastCompletions.SetItem(schedule, completedOn);
        _view = null;
        Record(actor, now, ContractHistoryKind.VisitCompleted, $"{schedule} completed {completedOn:uuuu-MM-dd}");
        return new Success();
    }

    /// <summary>Changes how visits become work orders (days in advance, employee, objects, missed policy). Work orders
    /// already generated keep what they have; to move them too, make and apply a change plan.</summary>
    /// <param name="planning">The new planning.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="ContractReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planning"/> or <paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, ContractReadOnly> ChangePlanning(ContractPlanning planning, Actor actor, Instant now)
    {
        Guard.Against.Null(planning);
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(now, out ContractReadOnly refusal))
        {
            return refusal;
        }
        Planning = planning;
        _view = null;
        Record(actor, now, ContractHistoryKind.PlanningChanged, "planning");
        return new Success();
    }

    /// <summary>Changes the work-order template for work orders generated from now on.</summary>
    /// <param name="template">The new template.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="ContractReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> or <paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, ContractReadOnly> ChangeTemplate(WorkOrderTemplate template, Actor actor, Instant now)
    {
        Guard.Against.Null(template);
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(now, out ContractReadOnly refusal))
        {
            return refusal;
        }
        Template = template;
        _view = null;
        Record(actor, now, ContractHistoryKind.PlanningChanged, "template");
        return new Success();
    }
}
