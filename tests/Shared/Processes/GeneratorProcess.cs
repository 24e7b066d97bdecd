using System.Globalization;
using NodaTime;
using NodaTime.Testing;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.TestSupport.Processes;

/// <summary>
/// The child of the generation kill and many-process tests: stores the scenario's contracts and published workflow
/// (what is stored already is left alone), then runs contract generation once a day over the horizon, printing
/// <c>day D created X existing Y</c> after each day and <c>done created X existing Y</c> (the run's totals) at the end.
/// Before each day it waits for a line on its standard input, so the test decides when each day runs (and can start
/// several generators on the same day at once, or kill one while a day is being written).
/// </summary>
public static class GeneratorProcess
{
    /// <summary>The first argument that starts the assembly as a generator.</summary>
    public const string Verb = "--outsmart-generator";

    /// <summary>The first run day; the contracts start on it.</summary>
    public static readonly LocalDate FirstDay = new(2026, 1, 1);

    private static readonly Instant Now = Instant.FromUtc(2026, 1, 1, 6, 0);
    private static readonly Actor Planner = Actor.Create(new EmployeeId(new Guid("c2000000-0000-0000-0000-000000000001")), ActorChannel.BackOffice);
    private static readonly EmployeeId Technician = new(new Guid("c3000000-0000-0000-0000-000000000001"));
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Builds the arguments of one run.</summary>
    /// <param name="location">The database location, for the project's <see cref="OpenChildStore"/>.</param>
    /// <param name="contracts">How many contracts the scenario has.</param>
    /// <param name="days">How many run days, from <see cref="FirstDay"/>.</param>
    /// <returns>The arguments.</returns>
    public static string[] Arguments(string location, int contracts, int days) =>
        [Verb, location, contracts.ToString(CultureInfo.InvariantCulture), days.ToString(CultureInfo.InvariantCulture)];

    /// <summary>Builds the scenario's contracts, never saved: contract <c>n</c> visits twice a week (Monday and Thursday),
    /// plans a week in advance, and every other one has an employee, so its work orders are assigned.</summary>
    /// <param name="count">How many contracts.</param>
    /// <returns>The contracts, in number order.</returns>
    public static List<Contract> Contracts(int count)
    {
        var schedule = ContractSchedule.Create("visits", RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=MO,TH").AsT0, 1).AsT0;
        var template = WorkOrderTemplate.Create("cv-onderhoud", "Boiler service", Duration.FromHours(1), VisitTime.At(new LocalTime(8, 0)));
        var terms = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0;
        return
        [
            .. Enumerable.Range(1, count).Select(n => Contract.Create(
                new ContractId(new Guid($"c0000000-0000-0000-0000-{n:D12}")),
                new CustomerId(new Guid($"c1000000-0000-0000-0000-{n:D12}")),
                FirstDay, Amsterdam, terms, ContractService.Preventive([schedule]).AsT0, template,
                ContractPlanning.Default.WithDaysInAdvance(7).WithEmployee(n % 2 == 0 ? Technician : null), Planner, Now)),
        ];
    }

    /// <summary>Builds the published workflow the scenario's work orders follow.</summary>
    /// <returns>The workflow, never saved.</returns>
    public static Workflow PublishedWorkflow()
    {
        var workflow = Workflow.Draft(new WorkflowId(new Guid("c4000000-0000-0000-0000-000000000001")), "cv-onderhoud", 1, false, Planner, Now);
        _ = workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.Required), Planner, Now);
        _ = workflow.Publish(Planner, Now);
        return workflow;
    }

    /// <summary>Runs the scenario's generation over one set of ports: stores what is missing, then runs each day.</summary>
    /// <param name="contracts">Where contracts are stored.</param>
    /// <param name="workOrders">Where work orders are stored.</param>
    /// <param name="workflows">Where workflows are stored.</param>
    /// <param name="count">How many contracts.</param>
    /// <param name="days">How many run days.</param>
    /// <param name="afterDay">Called after each day with its report.</param>
    /// <param name="beforeDay">Called before each day; <see langword="false"/> stops the run.</param>
    /// <returns>The totals: created and already there.</returns>
    public static async Task<(int Created, int Existing)> GenerateAsync(
        IContractRepository contracts, IWorkOrderRepository workOrders, IWorkflowRepository workflows, int count, int days, Action<GenerationReport> afterDay,
        Func<bool>? beforeDay = null)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(workflows);
        ArgumentNullException.ThrowIfNull(afterDay);
        _ = await workflows.AddAsync(PublishedWorkflow(), CancellationToken.None); // taken when another run stored it
        foreach (Contract contract in Contracts(count))
        {
            _ = await contracts.AddAsync(contract, CancellationToken.None);
        }
        var service = new ContractGenerationService(contracts, workOrders, workflows, new FakeClock(Now), null);
        int created = 0, existing = 0;
        for (int day = 0; day < days; day++)
        {
            if (beforeDay is not null && !beforeDay())
            {
                break;
            }
            GenerationReport report = await service.RunAsync(FirstDay.PlusDays(day), Planner, CancellationToken.None);
            created += report.Created;
            existing += report.AlreadyThere;
            afterDay(report);
        }
        return (created, existing);
    }

    /// <summary>Runs the generator; returns the process exit code (0, or 1 on any failure, printed as <c>error …</c>).</summary>
    /// <param name="args">The arguments after <see cref="Verb"/>: location, contracts, days.</param>
    /// <param name="open">Opens the store.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, OpenChildStore open)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(open);
            int count = int.Parse(args[1], CultureInfo.InvariantCulture);
            int days = int.Parse(args[2], CultureInfo.InvariantCulture);
            await using ChildStore store = open(args[0]);
            (int created, int existing) = await GenerateAsync(
                new RelationalContractRepository(store.Store), new RelationalWorkOrderRepository(store.Store), new RelationalWorkflowRepository(store.Store),
                count, days,
                report => Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"day {report.Day:uuuu-MM-dd} created {report.Created} existing {report.AlreadyThere}")),
                beforeDay: () => Console.In.ReadLine() is not null);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done created {created} existing {existing}"));
            return 0;
        }
        catch (Exception exception)
        {
            Console.Out.WriteLine($"error {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
