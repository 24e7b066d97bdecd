using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// What a contract delivers, by <see cref="Kind"/>: the schedules of a preventive contract, the SLA policy of a
/// corrective one, or the number of yearly orders with their minimum spacing.
/// </summary>
/// <remarks>
/// <para>Exactly the members of the kind are set: <see cref="Schedules"/> is empty, <see cref="Sla"/> is
/// <see langword="null"/> and <see cref="OrdersPerYear"/> is 0 for the other kinds.</para>
/// <para>Two services are equal when their kind and members are equal, schedules compared in order.</para>
/// </remarks>
public sealed class ContractService : IEquatable<ContractService>
{
    /// <summary>The most schedules a preventive contract has.</summary>
    public const int MaxSchedules = 20;

    /// <summary>The most yearly orders a contract plans per year.</summary>
    public const int MaxOrdersPerYear = 260;

    // The working days of yearly orders: Monday to Friday without the Dutch public holidays.
    private static readonly BusinessCalendar YearlyOrdersCalendar = BusinessCalendar.Create(WorkingWeek.MondayToFriday, DutchHolidayCalendar.Standard);

    private ContractPlanningView? _baseView;

    private ContractService(ContractKind kind, ImmutableArray<ContractSchedule> schedules, SlaPolicy? sla, int ordersPerYear, int minimumSpacingDays)
    {
        Kind = kind;
        Schedules = schedules;
        Sla = sla;
        OrdersPerYear = ordersPerYear;
        MinimumSpacingDays = minimumSpacingDays;
    }

    /// <summary>Gets the kind of contract.</summary>
    public ContractKind Kind { get; }

    /// <summary>Gets the schedules of a preventive contract, names and precedences distinct, in the order given.</summary>
    public ImmutableArray<ContractSchedule> Schedules { get; }

    /// <summary>Gets the SLA policy of a corrective contract, or <see langword="null"/>.</summary>
    public SlaPolicy? Sla { get; }

    /// <summary>Gets how many work orders a yearly-orders contract plans per calendar year, or 0.</summary>
    public int OrdersPerYear { get; }

    /// <summary>Gets the minimum number of days between two yearly orders, or 0.</summary>
    public int MinimumSpacingDays { get; }

    /// <summary>Creates the service of a preventive contract.</summary>
    /// <param name="schedules">One to <see cref="MaxSchedules"/> schedules with distinct names and distinct precedences.</param>
    /// <returns>The service, or <see cref="ContractServiceInvalid"/> saying what does not fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> or one of them is <see langword="null"/>.</exception>
    public static OneOf<ContractService, ContractServiceInvalid> Preventive(IEnumerable<ContractSchedule> schedules)
    {
        Guard.Against.Null(schedules);
        ImmutableArray<ContractSchedule> list = [.. schedules];
        Guard.Against.Expression(l => l.Contains(null!), list, "A schedule is null.", nameof(schedules));
        return CheckSchedules(list) is { } problem
            ? new ContractServiceInvalid(problem)
            : new ContractService(ContractKind.Preventive, list, null, 0, 0);
    }

    /// <summary>Creates the service of a corrective (SLA) contract.</summary>
    /// <param name="sla">The SLA policy; it has targets for at least one priority.</param>
    /// <returns>The service, or <see cref="ContractServiceInvalid"/> when the policy has no targets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sla"/> is <see langword="null"/>.</exception>
    public static OneOf<ContractService, ContractServiceInvalid> Corrective(SlaPolicy sla)
    {
        Guard.Against.Null(sla);
        return sla.Priorities.IsEmpty
            ? new ContractServiceInvalid("A corrective contract needs SLA targets for at least one priority.")
            : new ContractService(ContractKind.Corrective, [], sla, 0, 0);
    }

    /// <summary>Creates the service of a yearly-orders contract.</summary>
    /// <param name="ordersPerYear">1 to <see cref="MaxOrdersPerYear"/> work orders per calendar year.</param>
    /// <param name="minimumSpacingDays">The minimum number of days between two orders, 0 or more; all orders of a year
    /// must fit: (orders − 1) × spacing is less than 365.</param>
    /// <returns>The service, or <see cref="ContractServiceInvalid"/> when the orders cannot fit in a year.</returns>
    /// <remarks>Generation places each year's orders with <see cref="Contracts.YearlyOrders.PlanYear"/> on working days
    /// (Monday to Friday without the Dutch public holidays); a spacing of 0 means on different days. In a year whose
    /// working days cannot hold them all with the spacing, the most that fit are generated.</remarks>
    public static OneOf<ContractService, ContractServiceInvalid> YearlyOrders(int ordersPerYear, int minimumSpacingDays)
    {
        if (ordersPerYear is < 1 or > MaxOrdersPerYear || minimumSpacingDays < 0 || (long)(ordersPerYear - 1) * minimumSpacingDays >= 365)
        {
            return new ContractServiceInvalid($"{ordersPerYear} orders a year with at least {minimumSpacingDays} days between them do not fit in a year.");
        }
        return new ContractService(ContractKind.YearlyOrders, [], null, ordersPerYear, minimumSpacingDays);
    }

    /// <summary>Returns this preventive service with other schedules (used when a change plan is applied).</summary>
    /// <param name="schedules">The new schedules, as for <see cref="Preventive"/>.</param>
    /// <returns>The service, or <see cref="ContractServiceInvalid"/>, also when this is not a preventive service.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> is <see langword="null"/>.</exception>
    public OneOf<ContractService, ContractServiceInvalid> WithSchedules(IEnumerable<ContractSchedule> schedules) =>
        Kind == ContractKind.Preventive
            ? Preventive(schedules)
            : new ContractServiceInvalid("Only a preventive contract has schedules.");

    /// <inheritdoc />
    public bool Equals(ContractService? other) =>
        other is not null && Kind == other.Kind && Schedules.SequenceEqual(other.Schedules) && Equals(Sla, other.Sla)
        && OrdersPerYear == other.OrdersPerYear && MinimumSpacingDays == other.MinimumSpacingDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ContractService);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Schedules.Length, OrdersPerYear, MinimumSpacingDays);

    // The planner's view of the schedules from one start and time of day, kept because building the recurrence sets is
    // the costly part of a view and a stored service is shared by every read of its contract. One entry, replaced
    // atomically; thread-safe.
    internal ContractPlanningView BaseView(ContractId id, DateTimeZone zone, LocalDate start, LocalTime timeOfDay)
    {
        if (_baseView is { } known && known.Id == id && known.Start == start && known.TimeOfDay == timeOfDay && ReferenceEquals(known.Zone, zone))
        {
            return known;
        }
        ContractPlanningView view = Kind == ContractKind.YearlyOrders
            ? ContractPlanningView.ForYearlyOrders(id, zone, start, timeOfDay, Contracts.YearlyOrders.Create(OrdersPerYear, Math.Clamp(MinimumSpacingDays, 1, Contracts.YearlyOrders.MaxSpacingDays)).AsT0, YearlyOrdersCalendar)
            : ContractPlanningView.Create(id, zone, start, timeOfDay, Schedules).AsT0;
        _baseView = view;
        return view;
    }

    private static string? CheckSchedules(ImmutableArray<ContractSchedule> list)
    {
        if (list.IsEmpty || list.Length > MaxSchedules)
        {
            return $"A preventive contract has 1 to {MaxSchedules} schedules.";
        }
        if (list.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            return "Two schedules have the same name.";
        }
        if (list.Select(s => s.Precedence).Distinct().Count() != list.Length)
        {
            return "Two schedules have the same precedence.";
        }
        return null;
    }
}
