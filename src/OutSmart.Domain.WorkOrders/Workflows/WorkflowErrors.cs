using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A published workflow version was about to change (WO-01); publish a new version instead.</summary>
/// <param name="WorkflowId">The published version.</param>
/// <param name="Version">Its version number.</param>
public sealed record WorkflowVersionImmutable(WorkflowId WorkflowId, int Version) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKFLOW_VERSION_IMMUTABLE";

    /// <inheritdoc />
    public string Message => $"Version {Version} of this workflow is published and cannot change. Create a new version.";
}

/// <summary>A step could not be added: its id or one of its field ids is already used, or a condition refers to a field that no earlier step has.</summary>
/// <param name="StepId">The refused step.</param>
/// <param name="Reason">What is wrong, in English.</param>
public sealed record WorkflowStepInvalid(string StepId, string Reason) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKFLOW_STEP_INVALID";

    /// <inheritdoc />
    public string Message => $"Step \"{StepId}\" cannot be added: {Reason}.";
}

/// <summary>A workflow without steps cannot be published.</summary>
/// <param name="WorkflowId">The draft.</param>
public sealed record WorkflowHasNoSteps(WorkflowId WorkflowId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKFLOW_HAS_NO_STEPS";

    /// <inheritdoc />
    public string Message => "Add at least one step before publishing the workflow.";
}
