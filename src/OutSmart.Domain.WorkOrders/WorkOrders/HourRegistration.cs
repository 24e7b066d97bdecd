using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Hours an employee registered on a work order: a start and end, or a duration on a date, with an hour type.</summary>
/// <remarks>
/// <para>Timesheets import these from <see cref="WorkOrderSent"/>. The duration is always more than zero.</para>
/// <para>Two registrations are equal when all their parts are equal.</para>
/// </remarks>
public sealed record HourRegistration
{
    private HourRegistration(EmployeeId employeeId, string hourType, Instant? start, Instant? end, LocalDate? date, Duration duration)
    {
        EmployeeId = employeeId;
        HourType = hourType;
        Start = start;
        End = end;
        Date = date;
        Duration = duration;
    }

    /// <summary>Gets the employee who worked.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the hour type, such as <c>Werktijd</c> or <c>Reistijd</c>.</summary>
    public string HourType { get; }

    /// <summary>Gets the start, or <see langword="null"/> for a duration on a date.</summary>
    public Instant? Start { get; }

    /// <summary>Gets the end (excluded), or <see langword="null"/> for a duration on a date.</summary>
    public Instant? End { get; }

    /// <summary>Gets the date of a duration registration, or <see langword="null"/> for a start and end.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the worked time; more than zero.</summary>
    public Duration Duration { get; }

    /// <summary>Creates a registration from a start and an end.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="hourType">The hour type.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end, after <paramref name="start"/>.</param>
    /// <returns>The registration.</returns>
    /// <exception cref="ArgumentException">The employee is empty, the hour type blank, or <paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static HourRegistration Between(EmployeeId employeeId, string hourType, Instant start, Instant end)
    {
        Check(employeeId, hourType);
        if (end <= start)
        {
            throw new ArgumentException("The end must be after the start.", nameof(end));
        }
        return new(employeeId, hourType.Trim(), start, end, null, end - start);
    }

    /// <summary>Creates a registration of a duration on a date.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="hourType">The hour type.</param>
    /// <param name="date">The day worked.</param>
    /// <param name="duration">More than zero.</param>
    /// <returns>The registration.</returns>
    /// <exception cref="ArgumentException">The employee is empty, the hour type blank, or <paramref name="duration"/> is not positive.</exception>
    public static HourRegistration OfDuration(EmployeeId employeeId, string hourType, LocalDate date, Duration duration)
    {
        Check(employeeId, hourType);
        if (duration <= Duration.Zero)
        {
            throw new ArgumentException("The duration must be more than zero.", nameof(duration));
        }
        return new(employeeId, hourType.Trim(), null, null, date, duration);
    }

    private static void Check(EmployeeId employeeId, string hourType)
    {
        Guard.Against.Expression(id => id.IsEmpty, employeeId, "The employee id must not be empty.");
        Guard.Against.NullOrWhiteSpace(hourType);
    }
}
