using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>Who may approve, reject and reopen whose hours (TS-19, TS-20), built with named <c>With…</c> steps.</summary>
/// <remarks>
/// <para>By default (<see cref="Default"/>) an employee's manager or team lead (from <see cref="TimesheetApprovers"/>)
/// and anyone with <see cref="TimesheetPermissions.Admin"/> may decide; project managers may not; nobody may decide on
/// their own hours.</para>
/// <para><see cref="WithProjectManagers"/> lets the project manager of an entry's project decide too (Clockify).
/// <see cref="WithSelfApproval"/> lets a top manager (Odoo, OCA) decide on their own hours: an admin, or an employee
/// who has neither manager nor team lead.</para>
/// <para>Instances are immutable; two policies are equal when their switches are equal.</para>
/// </remarks>
public sealed record ApprovalPolicy
{
    private ApprovalPolicy(bool allowsSelfApproval, bool allowsProjectManagers)
    {
        AllowsSelfApproval = allowsSelfApproval;
        AllowsProjectManagers = allowsProjectManagers;
    }

    /// <summary>Gets the default policy: managers, team leads and admins; no self-approval.</summary>
    public static ApprovalPolicy Default { get; } = new(false, false);

    /// <summary>Gets a value indicating whether a top manager may approve their own hours (TS-19 switch; off by default).</summary>
    public bool AllowsSelfApproval { get; }

    /// <summary>Gets a value indicating whether the project manager of an entry's project may decide on it (off by default).</summary>
    public bool AllowsProjectManagers { get; }

    /// <summary>Returns the policy with self-approval by top managers allowed.</summary>
    /// <returns>A new policy.</returns>
    public ApprovalPolicy WithSelfApproval() => new(true, AllowsProjectManagers);

    /// <summary>Returns the policy with project managers allowed to decide on entries of their projects.</summary>
    /// <returns>A new policy.</returns>
    public ApprovalPolicy WithProjectManagers() => new(AllowsSelfApproval, true);

    /// <summary>Tells whether an actor may decide on the hours of an employee, optionally on a project.</summary>
    /// <param name="actor">The approver.</param>
    /// <param name="employee">Whose hours.</param>
    /// <param name="project">The entry's project, or <see langword="null"/>.</param>
    /// <param name="approvers">The organisation's structure.</param>
    /// <returns><see langword="null"/> when allowed, otherwise <see cref="ApprovalRefusalReason.SelfApproval"/> or
    /// <see cref="ApprovalRefusalReason.NotApprover"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="approvers"/> is null.</exception>
    public ApprovalRefusalReason? Judge(Actor actor, EmployeeId employee, ProjectId? project, TimesheetApprovers approvers)
    {
        Guard.Against.Null(actor);
        Guard.Against.Null(approvers);
        bool admin = actor.HasPermission(TimesheetPermissions.Admin);
        if (actor.EmployeeId == employee)
        {
            bool topManager = admin || (approvers.ManagerOf(employee) is null && approvers.TeamLeadOf(employee) is null);
            return AllowsSelfApproval && topManager ? null : ApprovalRefusalReason.SelfApproval;
        }
        if (admin || approvers.ManagerOf(employee) == actor.EmployeeId || approvers.TeamLeadOf(employee) == actor.EmployeeId)
        {
            return null;
        }
        if (AllowsProjectManagers && project is { } p && approvers.ProjectManagerOf(p) == actor.EmployeeId)
        {
            return null;
        }
        return ApprovalRefusalReason.NotApprover;
    }

    internal static bool IsInFuture(TimesheetEntryContent content, DateTimeZone zone, Instant now) =>
        content.Time?.Start is { } start ? start > now : content.Date > now.InZone(zone).Date;
}
