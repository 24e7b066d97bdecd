using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// Builds <see cref="Contract"/>s for adapter tests: a plain preventive contract with sensible defaults that each
/// <c>With…</c> step changes, and <see cref="Rich"/>, <see cref="Corrective"/> and <see cref="YearlyOrders"/> contracts
/// that hold every kind of value a contract stores, for lossless round trips.
/// </summary>
/// <remarks>
/// <para>The default contract: id <see cref="DefaultId"/>, customer <see cref="DefaultCustomer"/>, starting
/// 1 January 2026 in Europe/Amsterdam, one year that ends by itself, a monthly schedule on the 15th, 14 days in
/// advance, created by <see cref="Planner"/> at <see cref="Now"/>. Everything is deterministic: the same calls build
/// equal contracts.</para>
/// <para>A builder is not thread-safe; every <see cref="Build"/> returns a new, never-saved contract.</para>
/// </remarks>
public sealed class ContractBuilder
{
    private ContractId _id = DefaultId;
    private CustomerId _customer = DefaultCustomer;
    private LocalDate _start = new(2026, 1, 1);
    private ContractTerms _terms = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0;
    private ContractService _service = ContractService.Preventive([Monthly()]).AsT0;
    private ContractPlanning _planning = ContractPlanning.Default;

    private ContractBuilder()
    {
    }

    /// <summary>Gets the id a built contract has unless <see cref="WithId"/> says otherwise.</summary>
    public static ContractId DefaultId { get; } = new(new Guid("c0000000-0000-0000-0000-000000000001"));

    /// <summary>Gets the customer a built contract has unless <see cref="ForCustomer"/> says otherwise.</summary>
    public static CustomerId DefaultCustomer { get; } = new(new Guid("c1000000-0000-0000-0000-000000000001"));

    /// <summary>Gets the planner (back office) who creates and changes the built contracts.</summary>
    public static Actor Planner { get; } = Actor.Create(new EmployeeId(new Guid("c2000000-0000-0000-0000-000000000001")), ActorChannel.BackOffice);

    /// <summary>Gets the instant the built contracts are created and changed at: 1 January 2026, 08:00 UTC.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2026, 1, 1, 8, 0);

    /// <summary>Gets the contracts' time zone, Europe/Amsterdam.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Starts a builder for the default contract.</summary>
    /// <returns>A new builder.</returns>
    public static ContractBuilder AContract() => new();

    /// <summary>Returns a contract id numbered <paramref name="n"/>: ids compare (<see cref="Guid.CompareTo(Guid)"/>) in
    /// the order of their numbers.</summary>
    /// <param name="n">The number, 0 to 99,999,999.</param>
    /// <returns>The id <c>c0000000-0000-0000-0000-0000nnnnnnnn</c>.</returns>
    public static ContractId NumberedId(int n) => new(new Guid($"c0000000-0000-0000-0000-{n:D12}"));

    /// <summary>Sets the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>This builder.</returns>
    public ContractBuilder WithId(ContractId id)
    {
        _id = id;
        return this;
    }

    /// <summary>Sets the customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>This builder.</returns>
    public ContractBuilder ForCustomer(CustomerId customer)
    {
        _customer = customer;
        return this;
    }

    /// <summary>Sets the first day the contract serves.</summary>
    /// <param name="start">The start.</param>
    /// <returns>This builder.</returns>
    public ContractBuilder StartingOn(LocalDate start)
    {
        _start = start;
        return this;
    }

    /// <summary>Sets how many days before a visit its work order is generated (the planning's days in advance).</summary>
    /// <param name="days">The days, 0 to 365.</param>
    /// <returns>This builder.</returns>
    public ContractBuilder WithDaysInAdvance(int days)
    {
        _planning = _planning.WithDaysInAdvance(days);
        return this;
    }

