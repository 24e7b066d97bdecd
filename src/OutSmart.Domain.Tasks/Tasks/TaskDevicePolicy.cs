using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>The company's mobile device policy for tasks (TSK-13): which commands the mobile app may send.</summary>
/// <remarks>
/// <para>The policy applies only to actors whose <see cref="Actor.Channel"/> is <see cref="ActorChannel.MobileApp"/>;
/// back-office and system commands are never limited by it. Starting, completing, progress, checklist, subtasks,
/// links, reminders and comments are the technician's work on a task and are always allowed.</para>
/// <para>Two policies are equal when their flags are equal.</para>
/// </remarks>
public sealed record TaskDevicePolicy
{
    private TaskDevicePolicy(bool canCreate, bool canEdit, bool canChangeDueDate)
    {
        CanCreate = canCreate;
        CanEdit = canEdit;
        CanChangeDueDate = canChangeDueDate;
    }

    /// <summary>Gets the policy that allows every command from the mobile app; registered by default.</summary>
    public static TaskDevicePolicy AllowAll { get; } = new(true, true, true);

    /// <summary>Gets a value indicating whether the mobile app may create tasks.</summary>
    public bool CanCreate { get; }

    /// <summary>Gets a value indicating whether the mobile app may change a task's title, description, priority, owner or assignees.</summary>
    public bool CanEdit { get; }

    /// <summary>Gets a value indicating whether the mobile app may change a task's start or due.</summary>
    public bool CanChangeDueDate { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="canCreate">Whether the mobile app may create tasks.</param>
    /// <param name="canEdit">Whether the mobile app may edit a task's details.</param>
    /// <param name="canChangeDueDate">Whether the mobile app may change a task's start or due.</param>
    /// <returns>The policy.</returns>
    public static TaskDevicePolicy Create(bool canCreate, bool canEdit, bool canChangeDueDate) => new(canCreate, canEdit, canChangeDueDate);

    /// <summary>Tells whether the actor may perform the action under this policy.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="action">A defined action.</param>
    /// <returns><see langword="true"/> unless the actor uses the mobile app and the policy switches the action off.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="action"/> is undefined.</exception>
    public bool Allows(Actor actor, TaskDeviceAction action)
    {
        Guard.Against.Null(actor);
        Guard.Against.EnumOutOfRange(action);
        return actor.Channel != ActorChannel.MobileApp || action switch
        {
            TaskDeviceAction.Create => CanCreate,
            TaskDeviceAction.Edit => CanEdit,
            _ => CanChangeDueDate,
        };
    }
}
