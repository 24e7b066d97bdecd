using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>Assigns an employee and records <see cref="WorkOrderAssigned"/>; assigning twice changes nothing and records nothing.</summary>
    /// <param name="employeeId">The employee; not empty.</param>
    /// <param name="actor">Who assigns.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty.</exception>
    public OneOf<Success, WorkOrderReadOnly> Assign(EmployeeId employeeId, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.Default(employeeId);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (!_assigned.Contains(employeeId))
        {
            _assigned = _assigned.Add(employeeId);
            _events.Add(new WorkOrderAssigned(Id, employeeId, actor.EmployeeId, now));
        }
        return new Success();
    }

    /// <summary>Applies a changed company or device policy before sending and records <see cref="WorkOrderPolicyApplied"/>; the send gate uses it from now on.</summary>
    /// <param name="policy">The new policy.</param>
    /// <param name="actor">Who applies it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <remarks>A signature captured under the old policy is not captured again: when it no longer meets the new policy
    /// (for example a name became required) the send gate reports <c>SIGNATURE_INVALID</c>. Applying an equal policy
    /// changes nothing and records nothing.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> ApplyPolicy(WorkOrderPolicy policy, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.Null(policy);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (policy != Policy)
        {
            Policy = policy;
            _events.Add(new WorkOrderPolicyApplied(Id, policy, actor.EmployeeId, now));
        }
        return new Success();
    }

    /// <summary>Starts the work: a planned or completed work order becomes in progress and records <see cref="WorkOrderStarted"/>.
    /// Any registration does this too; starting a work order in progress changes nothing.</summary>
    /// <param name="actor">Who starts it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> Start(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (Status == WorkOrderStatus.InProgress)
        {
            return new Success();
        }
        return RecordWork(new WorkOrderStarted(Id, actor.EmployeeId, now));
    }
}
