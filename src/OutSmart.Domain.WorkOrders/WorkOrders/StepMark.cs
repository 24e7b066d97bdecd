using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A technician's decision on a step: not applicable, or cannot complete with a reason (WO-08).</summary>
/// <remarks>Two marks are equal when all parts are equal.</remarks>
public sealed record StepMark
{
    private StepMark(string stepId, StepResolution resolution, string? reason)
    {
        StepId = stepId;
        Resolution = resolution;
        Reason = reason;
    }

    /// <summary>Gets the step.</summary>
    public string StepId { get; }

    /// <summary>Gets <see cref="StepResolution.NotApplicable"/> or <see cref="StepResolution.CannotComplete"/>.</summary>
    public StepResolution Resolution { get; }

    /// <summary>Gets the cannot-complete reason; <see langword="null"/> for not applicable.</summary>
    public string? Reason { get; }

    /// <summary>Creates the mark of a step marked not applicable.</summary>
    /// <param name="stepId">The step; not blank.</param>
    /// <returns>The mark.</returns>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stepId"/> is <see langword="null"/>.</exception>
    public static StepMark NotApplicable(string stepId) => new(Guard.Against.NullOrWhiteSpace(stepId), StepResolution.NotApplicable, null);

    /// <summary>Creates the mark of a step that ended as cannot complete.</summary>
    /// <param name="stepId">The step; not blank.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The mark.</returns>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stepId"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    public static StepMark CannotComplete(string stepId, CannotCompleteReason reason) =>
        new(Guard.Against.NullOrWhiteSpace(stepId), StepResolution.CannotComplete, Guard.Against.Null(reason).Value);
}
