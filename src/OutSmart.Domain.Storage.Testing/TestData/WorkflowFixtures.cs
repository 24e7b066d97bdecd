using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>The back-office planner who drafts and publishes workflows in tests.</summary>
internal static class WorkflowFixtures
{
    public static readonly EmployeeId PlannerId = new(new Guid("66666666-6666-6666-6666-666666666666"));

    public static readonly Actor Planner = Actor.Create(PlannerId, ActorChannel.BackOffice);
}
