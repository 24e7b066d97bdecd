using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>The back-office planner who drafts and publishes workflows (<i>werkbonflows</i>) in tests.</summary>
public static class WorkflowFixtures
{
    /// <summary>The planner's employee id.</summary>
    public static readonly EmployeeId PlannerId = new(new Guid("66666666-6666-6666-6666-666666666666"));

    /// <summary>The planner working in the back office.</summary>
    public static readonly Actor Planner = Actor.Create(PlannerId, ActorChannel.BackOffice);
}
