using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>What <see cref="TimesheetInsight.FindOutliers"/> checks (OT-10): dates, expected minutes, threshold, filter, employees.</summary>
/// <remarks>
/// Built with <see cref="For"/> and the named <c>With…</c> steps. Defaults: a threshold of one hour (a day or week is an
/// outlier when it is more than 60 minutes over or under), <see cref="InsightFilter.AllStatuses"/>, and only the
/// employees that have lines. The expected minutes come from the host, typically from the availability rules (OT-01).
/// </remarks>
public sealed record OutlierCheck
{
    private OutlierCheck(DateInterval dates, Func<EmployeeId, LocalDate, int> expectedMinutes)
    {
        Dates = dates;
        ExpectedMinutes = expectedMinutes;
    }

    /// <summary>Gets the dates checked, both ends included.</summary>
    public DateInterval Dates { get; }

    /// <summary>Gets the expected minutes of an employee on a date; never negative.</summary>
    public Func<EmployeeId, LocalDate, int> ExpectedMinutes { get; }

    /// <summary>Gets how far worked minutes may differ from expected minutes before a day or week is an outlier.</summary>
    public Duration Threshold { get; private init; } = Duration.FromHours(1);

    /// <summary>Gets which lines count as worked minutes.</summary>
    public InsightFilter Filter { get; private init; } = InsightFilter.AllStatuses;

    /// <summary>Gets the employees checked also when they have no lines.</summary>
    public ImmutableArray<EmployeeId> Employees { get; private init; } = [];

    /// <summary>Starts a check over dates with the expected minutes per employee and date.</summary>
    /// <param name="dates">The dates to check.</param>
    /// <param name="expectedMinutes">The expected minutes of an employee on a date; it must not return a negative number.</param>
    /// <returns>The check with the defaults.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OutlierCheck For(DateInterval dates, Func<EmployeeId, LocalDate, int> expectedMinutes) =>
        new(Guard.Against.Null(dates), Guard.Against.Null(expectedMinutes));

    /// <summary>Returns this check with another threshold.</summary>
    /// <param name="threshold">The threshold, zero or more, in whole minutes.</param>
    /// <returns>A new check.</returns>
    /// <exception cref="ArgumentException"><paramref name="threshold"/> is negative or not whole minutes.</exception>
    public OutlierCheck WithThreshold(Duration threshold) =>
        threshold < Duration.Zero || threshold.TotalMinutes != Math.Floor(threshold.TotalMinutes)
            ? throw new ArgumentException("The threshold is zero or more whole minutes.", nameof(threshold))
            : this with { Threshold = threshold };

    /// <summary>Returns this check counting only the lines a filter counts (its dates are ignored: <see cref="Dates"/> rules).</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>A new check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    public OutlierCheck WithFilter(InsightFilter filter) => this with { Filter = Guard.Against.Null(filter) };

    /// <summary>Returns this check also covering employees without lines.</summary>
    /// <param name="employees">The employees.</param>
    /// <returns>A new check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="employees"/> is null.</exception>
    /// <exception cref="ArgumentException">An employee id is empty.</exception>
    public OutlierCheck WithEmployees(params IEnumerable<EmployeeId> employees)
    {
        Guard.Against.Null(employees);
        var ids = employees.ToImmutableArray();
        return ids.Any(e => e.IsEmpty) ? throw new ArgumentException("An employee id is empty.", nameof(employees)) : this with { Employees = ids };
    }

    /// <inheritdoc />
    public bool Equals(OutlierCheck? other) =>
        other is not null && Dates == other.Dates && ExpectedMinutes == other.ExpectedMinutes && Threshold == other.Threshold
        && Filter == other.Filter && Employees.SequenceEqual(other.Employees);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dates, Threshold, Filter, Employees.Length);
}
