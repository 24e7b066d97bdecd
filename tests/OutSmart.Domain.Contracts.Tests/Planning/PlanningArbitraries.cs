using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Contracts.Tests.Planning;

/// <summary>One generated schedule: its rule, adjustment, holidays and mode.</summary>
public sealed record ScheduleCase(string Rule, HolidayAdjustment Adjustment, bool Dutch);

/// <summary>A random contract and a stretch of daily runs.</summary>
public sealed record PlanningCase(
    LocalDate Start,
    int? EndAfter,
    int? TerminatedAfter,
    int DaysInAdvance,
    bool Employee,
    bool PerObject,
    MissedVisitPolicy Missed,
    ScheduleCase[] Schedules,
    LocalDate From,
    int Days)
{
    public LocalDate To => From.PlusDays(Days - 1);

    public ContractPlanningView View()
    {
        var schedules = Schedules.Select((s, i) => ContractSchedule.Create($"s{i}", Plans.Rule(s.Rule), i * 3 % 5)
            .AsT0.WithHolidays(s.Dutch ? DutchHolidayCalendar.Standard : CustomHolidayCalendar.Empty, s.Adjustment));
        var view = ContractPlanningView.Create(Plans.Contract, Plans.Amsterdam, Start, new LocalTime(8, 0), schedules).AsT0
            .WithDaysInAdvance(DaysInAdvance).AsT0
            .WithEnd(EndAfter is { } e ? Start.PlusDays(e) : null).AsT0
            .WithTermination(TerminatedAfter is { } t ? Start.PlusDays(t) : null).AsT0
            .WithMissedPolicy(Missed)
            .WithEmployee(Employee ? Plans.Employee : null);
        return PerObject ? view.WithObjects([Plans.Boiler, Plans.Pump], ObjectPlanning.OnePerObject) : view;
    }

    public override string ToString() =>
        $"start {Start}, end +{EndAfter}, terminated +{TerminatedAfter}, {DaysInAdvance} days ahead, {Missed}, per object {PerObject}, employee {Employee}, runs {From}..{To}, schedules [{string.Join("; ", Schedules.Select(s => $"{s.Rule} {s.Adjustment} {(s.Dutch ? "nl" : "none")}"))}]";
}

/// <summary>FsCheck generators for planning properties.</summary>
public static class PlanningArbitraries
{
    private static readonly string[] Rules =
    [
        "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,WE", "FREQ=WEEKLY;BYDAY=SU;COUNT=5",
        "FREQ=MONTHLY;BYMONTHDAY=1", "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD",
        "FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25",
        "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=27", "FREQ=MONTHLY;UNTIL=20270301", "FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231T235959",
    ];

    public static Arbitrary<PlanningCase> Cases() =>
        (from startOffset in Gen.Choose(0, 900)
         from hasEnd in Gen.Elements(true, false)
         from endAfter in Gen.Choose(0, 500)
         from hasTermination in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
         from terminatedAfter in Gen.Choose(0, 400)
         from daysInAdvance in Gen.Frequency((3, Gen.Choose(0, 31)), (1, Gen.Choose(0, 365)))
         from employee in Gen.Elements(true, false)
         from perObject in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
         from missed in Gen.Elements(MissedVisitPolicy.CatchUp, MissedVisitPolicy.Skip)
         from schedules in Gen.Choose(1, 3).SelectMany(n => ScheduleGen().ArrayOf(n))
         from fromOffset in Gen.Choose(-60, 200)
         from days in Gen.Choose(1, 75)
         let start = new LocalDate(2025, 1, 1).PlusDays(startOffset)
         select new PlanningCase(start, hasEnd ? endAfter : null, hasTermination ? terminatedAfter : null, daysInAdvance, employee, perObject, missed, schedules, start.PlusDays(fromOffset), days))
        .ToArbitrary();

    private static Gen<ScheduleCase> ScheduleGen() =>
        from rule in Gen.Elements(Rules)
        from adjustment in Gen.Elements(Enum.GetValues<HolidayAdjustment>())
        from dutch in Gen.Elements(true, false)
        select new ScheduleCase(rule, adjustment, dutch);

    public static Arbitrary<ChangeCase> Changes() =>
        (from before in Cases().Generator
         from after in Cases().Generator
         from states in Gen.Elements(GeneratedVisitState.NotStarted, GeneratedVisitState.Started, GeneratedVisitState.Completed).ArrayOf(40)
         from dayOffset in Gen.Choose(0, 60)
         select new ChangeCase(before, after with { Start = before.Start }, states, dayOffset))
        .ToArbitrary();
}

/// <summary>A schedule edit: the contract before and after, and the states of the generated work orders.</summary>
public sealed record ChangeCase(PlanningCase Before, PlanningCase After, GeneratedVisitState[] States, int DayOffset)
{
    public override string ToString() => $"before: {Before}\nafter: {After}\nday +{DayOffset}";
}

internal static class WorkOrderIds
{
    public static WorkOrderId For(int index) => new(new Guid(index + 1, 0, 0, new byte[8]));
}
