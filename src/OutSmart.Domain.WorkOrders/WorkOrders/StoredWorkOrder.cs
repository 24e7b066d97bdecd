using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A work order as loaded from storage, with the version to pass back when saving.</summary>
public sealed record StoredWorkOrder
{
    /// <summary>Creates the value.</summary>
    /// <param name="workOrder">The work order.</param>
    /// <param name="version">The stored version.</param>
    public StoredWorkOrder(
        WorkOrder workOrder,
        AggregateVersion version)
    {
        WorkOrder = workOrder;
        Version = version;
    }

    /// <summary>Gets the work order.</summary>
    public WorkOrder WorkOrder { get; }

    /// <summary>Gets the stored version.</summary>
    public AggregateVersion Version { get; }
}
