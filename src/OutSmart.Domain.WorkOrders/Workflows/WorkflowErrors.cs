using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A published workflow revision was about to change (WO-01); draft and publish the next revision instead.</summary>
/// <param name="WorkflowId">The published revision.</param>
/// <param name="Revision">Its revision number.</param>
public sealed record WorkflowVersionImmutable(WorkflowId WorkflowId, int Revision) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKFLOW_VERSION_IMMUTABLE";

    /// <inheritdoc />
    public string Message => $"Version {Revision} of this workflow is published and cannot change. Create a new version.";
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

/// <summary>A workflow revision cannot be stored: the work type already has a revision with this number (WO-01:
/// a revision number identifies one template revision per work type).</summary>
/// <param name="WorkType">The work type.</param>
/// <param name="Revision">The revision number that is taken.</param>
/// <param name="ExistingId">The id of the stored revision that has the number.</param>
public sealed record WorkflowRevisionExists(string WorkType, int Revision, WorkflowId ExistingId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKFLOW_REVISION_EXISTS";

    /// <inheritdoc />
    public string Message => $"Work type \"{WorkType}\" already has a workflow version {Revision}. Draft the next version instead.";
}
