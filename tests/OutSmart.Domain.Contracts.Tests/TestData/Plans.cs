using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Contracts.Tests.TestData;

/// <summary>Builders for schedules and planning views in tests.</summary>
internal static class Plans
{
    public static readonly ContractId Contract = new(new Guid("0b8f3f0e-3c1b-4a4e-8f41-6c1a2b3c4d01"));
    public static readonly EmployeeId Employee = new(new Guid("0b8f3f0e-3c1b-4a4e-8f41-6c1a2b3c4d02"));
    public static readonly AssetId Boiler = new(new Guid("0b8f3f0e-3c1b-4a4e-8f41-6c1a2b3c4d03"));
    public static readonly AssetId Pump = new(new Guid("0b8f3f0e-3c1b-4a4e-8f41-6c1a2b3c4d04"));
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    public static readonly HashSet<OutSmart.Domain.WorkOrders.OccurrenceKey> NothingGenerated = [];

    public static RecurrenceRule Rule(string text) => RecurrenceRule.Parse(text).AsT0;

    public static ContractSchedule Schedule(string name, string rule, int precedence = 1, HolidayAdjustment adjustment = HolidayAdjustment.Keep, bool dutchHolidays = true)
    {
        var schedule = ContractSchedule.Create(name, Rule(rule), precedence).AsT0;
        return schedule.WithHolidays(dutchHolidays ? DutchHolidayCalendar.Standard : CustomHolidayCalendar.Empty, adjustment);
    }

    public static ContractPlanningView View(LocalDate start, params ContractSchedule[] schedules) =>
        ContractPlanningView.Create(Contract, Amsterdam, start, new LocalTime(8, 0), schedules).AsT0;

    public static ContractPlanningView Days(this ContractPlanningView view, int days) => view.WithDaysInAdvance(days).AsT0;

    public static ContractPlanningView Ending(this ContractPlanningView view, LocalDate end) => view.WithEnd(end).AsT0;

    public static ContractPlanningView Terminated(this ContractPlanningView view, LocalDate day) => view.WithTermination(day).AsT0;
}
