using System.Globalization;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>
/// Varied, deterministic contracts for <c>contracts generate</c> and <c>contracts seed</c>: every kind (preventive,
/// corrective, yearly orders), rule shapes, holidays, employees or none, objects, a few terminated. The same seed gives
/// the same contracts with the same ids, so seeding a store twice adds nothing the second time.
/// </summary>
internal static class ContractSeeder
{
    /// <summary>The work types the contracts use; each gets one published workflow (<see cref="Workflows"/>).</summary>
    private static readonly string[] WorkTypes = ["cv-onderhoud", "airco-onderhoud", "brandblusser-keuring", "storing"];
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Gets who seeds and generates: the back office's generator.</summary>
    public static Actor Generator { get; } = Actor.Create(new EmployeeId(new Guid("00000000-0000-0000-0000-0000000000ab")), ActorChannel.BackOffice);

    /// <summary>One published workflow per work type, with fixed ids (the same for every seed).</summary>
    public static IEnumerable<Workflow> Workflows(Instant now)
    {
        int revision = 0;
        foreach (string workType in WorkTypes)
        {
            var workflow = Workflow.Draft(new WorkflowId(Id(9, ++revision)), workType, 1, false, Generator, now);
            workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.Required), Generator, now);
            workflow.Publish(Generator, now);
            yield return workflow;
        }
    }

    /// <summary>The <paramref name="count"/> contracts of <paramref name="seed"/>, starting around <paramref name="today"/>
    /// (60 days before to 30 days after), in order; each is new (never saved).</summary>
    public static IEnumerable<Contract> Contracts(int count, int seed, LocalDate today, Instant now)
    {
        var random = new Random(seed);
        EmployeeId[] employees = [.. Enumerable.Range(1, 25).Select(i => new EmployeeId(Id(2, i)))];
        for (int i = 0; i < count; i++)
        {
            yield return SeedOne(random, seed, i, today, employees, now);
        }
    }

    private static Contract SeedOne(Random random, int seed, int index, LocalDate today, EmployeeId[] employees, Instant now)
    {
        LocalDate start = today.PlusDays(random.Next(-60, 30));
        ContractTerms terms = ContractTerms.Create(Period.FromYears(1), (InvoicePeriod)random.Next(1, 5)).AsT0
            .WithNotice(Period.FromMonths(random.Next(0, 4)), random.Next(0, 60)).AsT0;
        terms = random.Next(3) switch
        {
            0 => terms.WithAutomaticRenewal(Period.FromYears(1)).AsT0,
            1 => terms.WithRestart(),
            _ => terms,
        };
        int kind = random.Next(10);
        ContractService service = kind switch
        {
            0 => ContractService.Corrective(SlaPolicy.Empty.With(SlaPriority.Urgent, SlaTargets.Create(0.75m, response: Duration.FromHours(4), resolution: Duration.FromHours(16)).AsT0)).AsT0,
            1 => ContractService.YearlyOrders(random.Next(1, 5), 30).AsT0,
            _ => ContractService.Preventive(Schedules(random)).AsT0,
        };
        var planning = ContractPlanning.Default
            .WithDaysInAdvance(random.Next(0, 31))
            .WithEmployee(random.Next(2) == 0 ? employees[random.Next(employees.Length)] : null)
            .WithMissed(random.Next(4) == 0 ? MissedVisitPolicy.Skip : MissedVisitPolicy.CatchUp);
        int objects = random.Next(0, 4);
        if (objects > 0)
        {
            planning = planning.WithObjects(Enumerable.Range(1, objects).Select(o => new AssetId(Id(3, (index * 4) + o))), random.Next(3) == 0 ? ObjectPlanning.OnePerObject : ObjectPlanning.OneForAll);
        }
        VisitTime time = random.Next(4) == 0 ? VisitTime.Between(new LocalTime(8, 0), new LocalTime(12, 0)) : VisitTime.At(new LocalTime(7 + random.Next(0, 4), 30));
        var template = WorkOrderTemplate.Create(WorkTypes[random.Next(WorkTypes.Length)], "Periodic maintenance", Duration.FromHours(1), time);
        var contract = Contract.Create(new ContractId(ContractIdFor(seed, index)), new CustomerId(Id(4, (index % 5000) + 1)), start, Amsterdam, terms, service, template, planning, Generator, now);
        if (random.Next(20) == 0)
        {
            contract.Terminate(start.PlusDays(random.Next(0, 45)), ContractCancellation.Create(CancellationReason.CustomerRequest, "Seeded termination"), Generator, now);
        }
        return contract;
    }

    private static ContractSchedule[] Schedules(Random random)
    {
        IHolidayCalendar holidays = random.Next(3) == 0 ? CustomHolidayCalendar.Empty : DutchHolidayCalendar.Standard;
        var adjust = (HolidayAdjustment)random.Next(1, 6);
        string rule = random.Next(6) switch
        {
            0 => "FREQ=MONTHLY;BYMONTHDAY=-1",
            1 => "FREQ=WEEKLY;BYDAY=MO",
            2 => "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1",
            3 => "FREQ=DAILY;INTERVAL=14",
            4 => "FREQ=MONTHLY;BYDAY=1TU",
            _ => "FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD",
        };
        var minor = ContractSchedule.Create("minor", RecurrenceRule.Parse(rule).AsT0, 1).AsT0.WithHolidays(holidays, adjust);
        if (random.Next(3) != 0)
        {
            return [minor];
        }
        var major = ContractSchedule.Create("major", RecurrenceRule.Parse("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15").AsT0, 2).AsT0.WithHolidays(holidays, adjust);
        return [minor, major];
    }

    private static Guid Id(int kind, int number) => new(string.Create(CultureInfo.InvariantCulture, $"{kind:x8}-0000-4000-8000-{number:x12}"));

    /// <summary>The id of the seeded contract number <paramref name="index"/> (from 0) of <paramref name="seed"/>.</summary>
    public static Guid ContractIdFor(int seed, int index)
    {
        uint bits = unchecked((uint)seed);
        return new(string.Create(CultureInfo.InvariantCulture, $"00000001-{bits >> 16:x4}-4{bits & 0xfff:x3}-8{(bits >> 12) & 0xf:x3}-{index + 1:x12}"));
    }
}
