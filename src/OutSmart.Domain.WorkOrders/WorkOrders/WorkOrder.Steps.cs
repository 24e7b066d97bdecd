using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>Marks an optional step as not applicable and records <see cref="StepMarkedNotApplicable"/> (WO-08).</summary>
    /// <param name="stepId">A step of the workflow.</param>
    /// <param name="actor">Who marks it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="StepNotOptional"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="stepId"/>.</exception>
    public OneOf<Success, StepNotOptional, WorkOrderReadOnly> MarkNotApplicable(string stepId, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        WorkflowStep step = FindStep(stepId, null);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (!step.Requirement.IsOptional)
        {
            return new StepNotOptional(stepId);
        }
        _marks = _marks.SetItem(stepId, StepMark.NotApplicable(stepId));
        return RecordWork(new StepMarkedNotApplicable(Id, stepId, actor.EmployeeId, now));
    }

    /// <summary>Ends a visible, required step as cannot complete with a reason and records <see cref="StepMarkedCannotComplete"/>;
    /// the work order is then sent with status <see cref="WorkOrderStatus.CannotComplete"/> (WO-08).</summary>
    /// <param name="stepId">A step of the workflow.</param>
    /// <param name="reason">Why; see <see cref="CannotCompleteReason.Create"/>.</param>
    /// <param name="actor">Who marks it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="StepNotRequired"/> when the step is optional, hidden or not required under
    /// the current answers (mark it not applicable instead, or leave it); <see cref="CannotCompleteNotAllowed"/> when the
    /// policy forbids it; or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="stepId"/>.</exception>
    public OneOf<Success, StepNotRequired, CannotCompleteNotAllowed, WorkOrderReadOnly> MarkCannotComplete(string stepId, CannotCompleteReason reason, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.Null(reason);
        WorkflowStep step = FindStep(stepId, null);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (!Policy.CannotCompleteAllowed)
        {
            return new CannotCompleteNotAllowed(stepId);
        }
        // WO-08: cannot-complete is for required steps; judge without an earlier mark, which is what it replaces.
        if (!StepProgressEvaluator.For(this).IsRequired(step))
        {
            return new StepNotRequired(stepId);
        }
        _marks = _marks.SetItem(stepId, StepMark.CannotComplete(stepId, reason));
        return RecordWork(new StepMarkedCannotComplete(Id, stepId, reason.Value, actor.EmployeeId, now));
    }

    /// <summary>Reopens a step marked not applicable or cannot complete and records <see cref="StepReopened"/>; an unmarked step changes nothing.</summary>
    /// <param name="stepId">A step of the workflow.</param>
    /// <param name="actor">Who reopens it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="stepId"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> ReopenStep(string stepId, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        FindStep(stepId, null);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (!_marks.ContainsKey(stepId))
        {
            return new Success();
        }
        _marks = _marks.Remove(stepId);
        return RecordWork(new StepReopened(Id, stepId, actor.EmployeeId, now));
    }

    /// <summary>Computes the state of every step under the current visible answers (WO-02, WO-03, WO-09).</summary>
    /// <returns>The progress.</returns>
    public WorkOrderProgress GetProgress() => StepProgressEvaluator.For(this).Progress();

    private StepPreviousIncomplete? CheckSequence(WorkflowStep step)
    {
        if (!Workflow.IsSequential)
        {
            return null;
        }
        StepProgressEvaluator evaluator = StepProgressEvaluator.For(this);
        foreach (WorkflowStep earlier in Workflow.Steps)
        {
            if (earlier.Id == step.Id)
            {
                return null;
            }
            if (!evaluator.ProgressOf(earlier).IsSettled)
            {
                return new StepPreviousIncomplete(earlier.Id, earlier.Name);
            }
        }
        return null;
    }
}
