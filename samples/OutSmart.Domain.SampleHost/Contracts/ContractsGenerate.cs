using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.WorkOrders;
using Spectre.Console;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>
/// <c>contracts generate</c>: seeds varied contracts in memory, runs generation once a day over a horizon, then runs the
/// whole horizon again and shows that the second pass creates nothing.
/// </summary>
internal static class ContractsGenerate
{
    public const int MaxContracts = 200_000;
    public const int MaxDays = 366;

    private static readonly string[] WorkTypes = ["cv-onderhoud", "airco-onderhoud", "brandblusser-keuring", "storing"];
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly Actor Generator = Actor.Create(new EmployeeId(new Guid("00000000-0000-0000-0000-0000000000ab")), ActorChannel.BackOffice);

    /// <summary>What a generate run did.</summary>
    public sealed record Outcome(int Contracts, int Days, LocalDate From, LocalDate To, int Created, int AlreadyThere, int Skipped, int DeadlineOnly, int CreatedOnRerun, int AlreadyThereOnRerun, double Seconds);

    public static Command CreateCommand()
    {
        var count = new Option<int>("--contracts") { Description = $"How many contracts to seed, 1 to {MaxContracts:N0}.", DefaultValueFactory = _ => 1000 };
        var days = new Option<int>("--days") { Description = $"How many daily runs, 1 to {MaxDays}.", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "The seed of the contract generator; the same seed gives the same contracts.", DefaultValueFactory = _ => 1 };
        var today = new Option<string>("--today") { Description = "The first run day, yyyy-MM-dd.", DefaultValueFactory = _ => "2026-12-01" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (contracts, created, createdOnRerun, seconds, ...) and no progress bar." };
        var generate = new Command("generate", "Seeds varied contracts in memory (every kind, rule shapes, holidays, employees or none, objects), runs work-order generation once a day over the horizon, then runs the horizon again: the second pass creates nothing.")
        {
            count, days, seed, today, json,
        };
        generate.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            TextWriter error = parseResult.InvocationConfiguration.Error;
            int n = parseResult.GetValue(count);
            int d = parseResult.GetValue(days);
            if (n is < 1 or > MaxContracts || d is < 1 or > MaxDays)
            {
                error.WriteLine($"OPTION_OUT_OF_RANGE: --contracts is 1 to {MaxContracts} and --days 1 to {MaxDays}.");
                return ExitCodes.Refused;
            }
            var parsed = LocalDatePattern.Iso.Parse(parseResult.GetValue(today) ?? "");
            if (!parsed.Success)
            {
                error.WriteLine("DATE_INVALID: --today must be a date such as 2026-12-01.");
                return ExitCodes.Refused;
            }
            bool asJson = parseResult.GetValue(json);
            bool bar = !asJson && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            Outcome outcome = Run(n, d, parseResult.GetValue(seed), parsed.Value, bar);
            output.WriteLine(asJson ? ToJson(outcome) : ToText(outcome));
            return ExitCodes.Success;
        });
        return generate;
    }

    /// <summary>Seeds the contracts, runs the horizon daily, then again.</summary>
    public static Outcome Run(int contracts, int days, int seed, LocalDate today, bool progressBar)
    {
        var clock = new FixedClock(today.AtStartOfDayInZone(Amsterdam).ToInstant());
        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddOutSmartInMemoryStorage()
            .AddOutSmartContracts()
            .BuildServiceProvider();
        var stopwatch = Stopwatch.StartNew();
        Seed(provider, contracts, seed, today, clock.GetCurrentInstant());
        var service = provider.GetRequiredService<ContractGenerationService>();
        LocalDate to = today.PlusDays(days - 1);
        var first = new Totals();
        var second = new Totals();
        if (progressBar)
        {
            AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    ProgressTask daily = context.AddTask("Daily runs", maxValue: days);
                    ProgressTask rerun = context.AddTask("Rerun", maxValue: days);
                    RunHorizon(service, today, to, first, clock, () => daily.Increment(1));
                    RunHorizon(service, today, to, second, clock, () => rerun.Increment(1));
                });
        }
        else
        {
            RunHorizon(service, today, to, first, clock, static () => { });
            RunHorizon(service, today, to, second, clock, static () => { });
        }
        stopwatch.Stop();
        return new Outcome(contracts, days, today, to, first.Created, first.AlreadyThere, first.Skipped, first.DeadlineOnly,
            second.Created, second.AlreadyThere, Math.Round(stopwatch.Elapsed.TotalSeconds, 3));
    }

    private static void RunHorizon(ContractGenerationService service, LocalDate from, LocalDate to, Totals totals, FixedClock clock, Action tick)
    {
        for (LocalDate day = from; day <= to; day = day.PlusDays(1))
        {
            clock.Now = day.At(new LocalTime(5, 0)).InZoneLeniently(Amsterdam).ToInstant();
            GenerationReport report = service.RunAsync(day, Generator, CancellationToken.None).GetAwaiter().GetResult();
            totals.Created += report.Created;
            totals.AlreadyThere += report.AlreadyThere;
            totals.Skipped += report.Skipped;
            totals.DeadlineOnly += report.Notes.Count(n => n.Kind == GenerationNoteKind.EmployeeAbsent);
            tick();
        }
    }

    private static void Seed(ServiceProvider provider, int count, int seed, LocalDate today, Instant now)
    {
        var workflows = provider.GetRequiredService<IWorkflowRepository>();
        int revision = 0;
        foreach (string workType in WorkTypes)
        {
            var workflow = Workflow.Draft(new WorkflowId(Id(9, ++revision)), workType, 1, false, Generator, now);
            workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.Required), Generator, now);
            workflow.Publish(Generator, now);
            workflows.AddAsync(workflow, CancellationToken.None).GetAwaiter().GetResult();
        }
        var contracts = provider.GetRequiredService<IContractRepository>();
        var random = new Random(seed);
        EmployeeId[] employees = [.. Enumerable.Range(1, 25).Select(i => new EmployeeId(Id(2, i)))];
        for (int i = 0; i < count; i++)
        {
            Contract contract = SeedOne(random, i, today, employees, now);
            contracts.AddAsync(contract, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private static Contract SeedOne(Random random, int index, LocalDate today, EmployeeId[] employees, Instant now)
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
        var contract = Contract.Create(new ContractId(Id(1, index + 1)), new CustomerId(Id(4, (index % 5000) + 1)), start, Amsterdam, terms, service, template, planning, Generator, now);
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

    private static string ToText(Outcome o) => string.Create(CultureInfo.InvariantCulture,
        $"""
        {o.Contracts:N0} contracts, daily runs {o.From:uuuu-MM-dd} to {o.To:uuuu-MM-dd} ({o.Days} days):
          created {o.Created:N0} work orders ({o.DeadlineOnly:N0} deadline-only), already there {o.AlreadyThere:N0}, skipped {o.Skipped:N0}
          rerun of the whole horizon: created {o.CreatedOnRerun:N0}, already there {o.AlreadyThereOnRerun:N0}
          {o.Seconds:0.000} s in all
        """);

    private static string ToJson(Outcome o) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["contracts"] = o.Contracts,
        ["days"] = o.Days,
        ["from"] = o.From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = o.To.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        ["created"] = o.Created,
        ["alreadyThere"] = o.AlreadyThere,
        ["skipped"] = o.Skipped,
        ["deadlineOnly"] = o.DeadlineOnly,
        ["createdOnRerun"] = o.CreatedOnRerun,
        ["alreadyThereOnRerun"] = o.AlreadyThereOnRerun,
        ["seconds"] = o.Seconds,
    });

    private sealed class Totals
    {
        public int Created { get; set; }

        public int AlreadyThere { get; set; }

        public int Skipped { get; set; }

        public int DeadlineOnly { get; set; }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;
    }
}
