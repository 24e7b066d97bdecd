using System.Globalization;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Benchmarks.Contracts;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>
/// The contracts and workflows that <see cref="GenerationStorageBenchmarks"/> stores before each run, seeded like
/// <c>contracts generate</c> does: 10,000 contracts (a tenth corrective, the rest preventive with one or two schedules of
/// the rule shapes of <see cref="ContractPlanningBenchmarks.Rules"/>, Dutch holidays or none, every adjustment), starting
/// 60 days before to 30 days after the first run day, 0–30 days in advance, an employee for half, two objects planned
/// one per object for a fifth, a quarter skipping missed visits; four work types, each with a published workflow.
/// </summary>
internal static class GenerationFixture
{
    public const int ContractCount = 10_000;
    public const int Days = 30;

    public static readonly LocalDate FirstDay = new(2026, 6, 1);
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    public static readonly Actor Generator = Actor.Create(new EmployeeId(Id(0xab, 1)), ActorChannel.System);

    private static readonly string[] WorkTypes = ["cv-onderhoud", "airco-onderhoud", "brandblusser-keuring", "storing"];

    /// <summary>Gets the instant the fixture's aggregates are created at: the first run day, 05:00 in Amsterdam.</summary>
    public static Instant CreatedAt => RunInstant(FirstDay);

    /// <summary>Gets the instant a run of <paramref name="day"/> happens: 05:00 in Amsterdam.</summary>
    public static Instant RunInstant(LocalDate day) => day.At(new LocalTime(5, 0)).InZoneLeniently(Amsterdam).ToInstant();

    /// <summary>Creates one published single-step workflow per work type.</summary>
    public static IEnumerable<Workflow> CreateWorkflows()
    {
        for (int i = 0; i < WorkTypes.Length; i++)
        {
            var workflow = Workflow.Draft(new WorkflowId(Id(9, i + 1)), WorkTypes[i], 1, false, Generator, CreatedAt);
            workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.Required), Generator, CreatedAt);
            workflow.Publish(Generator, CreatedAt);
            workflow.ClearDomainEvents();
            yield return workflow;
        }
    }

    /// <summary>Creates the 10,000 contracts; the same every call.</summary>
    public static IEnumerable<Contract> CreateContracts()
    {
        RecurrenceRule[] rules = [.. ContractPlanningBenchmarks.Rules.Select(rule => RecurrenceRule.Parse(rule).AsT0)];
        var random = new Random(20261204);
        for (int i = 0; i < ContractCount; i++)
        {
            ContractService service;
            if (random.Next(10) == 0)
            {
                service = ContractService.Corrective(SlaPolicy.Empty.With(SlaPriority.Urgent,
                    SlaTargets.Create(0.75m, response: Duration.FromHours(4), resolution: Duration.FromHours(16)).AsT0)).AsT0;
            }
            else
            {
                var schedules = new List<ContractSchedule>();
                int count = random.Next(1, 3);
                for (int s = 0; s < count; s++)
                {
                    var holidays = random.Next(2) == 0 ? (IHolidayCalendar)DutchHolidayCalendar.Standard : CustomHolidayCalendar.Empty;
                    schedules.Add(ContractSchedule.Create($"s{s}", rules[random.Next(rules.Length)], s).AsT0
                        .WithHolidays(holidays, (HolidayAdjustment)random.Next(1, 6)));
                }
                service = ContractService.Preventive(schedules).AsT0;
            }
            ContractPlanning planning = ContractPlanning.Default
                .WithDaysInAdvance(random.Next(0, 31))
                .WithEmployee(random.Next(2) == 0 ? new EmployeeId(Id(2, (i % 25) + 1)) : null)
                .WithMissed(random.Next(4) == 0 ? MissedVisitPolicy.Skip : MissedVisitPolicy.CatchUp);
            if (random.Next(5) == 0)
            {
                planning = planning.WithObjects([new AssetId(Id(3, (2 * i) + 1)), new AssetId(Id(3, (2 * i) + 2))], ObjectPlanning.OnePerObject);
            }
            var template = WorkOrderTemplate.Create(WorkTypes[random.Next(WorkTypes.Length)], "Periodic maintenance", Duration.FromHours(1), VisitTime.At(new LocalTime(8, 0)));
            Contract contract = Contract.Create(new ContractId(Id(1, i + 1)), new CustomerId(Id(4, (i % 5000) + 1)), FirstDay.PlusDays(random.Next(-60, 31)),
                Amsterdam, ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0, service, template, planning, Generator, CreatedAt);
            contract.ClearDomainEvents();
            yield return contract;
        }
    }

    private static Guid Id(int kind, int number) => new(string.Create(CultureInfo.InvariantCulture, $"{kind:x8}-0000-4000-8000-{number:x12}"));
}
