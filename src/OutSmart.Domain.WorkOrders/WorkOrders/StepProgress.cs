namespace OutSmart.Domain.WorkOrders;

/// <summary>The state of one workflow step on a work order, for display and for the send gate.</summary>
/// <remarks>Computed by <see cref="WorkOrder.GetProgress"/>; two values are equal when all parts are equal.</remarks>
public sealed record StepProgress
{
    internal StepProgress(WorkflowStep step, bool isVisible, bool isRequired, StepResolution resolution, string? reason)
    {
        Step = step;
        IsVisible = isVisible;
        IsRequired = isRequired;
        Resolution = resolution;
        Reason = reason;
    }

    /// <summary>Gets the step.</summary>
    public WorkflowStep Step { get; }

    /// <summary>Gets a value indicating whether the step is shown under the current answers.</summary>
    public bool IsVisible { get; }

    /// <summary>Gets a value indicating whether the step is visible and required under the current answers (WO-03).</summary>
    public bool IsRequired { get; }

    /// <summary>Gets how the step stands.</summary>
    public StepResolution Resolution { get; }

    /// <summary>Gets the cannot-complete reason, or <see langword="null"/>.</summary>
    public string? Reason { get; }

    /// <summary>Gets a value indicating whether the step lets the technician move on: it is complete, marked, hidden or not required.</summary>
    public bool IsSettled => Resolution != StepResolution.Open || !IsRequired;
}
