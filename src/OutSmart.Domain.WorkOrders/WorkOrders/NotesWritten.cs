using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Notes of a work order were written, replaced or removed.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="StepId">The notes step, or <see langword="null"/> for general notes.</param>
/// <param name="Text">The trimmed notes, or <see langword="null"/> when they were removed.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record NotesWritten(WorkOrderId WorkOrderId, string? StepId, string? Text, EmployeeId By, Instant OccurredAt) : IDomainEvent;
