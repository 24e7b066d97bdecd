using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// How a contract's visits become work orders: how many days in advance (dagen vooruit) they are generated, the
/// assigned employee (or none: deadline-only work orders), the linked objects (assets) with one work order per object
/// or one for all, and what happens to targets missed while generation did not run.
/// </summary>
/// <remarks>
/// <para>The default (<see cref="Default"/>) is 14 days in advance, no employee, no objects
/// (<see cref="ObjectPlanning.OneForAll"/>) and <see cref="MissedVisitPolicy.CatchUp"/>.</para>
/// <para>Two plannings are equal when all their values are equal, objects compared in order.</para>
/// </remarks>
public sealed record ContractPlanning
{
    /// <summary>The most days in advance a visit may be generated.</summary>
    public const int MaxDaysInAdvance = 365;

    /// <summary>The most objects a contract links.</summary>
    public const int MaxObjects = 500;

    private ContractPlanning(int daysInAdvance, EmployeeId? employee, ImmutableArray<AssetId> objects, ObjectPlanning objectPlanning, MissedVisitPolicy missed)
    {
        DaysInAdvance = daysInAdvance;
        Employee = employee;
        Objects = objects;
        ObjectPlanning = objectPlanning;
        Missed = missed;
    }

    /// <summary>Gets the defaults described on the type.</summary>
    public static ContractPlanning Default { get; } = new(14, null, [], ObjectPlanning.OneForAll, MissedVisitPolicy.CatchUp);

    /// <summary>Gets how many days before its target a visit is generated, 0 (on the day itself) to
    /// <see cref="MaxDaysInAdvance"/>.</summary>
    public int DaysInAdvance { get; }

    /// <summary>Gets the employee generated work orders are planned for, or <see langword="null"/> for deadline-only
    /// work orders.</summary>
    public EmployeeId? Employee { get; }

    /// <summary>Gets the linked objects, distinct, in the order given.</summary>
    public ImmutableArray<AssetId> Objects { get; }

    /// <summary>Gets whether a visit makes one work order per object or one for all.</summary>
    public ObjectPlanning ObjectPlanning { get; }

    /// <summary>Gets what happens to targets missed while generation did not run.</summary>
    public MissedVisitPolicy Missed { get; }

    /// <summary>Returns this planning with another number of days in advance.</summary>
    /// <param name="days">0 to <see cref="MaxDaysInAdvance"/>.</param>
    /// <returns>The new planning.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public ContractPlanning WithDaysInAdvance(int days) =>
        new(Guard.Against.OutOfRange(days, nameof(days), 0, MaxDaysInAdvance), Employee, Objects, ObjectPlanning, Missed);

    /// <summary>Returns this planning with an assigned employee, or none.</summary>
    /// <param name="employee">The employee, or <see langword="null"/> for deadline-only work orders.</param>
    /// <returns>The new planning.</returns>
    /// <exception cref="ArgumentException"><paramref name="employee"/> is an empty id.</exception>
    public ContractPlanning WithEmployee(EmployeeId? employee)
    {
        if (employee is { } e)
        {
            Guard.Against.Default(e, nameof(employee));
        }
        return new(DaysInAdvance, employee, Objects, ObjectPlanning, Missed);
    }

    /// <summary>Returns this planning with linked objects.</summary>
    /// <param name="objects">Distinct, non-empty asset ids, at most <see cref="MaxObjects"/>.</param>
    /// <param name="planning">One work order per object or one for all.</param>
    /// <returns>The new planning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objects"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty or repeated, there are too many, or the enum is undefined.</exception>
    public ContractPlanning WithObjects(IEnumerable<AssetId> objects, ObjectPlanning planning)
    {
        Guard.Against.Null(objects);
        Guard.Against.EnumOutOfRange(planning);
        ImmutableArray<AssetId> list = [.. objects];
        Guard.Against.OutOfRange(list.Length, nameof(objects), 0, MaxObjects);
        Guard.Against.Expression(l => l.Any(a => a.Value == Guid.Empty) || l.Distinct().Count() != l.Length, list, "Objects are non-empty and distinct.", nameof(objects));
        return new(DaysInAdvance, Employee, list, planning, Missed);
    }

    /// <summary>Returns this planning with another policy for missed targets.</summary>
    /// <param name="missed">Catch up or skip.</param>
    /// <returns>The new planning.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missed"/> is undefined.</exception>
    public ContractPlanning WithMissed(MissedVisitPolicy missed) =>
        new(DaysInAdvance, Employee, Objects, ObjectPlanning, Guard.Against.EnumOutOfRange(missed));

    /// <inheritdoc />
    public bool Equals(ContractPlanning? other) =>
        other is not null && DaysInAdvance == other.DaysInAdvance && Employee == other.Employee
        && Objects.SequenceEqual(other.Objects) && ObjectPlanning == other.ObjectPlanning && Missed == other.Missed;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DaysInAdvance, Employee, Objects.Length, ObjectPlanning, Missed);
}
