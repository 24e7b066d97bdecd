using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The send gate: one pure check that returns every reason a work order cannot be sent (WO-05).</summary>
/// <remarks>
/// <para>Conditions see only the answers of visible fields (WO-03). For each visible, required, open step (WO-02) it reports: missing required fields
/// (<c>FIELD_REQUIRED</c>) or <c>STEP_REQUIRED_INCOMPLETE</c> for a form (also when its result is missing, WO-10), <c>PHOTO_COUNT_BELOW_MIN</c> for photos,
/// <c>HOURS_MISSING</c> for hours, <c>SIGNATURE_MISSING</c>, <c>SIGNATURE_INVALID</c> or <c>SIGNATURE_STALE</c> for the
/// signature, and <c>STEP_REQUIRED_INCOMPLETE</c> for notes and materials. Steps marked not applicable or cannot
/// complete do not block.</para>
/// <para>Then the policy: a required signature, required hours, a minimum photo count over the whole work order;
/// any stale or invalid signature blocks even when no signature is required; every running timer blocks
/// (<c>TIMER_RUNNING</c>). A reason already reported by a step is not repeated.</para>
/// <para>The result depends only on the work order's state; it never changes it.</para>
/// </remarks>
public static class SendGate
{
    /// <summary>Evaluates the gate.</summary>
    /// <param name="workOrder">The work order.</param>
    /// <returns>Every blocker, in workflow order followed by policy blockers; empty when the work order can be sent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workOrder"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<SendBlocker> Evaluate(WorkOrder workOrder)
    {
        Guard.Against.Null(workOrder);
        return Evaluate(workOrder, StepProgressEvaluator.For(workOrder));
    }

    internal static ImmutableArray<SendBlocker> Evaluate(WorkOrder workOrder, StepProgressEvaluator evaluator)
    {
        var blockers = ImmutableArray.CreateBuilder<SendBlocker>();
        bool signatureReported = false;
        bool hoursReported = false;
        foreach (WorkflowStep step in workOrder.Workflow.Steps)
        {
            StepProgress progress = evaluator.ProgressOf(step);
            if (!progress.IsRequired || progress.Resolution != StepResolution.Open)
            {
                continue;
            }
            switch (step.Kind)
            {
                case StepKind.Form:
                    int before = blockers.Count;
                    foreach (FormField field in evaluator.MissingFields(step))
                    {
                        blockers.Add(new SendBlocker(SendBlockerKind.FieldRequired, step, $"Answer \"{field.Label}\" in \"{step.Name}\".", fieldId: field.Id));
                    }
                    // WO-05: a missing result is a blocker of its own, also when fields are missing.
                    if (step.RecordsResult && !workOrder.FormResults.ContainsKey(step.Id))
                    {
                        blockers.Add(new SendBlocker(SendBlockerKind.StepRequiredIncomplete, step, $"Record the result (pass, fail, partial or n/a) of \"{step.Name}\"."));
                    }
                    if (blockers.Count == before)
                    {
                        blockers.Add(Incomplete(step));
                    }
                    break;
                case StepKind.Photos:
                    int actual = evaluator.PhotoCount(step.Id);
                    blockers.Add(new SendBlocker(SendBlockerKind.PhotoCountBelowMin, step, $"Take at least {step.MinPhotos} photo(s) in \"{step.Name}\" ({actual} so far).", minimum: step.MinPhotos, actual: actual));
                    break;
                case StepKind.Hours:
                    blockers.Add(new SendBlocker(SendBlockerKind.HoursMissing, step, $"Register your hours in \"{step.Name}\"."));
                    hoursReported = true;
                    break;
                case StepKind.Signature:
                    blockers.Add(SignatureBlocker(workOrder, step));
                    signatureReported = true;
                    break;
                default:
                    blockers.Add(Incomplete(step));
                    break;
            }
        }

        WorkOrderPolicy policy = workOrder.Policy;
        if (!signatureReported && workOrder.Signature is not null && (workOrder.SignatureProblem() is not null || evaluator.IsSignatureStale))
        {
            blockers.Add(SignatureBlocker(workOrder, null));
        }
        else if (!signatureReported && workOrder.Signature is null && policy.SignatureRequired)
        {
            blockers.Add(SignatureBlocker(workOrder, null));
        }
        if (!hoursReported && policy.HoursRequired && workOrder.Hours.Count == 0)
        {
            blockers.Add(new SendBlocker(SendBlockerKind.HoursMissing, null, "Register your hours before sending."));
        }
        int photos = evaluator.PhotoCount(null);
        if (photos < policy.MinimumPhotos)
        {
            blockers.Add(new SendBlocker(SendBlockerKind.PhotoCountBelowMin, null, $"Add at least {policy.MinimumPhotos} photo(s) to the work order ({photos} so far).", minimum: policy.MinimumPhotos, actual: photos));
        }
        foreach (RunningTimer timer in workOrder.TimerList)
        {
            blockers.Add(new SendBlocker(SendBlockerKind.TimerRunning, null, $"Stop the timer of employee {timer.EmployeeId} first."));
        }
        return blockers.ToImmutable();
    }

    private static SendBlocker Incomplete(WorkflowStep step) =>
        new(SendBlockerKind.StepRequiredIncomplete, step, $"Complete the step \"{step.Name}\".");

    // Called only for a missing, invalid or stale signature.
    private static SendBlocker SignatureBlocker(WorkOrder workOrder, WorkflowStep? step)
    {
        if (workOrder.Signature is null)
        {
            return new SendBlocker(SendBlockerKind.SignatureMissing, step, "Ask the customer to sign.");
        }
        if (workOrder.SignatureProblem() is { } reason)
        {
            return new SendBlocker(SendBlockerKind.SignatureInvalid, step, $"The signature is not valid: {reason}. Ask the customer to sign again.", reason: reason);
        }
        return new SendBlocker(SendBlockerKind.SignatureStale, step, "The work order changed after signing. Ask the customer to sign again.");
    }
}
