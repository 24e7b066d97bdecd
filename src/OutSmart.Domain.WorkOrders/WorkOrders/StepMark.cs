namespace OutSmart.Domain.WorkOrders;

/// <summary>A technician's decision on a step, kept in a <see cref="WorkOrderSnapshot"/>: not applicable, or cannot complete with a reason.</summary>
public sealed record StepMark
{
    /// <summary>Creates the value.</summary>
    /// <param name="stepId">The step.</param>
    /// <param name="resolution"><see cref="StepResolution.NotApplicable"/> or <see cref="StepResolution.CannotComplete"/>.</param>
    /// <param name="reason">The cannot-complete reason, or <see langword="null"/>.</param>
    public StepMark(
        string stepId,
        StepResolution resolution,
        string? reason)
    {
        StepId = stepId;
        Resolution = resolution;
        Reason = reason;
    }

    /// <summary>Gets the step.</summary>
    public string StepId { get; }

    /// <summary>Gets <see cref="StepResolution.NotApplicable"/> or <see cref="StepResolution.CannotComplete"/>.</summary>
    public StepResolution Resolution { get; }

    /// <summary>Gets the cannot-complete reason, or <see langword="null"/>.</summary>
    public string? Reason { get; }
}
