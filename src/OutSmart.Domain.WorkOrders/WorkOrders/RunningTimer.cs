using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A timer an employee started on a work order; stopping it registers the hours. A running timer blocks sending (TIMER_RUNNING).</summary>
/// <remarks>Created only by <see cref="WorkOrder.StartTimer"/>. Two timers are equal when all parts are equal.</remarks>
public sealed record RunningTimer
{
    internal RunningTimer(EmployeeId employeeId, string hourType, Instant startedAt)
    {
        EmployeeId = employeeId;
        HourType = hourType;
        StartedAt = startedAt;
    }

    /// <summary>Gets the employee.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the hour type the hours will get.</summary>
    public string HourType { get; }

    /// <summary>Gets when the timer started.</summary>
    public Instant StartedAt { get; }
}
