using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A work order as loaded from storage, with the version to pass back when saving.</summary>
/// <param name="WorkOrder">The work order.</param>
/// <param name="Version">The stored version.</param>
public sealed record StoredWorkOrder(WorkOrder WorkOrder, AggregateVersion Version);
