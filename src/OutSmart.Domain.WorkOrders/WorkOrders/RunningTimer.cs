using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A timer an employee started on a work order; stopping it registers the hours. A running timer blocks sending (TIMER_RUNNING).</summary>
/// <remarks>
/// <para>Started by <see cref="WorkOrder.StartTimer"/>; storage adapters restore a stored one with <see cref="Rehydrate"/>.</para>
/// <para>Two timers are equal when all parts are equal.</para>
/// </remarks>
public sealed record RunningTimer
{
    private RunningTimer(EmployeeId employeeId, string hourType, Instant startedAt)
    {
        EmployeeId = employeeId;
        HourType = hourType;
        StartedAt = startedAt;
    }

    /// <summary>Gets the employee.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the hour type the hours will get, trimmed.</summary>
    public string HourType { get; }

    /// <summary>Gets when the timer started.</summary>
    public Instant StartedAt { get; }

    /// <summary>Restores a running timer from stored values, for storage adapters.</summary>
    /// <param name="employeeId">The stored employee.</param>
    /// <param name="hourType">The stored hour type; trimmed.</param>
    /// <param name="startedAt">The stored start.</param>
    /// <returns>The timer.</returns>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty or <paramref name="hourType"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hourType"/> is <see langword="null"/>.</exception>
    public static RunningTimer Rehydrate(EmployeeId employeeId, string hourType, Instant startedAt)
    {
        Guard.Against.Expression(x => x.IsEmpty, employeeId, "The employee id must not be empty.");
        Guard.Against.NullOrWhiteSpace(hourType);
        return new RunningTimer(employeeId, hourType.Trim(), startedAt);
    }

    internal static RunningTimer Start(EmployeeId employeeId, string hourType, Instant startedAt) => new(employeeId, hourType, startedAt);
}
