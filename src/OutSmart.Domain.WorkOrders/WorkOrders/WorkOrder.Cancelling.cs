using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>The longest cancellation reason, in characters after trimming.</summary>
    public const int MaxCancelReasonLength = 500;

    /// <summary>Cancels (annuleert) a work order on which no work has started: the status becomes
    /// <see cref="WorkOrderStatus.Cancelled"/>, the work order is read-only from now on, and
    /// <see cref="WorkOrderCancelled"/> is recorded (WO-11).</summary>
    /// <param name="reason">Why; 1–<see cref="MaxCancelReasonLength"/> characters after trimming.</param>
    /// <param name="actor">Who cancels it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="WorkOrderReadOnly"/> when it was sent or already cancelled; or
    /// <see cref="WorkOrderAlreadyStarted"/> when <see cref="IsStarted"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or too long.</exception>
    public OneOf<Success, WorkOrderReadOnly, WorkOrderAlreadyStarted> Cancel(string reason, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.NullOrWhiteSpace(reason);
        string trimmed = reason.Trim();
        Guard.Against.OutOfRange(trimmed.Length, nameof(reason), 1, MaxCancelReasonLength);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (IsStarted)
        {
            return new WorkOrderAlreadyStarted(Id, Status);
        }
        Status = WorkOrderStatus.Cancelled;
        _events.Add(new WorkOrderCancelled(Id, trimmed, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Gives a work order on which no work has started a new planned time or deadline and records
    /// <see cref="WorkOrderRescheduled"/> (WO-11); an equal schedule changes nothing and records nothing.</summary>
    /// <param name="schedule">The new schedule.</param>
    /// <param name="actor">Who reschedules it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="WorkOrderReadOnly"/> when it was sent or cancelled; or
    /// <see cref="WorkOrderAlreadyStarted"/> when <see cref="IsStarted"/>.</returns>
    /// <remarks>The <see cref="Origin"/> stays as it is: a generated work order keeps its <see cref="OccurrenceKey"/>,
    /// so a visit whose target date changes is cancelled and generated again instead.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly, WorkOrderAlreadyStarted> Reschedule(WorkOrderSchedule schedule, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.Null(schedule);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (IsStarted)
        {
            return new WorkOrderAlreadyStarted(Id, Status);
        }
        if (schedule != Schedule)
        {
            WorkOrderSchedule previous = Schedule;
            Schedule = schedule;
            _events.Add(new WorkOrderRescheduled(Id, previous, schedule, actor.EmployeeId, now));
        }
        return new Success();
    }
}
