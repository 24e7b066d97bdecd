using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>Returns every reason the work order cannot be sent now; empty when it can (WO-05). Same as <see cref="SendGate.Evaluate(WorkOrder)"/>.</summary>
    /// <returns>The blockers, in workflow order followed by policy blockers.</returns>
    public ImmutableArray<SendBlocker> GetSendBlockers() => SendGate.Evaluate(this);

    /// <summary>Marks the work order completed when nothing blocks sending and records <see cref="WorkOrderCompleted"/>.</summary>
    /// <param name="actor">Who completes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="SendBlocked"/> with every blocker, or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <remarks>Completing a completed work order changes nothing; any later change returns it to <see cref="WorkOrderStatus.InProgress"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, SendBlocked, WorkOrderReadOnly> Complete(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        ImmutableArray<SendBlocker> blockers = GetSendBlockers();
        if (!blockers.IsEmpty)
        {
            return new SendBlocked(Id, blockers);
        }
        if (Status != WorkOrderStatus.Completed)
        {
            Status = WorkOrderStatus.Completed;
            _events.Add(new WorkOrderCompleted(Id, actor.EmployeeId, now));
        }
        return new Success();
    }

    /// <summary>Sends the work order to the back office; idempotent by <paramref name="sendId"/> (WO-07).</summary>
    /// <param name="sendId">The id of this send attempt; sending again with the same id succeeds without effect.</param>
    /// <param name="actor">Who sends it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="SendBlocked"/> with every blocker, <see cref="WorkOrderAlreadySent"/> for another
    /// send id, or <see cref="WorkOrderReadOnly"/> when the work order was cancelled (<see cref="Cancel"/>).</returns>
    /// <remarks>On success the status becomes <see cref="WorkOrderStatus.Sent"/>, or <see cref="WorkOrderStatus.CannotComplete"/>
    /// when a visible step ended as cannot complete, and <see cref="WorkOrderSent"/> is recorded exactly once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sendId"/> is empty.</exception>
    public OneOf<Success, SendBlocked, WorkOrderAlreadySent, WorkOrderReadOnly> Send(SendId sendId, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.Default(sendId);
        if (Status == WorkOrderStatus.Cancelled)
        {
            return new WorkOrderReadOnly(Id);
        }
        if (SentWith is { } sent)
        {
            return sent == sendId ? new Success() : new WorkOrderAlreadySent(Id, sent);
        }
        StepProgressEvaluator evaluator = StepProgressEvaluator.For(this);
        ImmutableArray<SendBlocker> blockers = SendGate.Evaluate(this, evaluator);
        if (!blockers.IsEmpty)
        {
            return new SendBlocked(Id, blockers);
        }
        bool cannotComplete = evaluator.Progress().Steps.Any(s => s.IsVisible && s.Resolution == StepResolution.CannotComplete);
        Status = cannotComplete ? WorkOrderStatus.CannotComplete : WorkOrderStatus.Sent;
        SentWith = sendId;
        SentAt = now;
        _events.Add(new WorkOrderSent(Id, sendId, Status, ToContent(), Signature, Signature?.ContentHash, [.. _hours], actor.EmployeeId, now));
        return new Success();
    }
}
