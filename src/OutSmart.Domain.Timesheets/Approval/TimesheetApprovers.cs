using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The organisation's structure as far as approval needs it: each employee's manager and team lead, and each
/// project's project manager (TS-20). Built with <c>With…</c> steps.</summary>
/// <remarks>Instances are immutable and safe to share; two values are equal when they hold the same relations.</remarks>
public sealed record TimesheetApprovers
{
    private readonly ImmutableDictionary<EmployeeId, EmployeeId> _managers;
    private readonly ImmutableDictionary<EmployeeId, EmployeeId> _teamLeads;
    private readonly ImmutableDictionary<ProjectId, EmployeeId> _projectManagers;

    private TimesheetApprovers(
        ImmutableDictionary<EmployeeId, EmployeeId> managers,
        ImmutableDictionary<EmployeeId, EmployeeId> teamLeads,
        ImmutableDictionary<ProjectId, EmployeeId> projectManagers)
    {
        _managers = managers;
        _teamLeads = teamLeads;
        _projectManagers = projectManagers;
    }

    /// <summary>Gets a structure without relations: only admins may approve.</summary>
    public static TimesheetApprovers Empty { get; } = new(
        ImmutableDictionary<EmployeeId, EmployeeId>.Empty, ImmutableDictionary<EmployeeId, EmployeeId>.Empty, ImmutableDictionary<ProjectId, EmployeeId>.Empty);

    /// <summary>Returns the structure with an employee's manager (leidinggevende) set.</summary>
    /// <param name="employee">Not empty.</param>
    /// <param name="manager">Not empty.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public TimesheetApprovers WithManager(EmployeeId employee, EmployeeId manager) =>
        new(_managers.SetItem(Guard.Against.Default(employee), Guard.Against.Default(manager)), _teamLeads, _projectManagers);

    /// <summary>Returns the structure with an employee's team lead (teamleider) set.</summary>
    /// <param name="employee">Not empty.</param>
    /// <param name="teamLead">Not empty.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public TimesheetApprovers WithTeamLead(EmployeeId employee, EmployeeId teamLead) =>
        new(_managers, _teamLeads.SetItem(Guard.Against.Default(employee), Guard.Against.Default(teamLead)), _projectManagers);

    /// <summary>Returns the structure with a project's project manager set; used only when the policy allows project managers.</summary>
    /// <param name="project">Not empty.</param>
    /// <param name="projectManager">Not empty.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public TimesheetApprovers WithProjectManager(ProjectId project, EmployeeId projectManager) =>
        new(_managers, _teamLeads, _projectManagers.SetItem(Guard.Against.Default(project), Guard.Against.Default(projectManager)));

    /// <summary>Returns an employee's manager, or <see langword="null"/>.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns>The manager.</returns>
    public EmployeeId? ManagerOf(EmployeeId employee) => _managers.TryGetValue(employee, out EmployeeId m) ? m : null;

    /// <summary>Returns an employee's team lead, or <see langword="null"/>.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns>The team lead.</returns>
    public EmployeeId? TeamLeadOf(EmployeeId employee) => _teamLeads.TryGetValue(employee, out EmployeeId t) ? t : null;

    /// <summary>Returns a project's project manager, or <see langword="null"/>.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The project manager.</returns>
    public EmployeeId? ProjectManagerOf(ProjectId project) => _projectManagers.TryGetValue(project, out EmployeeId p) ? p : null;

    /// <inheritdoc />
    public bool Equals(TimesheetApprovers? other) =>
        other is not null && Same(_managers, other._managers) && Same(_teamLeads, other._teamLeads) && Same(_projectManagers, other._projectManagers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_managers.Count, _teamLeads.Count, _projectManagers.Count);

    private static bool Same<TKey>(ImmutableDictionary<TKey, EmployeeId> a, ImmutableDictionary<TKey, EmployeeId> b)
        where TKey : notnull =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out EmployeeId value) && value == pair.Value);
}
