using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.SampleHost.Storage;
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

    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly Actor Generator = ContractSeeder.Generator;

    /// <summary>What a generate run did.</summary>
    public sealed record Outcome(int Contracts, int Days, LocalDate From, LocalDate To, int Created, int AlreadyThere, int Skipped, int DeadlineOnly, int CreatedOnRerun, int AlreadyThereOnRerun, double Seconds);

    public static Command CreateCommand()
    {
        var count = new Option<int>("--contracts") { Description = $"How many contracts to seed, 1 to {MaxContracts:N0}.", DefaultValueFactory = _ => 1000 };
        var days = new Option<int>("--days") { Description = $"How many daily runs, 1 to {MaxDays}.", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "The seed of the contract generator; the same seed gives the same contracts.", DefaultValueFactory = _ => 1 };
        var today = new Option<string>("--today") { Description = "The first run day, yyyy-MM-dd.", DefaultValueFactory = _ => "2026-12-01" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object and no progress bar: in memory {\"contracts\", \"created\", \"createdOnRerun\", \"seconds\", ...}; against a store exactly {\"contracts\": N, \"created\": X, \"existing\": Y, \"createdOnRerun\": Z, \"seconds\": s}." };
        var partition = new Option<string>("--partition") { Description = "With --db or --postgres: take share i of n of the stored contracts (by a stable hash of the id), such as 2/4. Correctness never depends on it." };
        Option<string> db = HostStore.DbOption();
        db.Description = "Generate for the contracts stored in this SQLite file (see contracts seed) instead of seeding them in memory.";
        Option<string> postgres = HostStore.PostgresOption();
        postgres.Description = "Generate for the contracts stored in this PostgreSQL database (an Npgsql connection string); any number of processes may run at once, together they create each work order exactly once.";
        var generate = new Command("generate", string.Join(Environment.NewLine,
            "In memory (no --db or --postgres): seeds --contracts varied contracts from --seed (every kind, rule shapes, holidays,",
            "employees or none, objects), runs work-order generation once a day over --days from --today, then runs the horizon",
            "again: the second pass creates nothing.",
            "Against a store (--db FILE or --postgres \"...\"): does the same for every contract stored there (contracts seed),",
            "optionally only a --partition i/n share of them; --contracts and --seed are not used."))
        {
            count, days, seed, today, json, partition, db, postgres,
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
            if (ContractsStoreCommands.ParseDate(parseResult.GetValue(today), "--today", error) is not { } day)
            {
                return ExitCodes.Refused;
            }
            bool asJson = parseResult.GetValue(json);
            StoreChoice? store = HostStore.Read(parseResult, db, postgres, error, out int storeExit);
            if (storeExit != ExitCodes.Success)
            {
                return storeExit;
            }
            ContractPartition share = ContractPartition.All;
            if (parseResult.GetValue(partition) is { } shareText)
            {
                if (ContractPartition.Parse(shareText).TryPickT1(out ContractPartitionInvalid invalid, out ContractPartition parsedShare))
                {
                    error.WriteLine($"{invalid.Code}: {invalid.Message}");
                    return ExitCodes.Refused;
                }
                if (store is null)
                {
                    error.WriteLine("PARTITION_NEEDS_STORE: --partition shares stored contracts between hosts; give --db or --postgres.");
                    return ExitCodes.Refused;
                }
                share = parsedShare;
            }
            if (store is not null)
            {
                return ContractsStoreCommands.RunGenerate(store, day, d, share, asJson, output, error);
            }
            bool bar = !asJson && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            Outcome outcome = Run(n, d, parseResult.GetValue(seed), day, bar);
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
        foreach (Workflow workflow in ContractSeeder.Workflows(now))
        {
            workflows.AddAsync(workflow, CancellationToken.None).GetAwaiter().GetResult();
        }
        var contracts = provider.GetRequiredService<IContractRepository>();
        foreach (Contract contract in ContractSeeder.Contracts(count, seed, today, now))
        {
            contracts.AddAsync(contract, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

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
