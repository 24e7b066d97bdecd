using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>The preventive part of the contracts chapter: two schedules on Dutch holidays, the first generated work
/// orders, and a schedule edit shown as a change plan before it is applied.</summary>
internal static class ContractsStory
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static int Tell(TextWriter output)
    {
        var planner = Actor.Create(new EmployeeId(new Guid("00000000-0000-0000-0000-0000000000c1")), ActorChannel.BackOffice);
        var technician = new EmployeeId(new Guid("00000000-0000-0000-0000-0000000000c2"));
        var contractId = new ContractId(new Guid("00000000-0000-0000-0000-0000000000c3"));
        var clock = new SettableClock(Instant.FromUtc(2026, 3, 1, 7, 0));
        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddOutSmartInMemoryStorage()
            .AddOutSmartContracts()
            .BuildServiceProvider();
        var workflows = provider.GetRequiredService<IWorkflowRepository>();
        var workflow = Workflow.Draft(new WorkflowId(new Guid("00000000-0000-0000-0000-0000000000c4")), "cv-onderhoud", 1, false, planner, clock.GetCurrentInstant());
        workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.Required), planner, clock.GetCurrentInstant());
        workflow.Publish(planner, clock.GetCurrentInstant());
        workflows.AddAsync(workflow, CancellationToken.None).GetAwaiter().GetResult();

        ContractSchedule monthly = Schedule("monthly check", "FREQ=MONTHLY;BYMONTHDAY=6", 1);
        ContractSchedule yearly = Schedule("yearly service", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=7", 2);
        var terms = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Quarterly).AsT0
            .WithAutomaticRenewal(Period.FromYears(1)).AsT0
            .WithNotice(Period.FromMonths(2), 30).AsT0;
        var planning = ContractPlanning.Default.WithDaysInAdvance(14).WithEmployee(technician);
        var contract = Contract.Create(contractId, new CustomerId(new Guid("00000000-0000-0000-0000-0000000000c5")), new LocalDate(2026, 3, 1), Amsterdam, terms,
            ContractService.Preventive([monthly, yearly]).AsT0,
            WorkOrderTemplate.Create("cv-onderhoud", "Boiler check", Duration.FromHours(1), VisitTime.At(new LocalTime(8, 0))),
            planning, planner, clock.GetCurrentInstant());
        var contracts = provider.GetRequiredService<IContractRepository>();
        contracts.AddAsync(contract, CancellationToken.None).GetAwaiter().GetResult();
        output.WriteLine("Bakkerij De Vries signs a maintenance contract from 1 March 2026: a monthly check on the 6th and a yearly");
        output.WriteLine("service on 7 April, Dutch holidays moved to the next working day, planned 14 days ahead for one technician,");
        output.WriteLine($"renewing yearly; the last day to cancel the first year is {Day(contract.LastDayToCancel(contract.Start))}.");

        var generation = provider.GetRequiredService<ContractGenerationService>();
        int created = 0;
        for (LocalDate day = new(2026, 3, 1); day <= new LocalDate(2026, 4, 30); day = day.PlusDays(1))
        {
            clock.Now = day.At(new LocalTime(6, 0)).InZoneLeniently(Amsterdam).ToInstant();
            created += generation.RunAsync(day, planner, CancellationToken.None).GetAwaiter().GetResult().Created;
        }
        var workOrders = provider.GetRequiredService<IWorkOrderRepository>();
        var orders = workOrders.FindByContractAsync(contractId, PageRequest.First(50), CancellationToken.None).GetAwaiter().GetResult().Items;
        int again = 0;
        for (LocalDate day = new(2026, 3, 1); day <= new LocalDate(2026, 4, 30); day = day.PlusDays(1))
        {
            again += generation.RunAsync(day, planner, CancellationToken.None).GetAwaiter().GetResult().Created;
        }
        output.WriteLine($"Daily generation in March and April creates {created} work orders; running the two months again creates {again}:");
        foreach (WorkOrder order in orders.OrderBy(o => o.Origin.OccurrenceDate))
        {
            OccurrenceKey key = order.Origin.Occurrence!;
            output.WriteLine($"  {key.Schedule,-15} {Day(key.Target)} at {order.Schedule.PlannedAt!.LocalDateTime.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)}");
        }
        output.WriteLine("  (the check of Easter Monday 6 April moves to 7 April, where the yearly service absorbs it: larger precedence)");

        var changes = provider.GetRequiredService<ContractChangeService>();
        LocalDate editDay = new(2026, 4, 20);
        ContractSchedule secondMonday = Schedule("monthly check", "FREQ=MONTHLY;BYDAY=2MO", 1);
        var proposal = changes.ProposeAsync(contractId, [secondMonday, yearly], planning, editDay, CancellationToken.None).GetAwaiter().GetResult().AsT0;
        output.WriteLine($"On {Day(editDay)} the planner moves the monthly check to the second Monday. The change plan, before saving:");
        foreach (ChangePlanEntry entry in proposal.Plan.Entries.Where(e => e.Action != ChangeAction.Keep).Take(4))
        {
            string action = entry.Action switch
            {
                ChangeAction.Move => $"move {Day(entry.OldTarget!.Value)} to {Day(entry.NewTarget!.Value)}",
                ChangeAction.Add => $"add {Day(entry.NewTarget!.Value)}",
                _ => $"cancel {Day(entry.OldTarget!.Value)}",
            };
            string generated = entry.WorkOrder is { } visit ? $" (work order {visit.Key.Target.ToString("d MMM", CultureInfo.InvariantCulture)}, not started)" : "";
            output.WriteLine($"  {entry.Schedule}: {action}{generated}");
        }
        var applied = changes.ApplyAsync(proposal, planner, CancellationToken.None).GetAwaiter().GetResult();
        output.WriteLine(applied.IsT0
            ? "The planner applies it: the contract checked that nothing changed since the plan was made."
            : $"Applying was refused: {applied.Value}");
        output.WriteLine();
        return ExitCodes.Success;
    }

    private static ContractSchedule Schedule(string name, string rule, int precedence) =>
        ContractSchedule.Create(name, RecurrenceRule.Parse(rule).AsT0, precedence).AsT0.WithHolidays(DutchHolidayCalendar.Standard, HolidayAdjustment.NextWorkingDay);

    private static string Day(LocalDate date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private sealed class SettableClock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;
    }
}
