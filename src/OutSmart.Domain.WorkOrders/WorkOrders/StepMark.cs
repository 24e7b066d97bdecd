namespace OutSmart.Domain.WorkOrders;

/// <summary>A technician's decision on a step, kept in a <see cref="WorkOrderSnapshot"/>: not applicable, or cannot complete with a reason.</summary>
/// <param name="StepId">The step.</param>
/// <param name="Resolution"><see cref="StepResolution.NotApplicable"/> or <see cref="StepResolution.CannotComplete"/>.</param>
/// <param name="Reason">The cannot-complete reason, or <see langword="null"/>.</param>
public sealed record StepMark(string StepId, StepResolution Resolution, string? Reason);
