using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>What a timesheet entry is for: a work order, a project and/or a customer, each optional.</summary>
/// <remarks>Two values are equal when all three links are equal. <see cref="None"/> links to nothing.</remarks>
public sealed record EntryLinks
{
    private EntryLinks(WorkOrderId? workOrderId, ProjectId? projectId, CustomerId? customerId)
    {
        WorkOrderId = workOrderId;
        ProjectId = projectId;
        CustomerId = customerId;
    }

    /// <summary>Gets links to nothing.</summary>
    public static EntryLinks None { get; } = new(null, null, null);

    /// <summary>Gets the work order (werkbon), or <see langword="null"/>.</summary>
    public WorkOrderId? WorkOrderId { get; }

    /// <summary>Gets the project, or <see langword="null"/>.</summary>
    public ProjectId? ProjectId { get; }

    /// <summary>Gets the customer (klant), or <see langword="null"/>.</summary>
    public CustomerId? CustomerId { get; }

    /// <summary>Creates links; an empty id counts as no link.</summary>
    /// <param name="workOrderId">The work order, or <see langword="null"/>.</param>
    /// <param name="projectId">The project, or <see langword="null"/>.</param>
    /// <param name="customerId">The customer, or <see langword="null"/>.</param>
    /// <returns>The links.</returns>
    public static EntryLinks Create(WorkOrderId? workOrderId, ProjectId? projectId, CustomerId? customerId) => new(
        workOrderId is { IsEmpty: false } ? workOrderId : null,
        projectId is { IsEmpty: false } ? projectId : null,
        customerId is { IsEmpty: false } ? customerId : null);
}
