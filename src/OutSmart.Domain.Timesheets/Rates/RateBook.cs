using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// The agreed rates (<i>tariefafspraken</i>) that override an hour type's rates, and the precedence between them
/// (OT-05): entry override &gt; project/customer + hour type &gt; employee + hour type &gt; hour type. A fixed rate
/// beats an hourly rate.
/// </summary>
/// <remarks>
/// <para><see cref="Resolve"/> takes the hourly rates of the highest level that sets hourly rates, and the fixed rate
/// of the highest level that sets one; any fixed rate beats every hourly rate. At the project/customer level a
/// project's rate beats its customer's. Overrides are keyed by the hour type's code, so a changed hour type keeps its
/// agreements.</para>
/// <para>Instances are immutable and thread-safe; changes return new values.</para>
/// </remarks>
public sealed class RateBook
{
    private readonly ImmutableDictionary<(EmployeeId, string), RateOverride> _employees;
    private readonly ImmutableDictionary<(ProjectId, string), RateOverride> _projects;
    private readonly ImmutableDictionary<(CustomerId, string), RateOverride> _customers;

    private RateBook(
        ImmutableDictionary<(EmployeeId, string), RateOverride> employees,
        ImmutableDictionary<(ProjectId, string), RateOverride> projects,
        ImmutableDictionary<(CustomerId, string), RateOverride> customers)
    {
        _employees = employees;
        _projects = projects;
        _customers = customers;
    }

    /// <summary>Gets a book without overrides: every entry is priced at its hour type's rates (or its own override).</summary>
    public static RateBook Empty { get; } = new(
        ImmutableDictionary<(EmployeeId, string), RateOverride>.Empty,
        ImmutableDictionary<(ProjectId, string), RateOverride>.Empty,
        ImmutableDictionary<(CustomerId, string), RateOverride>.Empty);

    /// <summary>Returns this book with the rate agreed for <paramref name="employee"/> and <paramref name="hourType"/>, replacing an earlier one; this book does not change.</summary>
    /// <param name="employee">The employee.</param>
    /// <param name="hourType">The hour type the rate is for.</param>
    /// <param name="rate">The agreed rate.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hourType"/> or <paramref name="rate"/> is null.</exception>
    public RateBook WithEmployeeRate(EmployeeId employee, HourType hourType, RateOverride rate) =>
        new(_employees.SetItem((employee, Guard.Against.Null(hourType).Code), Guard.Against.Null(rate)), _projects, _customers);

    /// <summary>Returns this book with the rate agreed for <paramref name="project"/> and <paramref name="hourType"/>, replacing an earlier one; this book does not change.</summary>
    /// <param name="project">The project.</param>
    /// <param name="hourType">The hour type the rate is for.</param>
    /// <param name="rate">The agreed rate.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hourType"/> or <paramref name="rate"/> is null.</exception>
    public RateBook WithProjectRate(ProjectId project, HourType hourType, RateOverride rate) =>
        new(_employees, _projects.SetItem((project, Guard.Against.Null(hourType).Code), Guard.Against.Null(rate)), _customers);

    /// <summary>Returns this book with the rate agreed for <paramref name="customer"/> and <paramref name="hourType"/>, replacing an earlier one; this book does not change.</summary>
    /// <param name="customer">The customer (klant).</param>
    /// <param name="hourType">The hour type the rate is for.</param>
    /// <param name="rate">The agreed rate.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hourType"/> or <paramref name="rate"/> is null.</exception>
    public RateBook WithCustomerRate(CustomerId customer, HourType hourType, RateOverride rate) =>
        new(_employees, _projects, _customers.SetItem((customer, Guard.Against.Null(hourType).Code), Guard.Against.Null(rate)));

    /// <summary>Chooses the rate of one entry by the precedence of OT-05.</summary>
    /// <param name="hourType">The entry's hour type: its code and multiplier always apply, its rates are the floor.</param>
    /// <param name="employee">The entry's employee.</param>
    /// <param name="project">The entry's project, or <see langword="null"/>.</param>
    /// <param name="customer">The entry's customer, or <see langword="null"/>.</param>
    /// <param name="entryOverride">A rate given on the entry itself, or <see langword="null"/>.</param>
    /// <returns>The winning hourly snapshot and fixed rate, each with the level it came from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hourType"/> is null.</exception>
    public ResolvedRate Resolve(HourType hourType, EmployeeId employee, ProjectId? project, CustomerId? customer, RateOverride? entryOverride)
    {
        Guard.Against.Null(hourType);
        string code = hourType.Code;
        RateOverride? byProject = project is { } p ? _projects.GetValueOrDefault((p, code)) : null;
        RateOverride? byCustomer = customer is { } c ? _customers.GetValueOrDefault((c, code)) : null;
        (RateOverride? Rate, RateLevel Level)[] levels =
        [
            (entryOverride, RateLevel.Entry),
            (byProject, RateLevel.ProjectOrCustomer),
            (byCustomer, RateLevel.ProjectOrCustomer),
            (_employees.GetValueOrDefault((employee, code)), RateLevel.Employee),
        ];
        RateSnapshot snapshot = hourType.ToRateSnapshot();
        RateLevel snapshotLevel = RateLevel.HourType;
        foreach ((RateOverride? rate, RateLevel level) in levels)
        {
            if (rate is { HasHourlyRates: true })
            {
                snapshot = RateSnapshot.FromValid(code, rate.BillRate, rate.CostRate, hourType.Multiplier);
                snapshotLevel = level;
                break;
            }
        }
        foreach ((RateOverride? rate, RateLevel level) in levels)
        {
            if (rate?.Fixed is { } fixedRate)
            {
                return new ResolvedRate(snapshot, snapshotLevel, fixedRate, level);
            }
        }
        return new ResolvedRate(snapshot, snapshotLevel, null, null);
    }
}