    /// <summary>Makes the contract renew automatically every year, with one month's notice announced 30 days ahead: its
    /// last day stays unknown until notice is given.</summary>
    /// <returns>This builder.</returns>
    public ContractBuilder Renewing()
    {
        _terms = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Quarterly).AsT0
            .WithAutomaticRenewal(Period.FromYears(1)).AsT0
            .WithNotice(Period.FromMonths(1), 30).AsT0;
        return this;
    }

    /// <summary>Builds a new, never-saved contract.</summary>
    /// <returns>The contract.</returns>
    public Contract Build() =>
        Contract.Create(_id, _customer, _start, Zone, _terms, _service, Template(), _planning, Planner, Now);

    /// <summary>Builds a renewing preventive contract that holds every kind of value a contract stores: three schedules
    /// (RRULE text with BYDAY, BYSETPOS and COUNT; Dutch, custom and combined holiday calendars; extra and excluded
    /// dates; a floating schedule), a template with materials and a time window, planning with an employee, objects
    /// and a missed-visit policy, notice given, a completion, the generated-through day and several history
    /// entries.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The contract, never saved.</returns>
    public static Contract Rich(ContractId id)
    {
        var custom = CustomHolidayCalendar.Create([Holiday.On(new LocalDate(2026, 7, 20), "Company day", "Bedrijfsdag")]);
        ContractSchedule[] schedules =
        [
            Schedule("monthly", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", 1)
                .WithHolidays(DutchHolidayCalendar.Standard, HolidayAdjustment.NextWorkingDay)
                .WithExtraDates([new LocalDate(2026, 2, 3)])
                .WithExcludedDates([new LocalDate(2026, 8, 31)]),
            Schedule("quarterly", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10;COUNT=8", 2)
                .WithHolidays(CompositeHolidayCalendar.Combine(DutchHolidayCalendar.Create(LiberationDayObservance.EveryYear, includeGoodFriday: true), custom), HolidayAdjustment.PreviousWorkingDay),
            Schedule("filters", "FREQ=WEEKLY;INTERVAL=6;BYDAY=WE", 3)
                .WithHolidays(custom, HolidayAdjustment.Keep)
                .WithMode(ScheduleMode.Floating),
        ];
        ContractTerms terms = ContractTerms.Create(Period.FromYears(2), InvoicePeriod.Monthly).AsT0
            .WithAutomaticRenewal(Period.FromMonths(6)).AsT0
            .WithNotice(Period.FromMonths(2), 45).AsT0;
        ContractPlanning planning = ContractPlanning.Default.WithDaysInAdvance(21)
            .WithEmployee(new EmployeeId(new Guid("c3000000-0000-0000-0000-000000000001")))
            .WithObjects([new AssetId(new Guid("c4000000-0000-0000-0000-000000000001")), new AssetId(new Guid("c4000000-0000-0000-0000-000000000002"))], ObjectPlanning.OnePerObject)
            .WithMissed(MissedVisitPolicy.Skip);
        WorkOrderTemplate template = WorkOrderTemplate.Create(
                "cv-onderhoud", "Ketel- en filteronderhoud \"jaarlijks\" – 🔧", Duration.FromMinutes(95),
                VisitTime.Between(new LocalTime(7, 30, 15), new LocalTime(16, 45)))
            .WithMaterials(["Filter F7", "Pakking 3/4\""]);
        var contract = Contract.Create(id, DefaultCustomer, new LocalDate(2026, 1, 1), Zone, terms,
            ContractService.Preventive(schedules).AsT0, template, planning, Planner, Now);
        Instant later = Now + Duration.FromTicks(123_456_789);
        Check(contract.RecordVisitCompleted("filters", new LocalDate(2026, 2, 11), Actor.Create(new EmployeeId(new Guid("c3000000-0000-0000-0000-000000000001")), ActorChannel.MobileApp), later).IsT0);
        Check(contract.GiveNotice(new LocalDate(2026, 3, 1), Planner, later).IsT0);
        contract.MarkGeneratedThrough(new LocalDate(2026, 3, 22));
        return contract;
    }

    /// <summary>Builds a corrective contract whose SLA policy promises targets for three priorities (one with a
    /// fractional warning threshold and a target of minutes), terminated early.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The contract, never saved.</returns>
    public static Contract Corrective(ContractId id)
    {
        SlaPolicy sla = SlaPolicy.Empty
            .With(SlaPriority.Urgent, SlaTargets.Create(0.75m, Duration.FromMinutes(30), Duration.FromHours(4), Duration.FromHours(8)).AsT0)
            .With(SlaPriority.Normal, SlaTargets.Create(0.8125m, resolution: Duration.FromDays(3)).AsT0)
            .With(SlaPriority.Low, SlaTargets.Create(1m, response: Duration.FromMinutes(2 * 24 * 60 + 17)).AsT0);
        var contract = Contract.Create(id, DefaultCustomer, new LocalDate(2026, 1, 1), Zone,
            ContractTerms.Create(Period.FromYears(1), InvoicePeriod.HalfYearly).AsT0, ContractService.Corrective(sla).AsT0,
            Template(), ContractPlanning.Default, Planner, Now);
        Check(contract.Terminate(new LocalDate(2026, 9, 30), ContractCancellation.Create(CancellationReason.CustomerRequest, "Verhuisd; winkel sluit"), Planner, Now).IsT0);
        return contract;
    }

    /// <summary>Builds a restarting contract that plans 6 yearly orders at least 30 days apart.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The contract, never saved.</returns>
    public static Contract YearlyOrders(ContractId id) =>
        Contract.Create(id, DefaultCustomer, new LocalDate(2026, 2, 1), DateTimeZoneProviders.Tzdb["America/New_York"],
            ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0.WithRestart(),
            ContractService.YearlyOrders(6, 30).AsT0, Template(), ContractPlanning.Default.WithDaysInAdvance(0), Planner, Now);

    // The builders only take steps the domain accepts; a refusal means the builder no longer builds what it says.
    private static void Check(bool accepted)
    {
        if (!accepted)
        {
            throw new InvalidOperationException("The domain refused a step of ContractBuilder.");
        }
    }

    private static ContractSchedule Monthly() =>
        Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=15", 1).WithHolidays(DutchHolidayCalendar.Standard, HolidayAdjustment.NextWorkingDay);

    private static ContractSchedule Schedule(string name, string rule, int precedence) =>
        ContractSchedule.Create(name, RecurrenceRule.Parse(rule).AsT0, precedence).AsT0;

    private static WorkOrderTemplate Template() =>
        WorkOrderTemplate.Create("cv-onderhoud", "Yearly boiler service", Duration.FromHours(1), VisitTime.At(new LocalTime(8, 0)));
}
