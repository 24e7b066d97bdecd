using System.CommandLine;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Npgsql;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.SampleHost.Storage;
using OutSmart.Domain.Storage.Sqlite;
using OutSmart.Domain.WorkOrders;
using Spectre.Console;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>
/// The contracts commands on a real database: <c>contracts seed</c> stores deterministic contracts,
/// <c>contracts generate --db/--postgres</c> generates their work orders (any number of hosts at once, each work order
/// exactly once), <c>contracts occurrences</c> lists the stored generated work orders.
/// </summary>
internal static class ContractsStoreCommands
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>What a stored generate run did.</summary>
    /// <param name="Contracts">The distinct contracts (of this host's share) that generation listed.</param>
    /// <param name="Created">Work orders this process created in the daily runs.</param>
    /// <param name="Existing">Work orders the daily runs found already there (made earlier, or by another host).</param>
    /// <param name="CreatedOnRerun">Work orders this process created when running the whole horizon again.</param>
    /// <param name="Seconds">The wall-clock time of both passes.</param>
    public sealed record StoredOutcome(int Contracts, int Created, int Existing, int CreatedOnRerun, double Seconds);

    /// <summary>What a seed run did.</summary>
    public sealed record SeedOutcome(int Added, int AlreadyStored);

    /// <summary>Creates <c>contracts seed</c>.</summary>
    public static Command CreateSeedCommand()
    {
        var count = new Option<int>("--contracts") { Description = $"How many contracts to store, 1 to {ContractsGenerate.MaxContracts:N0}.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same contracts with the same ids.", Required = true };
        var start = new Option<string>("--start") { Description = "The day the contracts start around (60 days before to 30 after), yyyy-MM-dd.", DefaultValueFactory = _ => "2026-12-01" };
        Option<string> db = HostStore.DbOption();
        Option<string> postgres = HostStore.PostgresOption();
        var command = new Command("seed", string.Join(Environment.NewLine,
            "Stores N deterministic contracts (ids derived from --seed) and one published workflow per work type in the",
            $"database (--db FILE or --postgres \"...\"; default ./{StoreChoice.DefaultFile}). Running it again adds nothing and says so."))
        {
            count, seed, start, db, postgres,
        };
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            TextWriter error = parseResult.InvocationConfiguration.Error;
            StoreChoice? choice = HostStore.Read(parseResult, db, postgres, error, out int exitCode);
            if (exitCode != ExitCodes.Success)
            {
                return exitCode;
            }
            int n = parseResult.GetValue(count);
            if (n is < 1 or > ContractsGenerate.MaxContracts)
            {
                error.WriteLine($"OPTION_OUT_OF_RANGE: --contracts is 1 to {ContractsGenerate.MaxContracts}.");
                return ExitCodes.Refused;
            }
            if (ParseDate(parseResult.GetValue(start), "--start", error) is not { } day)
            {
                return ExitCodes.Refused;
            }
            choice ??= StoreChoice.Default;
            bool bar = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            return WithStore(choice, day, error, provider =>
            {
                SeedOutcome outcome = Seed(provider, n, parseResult.GetValue(seed), day, bar);
                output.WriteLine(outcome.Added == 0
                    ? $"All {outcome.AlreadyStored:N0} contracts of seed {parseResult.GetValue(seed)} were already stored in the {choice.Describe()}: nothing added."
                    : $"Stored {outcome.Added:N0} contracts of seed {parseResult.GetValue(seed)} in the {choice.Describe()}; {outcome.AlreadyStored:N0} were already there.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>Creates <c>contracts occurrences</c>.</summary>
    public static Command CreateOccurrencesCommand()
    {
        var json = new Option<bool>("--json") { Description = "One JSON line per work order: {\"key\": \"...\", \"workOrder\": \"...\", \"target\": \"YYYY-MM-DD\"} (the default; kept for scripts)." };
        Option<string> db = HostStore.DbOption();
        Option<string> postgres = HostStore.PostgresOption();
        var command = new Command("occurrences", string.Join(Environment.NewLine,
            "Prints every stored generated work order, one JSON line each, in occurrence-key order:",
            "  {\"key\": \"{contract}/{schedule}/{yyyy-MM-dd}[/{object}]\", \"workOrder\": \"{id}\", \"target\": \"YYYY-MM-DD\"}",
            $"from the database (--db FILE or --postgres \"...\"; default ./{StoreChoice.DefaultFile}); streamed, not loaded at once."))
        {
            json, db, postgres,
        };
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            TextWriter error = parseResult.InvocationConfiguration.Error;
            StoreChoice? choice = HostStore.Read(parseResult, db, postgres, error, out int exitCode);
            if (exitCode != ExitCodes.Success)
            {
                return exitCode;
            }
            choice ??= StoreChoice.Default;
            return WithStore(choice, new LocalDate(2026, 1, 1), error, provider =>
            {
                WriteOccurrences(choice, provider, output);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>Runs <c>contracts generate</c> against a store: the horizon once a day, then once more.</summary>
    public static int RunGenerate(StoreChoice choice, LocalDate today, int days, ContractPartition partition, bool asJson, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(output);
        bool bar = !asJson && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var clock = new MovingClock(today.AtStartOfDayInZone(Amsterdam).ToInstant());
        using ServiceProvider? provider = HostStore.Open(choice, clock, error);
        if (provider is null)
        {
            return ExitCodes.Refused;
        }
        try
        {
            StoredOutcome outcome = Generate(provider, clock, today, days, partition, bar);
            output.WriteLine(asJson ? ToJson(outcome) : ToText(outcome, today, days, partition, choice));
            return ExitCodes.Success;
        }
        catch (Exception exception) when (HostStore.IsStoreFailure(exception))
        {
            error.WriteLine(HostStore.Failure(choice, exception));
            return ExitCodes.Refused;
        }
    }

    /// <summary>Stores the contracts of <paramref name="seed"/> and the workflows they need; counts what was added.</summary>
    public static SeedOutcome Seed(IServiceProvider provider, int count, int seed, LocalDate start, bool progressBar)
    {
        ArgumentNullException.ThrowIfNull(provider);
        Instant now = start.AtStartOfDayInZone(Amsterdam).ToInstant();
        var workflows = provider.GetRequiredService<IWorkflowRepository>();
        foreach (Workflow workflow in ContractSeeder.Workflows(now))
        {
            if (workflows.GetAsync(workflow.Id, CancellationToken.None).GetAwaiter().GetResult() is null)
            {
                _ = workflows.AddAsync(workflow, CancellationToken.None).GetAwaiter().GetResult();
            }
        }
        var contracts = provider.GetRequiredService<IContractRepository>();
        int added = 0, stored = 0;
        void AddAll(Action tick)
        {
            foreach (Contract contract in ContractSeeder.Contracts(count, seed, start, now))
            {
                // The id is derived from the seed: a contract stored by an earlier run conflicts and is counted as there.
                if (contracts.AddAsync(contract, CancellationToken.None).GetAwaiter().GetResult().IsT0)
                {
                    added++;
                }
                else
                {
                    stored++;
                }
                tick();
            }
        }
        if (progressBar)
        {
            AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    ProgressTask task = context.AddTask("Storing contracts", maxValue: count);
                    AddAll(() => task.Increment(1));
                });
        }
        else
        {
            AddAll(static () => { });
        }
        return new SeedOutcome(added, stored);
    }

    /// <summary>Runs generation for every stored contract of the share, once a day over the horizon, then once more.</summary>
    public static StoredOutcome Generate(IServiceProvider provider, MovingClock clock, LocalDate today, int days, ContractPartition partition, bool progressBar)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(clock);
        var contracts = new PartitionedContractRepository(provider.GetRequiredService<IContractRepository>(), partition.Contains);
        var service = new ContractGenerationService(
            contracts,
            provider.GetRequiredService<IWorkOrderRepository>(),
            provider.GetRequiredService<IWorkflowRepository>(),
            clock,
            provider.GetService<IEmployeeAvailability>());
        var stopwatch = Stopwatch.StartNew();
        LocalDate to = today.PlusDays(days - 1);
        (int Created, int Existing) first = default, second = default;
        // The repository lists the same share the service generates for, and counts the contracts it listed.
        if (progressBar)
        {
            AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    ProgressTask daily = context.AddTask($"Daily runs ({days} days)", maxValue: 1);
                    ProgressTask rerun = context.AddTask("Rerun over the horizon", maxValue: 1);
                    first = RunHorizon(service, partition, clock, today, to, () => daily.Increment(1));
                    second = RunHorizon(service, partition, clock, today, to, () => rerun.Increment(1));
                });
        }
        else
        {
            first = RunHorizon(service, partition, clock, today, to, static () => { });
            second = RunHorizon(service, partition, clock, today, to, static () => { });
        }
        stopwatch.Stop();
        return new StoredOutcome(contracts.Seen, first.Created, first.Existing, second.Created, Math.Round(stopwatch.Elapsed.TotalSeconds, 3));
    }

    /// <summary>Writes one JSON line per stored generated work order, in occurrence-key order, streaming the rows.</summary>
    public static void WriteOccurrences(StoreChoice choice, IServiceProvider provider, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(output);
        using DbConnection connection = choice.SqliteFile is { } file
            ? new SqliteConnection(SqliteStorageOptions.FromFile(file).ConnectionString)
            : provider.GetRequiredService<NpgsqlDataSource>().CreateConnection();
        connection.Open();
        using DbCommand command = connection.CreateCommand();
        // The adapters' work_orders table keeps the occurrence key's text in a uniquely indexed column.
        // Ordered by the key's bytes on both databases (SQLite compares text bytewise; PostgreSQL is told to).
        command.CommandText = "SELECT occurrence_key, id FROM work_orders WHERE occurrence_key IS NOT NULL ORDER BY occurrence_key"
            + (choice.SqliteFile is null ? " COLLATE \"C\"" : "");
        using DbDataReader reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
        while (reader.Read())
        {
            string key = reader.GetString(0);
            object id = reader.GetValue(1);
            string workOrder = id is Guid guid ? guid.ToString("D", CultureInfo.InvariantCulture) : Guid.Parse((string)id, CultureInfo.InvariantCulture).ToString("D", CultureInfo.InvariantCulture);
            output.WriteLine(OccurrenceLine(key, workOrder));
        }
    }

    /// <summary>The JSON line of one occurrence: <c>{"key": "...", "workOrder": "...", "target": "YYYY-MM-DD"}</c>; the
    /// target is the key's date (<c>{contract}/{schedule}/{yyyy-MM-dd}[/{object}]</c>).</summary>
    public static string OccurrenceLine(string key, string workOrder)
    {
        ArgumentNullException.ThrowIfNull(key);
        string[] parts = key.Split('/');
        string target = parts.Length >= 3 ? parts[2] : "";
        return $"{{\"key\": {JsonSerializer.Serialize(key)}, \"workOrder\": {JsonSerializer.Serialize(workOrder)}, \"target\": {JsonSerializer.Serialize(target)}}}";
    }

    /// <summary>The JSON object of a stored run, exactly as the issue gives it.</summary>
    public static string ToJson(StoredOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"contracts\": {outcome.Contracts}, \"created\": {outcome.Created}, \"existing\": {outcome.Existing}, \"createdOnRerun\": {outcome.CreatedOnRerun}, \"seconds\": {outcome.Seconds.ToString("0.0##", CultureInfo.InvariantCulture)}}}");
    }

    /// <summary>Parses a yyyy-MM-dd option, writing DATE_INVALID when it is not one.</summary>
    public static LocalDate? ParseDate(string? text, string option, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var parsed = LocalDatePattern.Iso.Parse(text ?? "");
        if (parsed.Success)
        {
            return parsed.Value;
        }
        error.WriteLine($"DATE_INVALID: {option} must be a date such as 2026-12-01.");
        return null;
    }

    private static int WithStore(StoreChoice choice, LocalDate day, TextWriter error, Func<IServiceProvider, int> action)
    {
        var clock = new MovingClock(day.AtStartOfDayInZone(Amsterdam).ToInstant());
        using ServiceProvider? provider = HostStore.Open(choice, clock, error);
        if (provider is null)
        {
            return ExitCodes.Refused;
        }
        try
        {
            return action(provider);
        }
        catch (Exception exception) when (HostStore.IsStoreFailure(exception))
        {
            error.WriteLine(HostStore.Failure(choice, exception));
            return ExitCodes.Refused;
        }
    }

    private static (int Created, int Existing) RunHorizon(ContractGenerationService service, ContractPartition partition, MovingClock clock, LocalDate from, LocalDate to, Action tick)
    {
        // One run per day from 'from' through 'to', in order: RunDaysAsync gives exactly what the days one by one
        // would (work orders, markers, daily reports) while reading and saving each contract once.
        clock.Now = from.At(new LocalTime(5, 0)).InZoneLeniently(Amsterdam).ToInstant();
        int created = 0, existing = 0;
        foreach (GenerationReport report in service.RunDaysAsync(new DateInterval(from, to), partition, ContractSeeder.Generator, CancellationToken.None).GetAwaiter().GetResult())
        {
            created += report.Created;
            existing += report.AlreadyThere;
        }
        tick();
        return (created, existing);
    }

    private static string ToText(StoredOutcome o, LocalDate today, int days, ContractPartition partition, StoreChoice choice) => string.Create(CultureInfo.InvariantCulture,
        $"""
        {o.Contracts:N0} stored contracts{(partition.Count > 1 ? $" (share {partition})" : "")} in the {choice.Describe()}, daily runs {today:uuuu-MM-dd} to {today.PlusDays(days - 1):uuuu-MM-dd} ({days} days):
          created {o.Created:N0} work orders, already there {o.Existing:N0} (earlier runs or other hosts)
          rerun of the whole horizon: created {o.CreatedOnRerun:N0}
          {o.Seconds:0.000} s in all
        """);

    /// <summary>A clock the generation run moves from day to day.</summary>
    internal sealed class MovingClock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;
    }
}
