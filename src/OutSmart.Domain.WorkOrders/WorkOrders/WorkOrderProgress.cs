using System.Collections.Immutable;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The progress of a work order through its workflow, for display only (WO-09).</summary>
/// <remarks>Two values are equal when their steps are equal in order.</remarks>
public sealed record WorkOrderProgress
{
    internal WorkOrderProgress(ImmutableArray<StepProgress> steps) => Steps = steps;

    /// <summary>Gets every step of the workflow in order.</summary>
    public ImmutableArray<StepProgress> Steps { get; }

    /// <summary>Gets the number of visible, required steps.</summary>
    public int RequiredSteps => Steps.Count(s => s.IsRequired);

    /// <summary>Gets the number of visible, required steps that are complete (or ended as cannot complete).</summary>
    public int CompletedRequiredSteps => Steps.Count(s => s.IsRequired && s.Resolution != StepResolution.Open);

    /// <summary>Gets completed required steps / visible required steps as a whole percentage, rounded down; 100 when nothing is required.</summary>
    public int Percent => RequiredSteps == 0 ? 100 : CompletedRequiredSteps * 100 / RequiredSteps;

    /// <inheritdoc />
    public bool Equals(WorkOrderProgress? other) => other is not null && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => Steps.Length;
}
