using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Benchmarks.Tasks;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>
/// "Which tasks are overdue?" through <see cref="ITaskRepository.FindOverdueAsync"/> over 100,000 stored tasks (the
/// tasks of <see cref="OverdueQueryBenchmarks"/>: a third due on a date, a third at a moment, a sixth without a due, a
/// sixth completed, dues spread over 60 days around the evaluation instant): the first page of 50 with its total count,
/// in SQLite and PostgreSQL beside the in-memory adapter. Target: within 50 ms a page. The setup seeds the tasks through
/// the port, runs <c>ANALYZE</c> (as a maintained database has its statistics) and writes the query plans of the
/// dialect's three statements to the log.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OverdueJobConfig))]
public class OverdueStorageBenchmarks
{
    private static readonly PageRequest FirstPage = PageRequest.First(50);

    private BenchmarkDatabases? _databases;
    private ITaskRepository? _repository;

    [GlobalSetup(Target = nameof(InMemory))]
    public void SetupInMemory() => SetupAsync(StoreKind.InMemory).GetAwaiter().GetResult();

    [GlobalSetup(Target = nameof(Sqlite))]
    public void SetupSqlite() => SetupAsync(StoreKind.Sqlite).GetAwaiter().GetResult();

    [GlobalSetup(Target = nameof(PostgreSql))]
    public void SetupPostgreSql() => SetupAsync(StoreKind.PostgreSql).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_databases is not null)
        {
            _databases.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The in-memory adapter's first page.</summary>
    [Benchmark(Baseline = true)]
    public Task<Page<FollowUpTask>> InMemory() => FirstPageAsync();

    /// <summary>The SQLite adapter's first page.</summary>
    [Benchmark]
    public Task<Page<FollowUpTask>> Sqlite() => FirstPageAsync();

    /// <summary>The PostgreSQL adapter's first page.</summary>
    [Benchmark]
    public Task<Page<FollowUpTask>> PostgreSql() => FirstPageAsync();

    private Task<Page<FollowUpTask>> FirstPageAsync() =>
        _repository!.FindOverdueAsync(OverdueQueryBenchmarks.Now, OverdueQueryBenchmarks.Amsterdam, FirstPage, CancellationToken.None);

    private async Task SetupAsync(StoreKind kind)
    {
        _databases = await BenchmarkDatabases.StartAsync(kind);
        BenchmarkDatabase? database = kind == StoreKind.InMemory ? null : await _databases.CreateAsync(kind, CancellationToken.None);
        _repository = database is null ? new InMemoryTaskRepository() : new RelationalTaskRepository(database.Store);
        await SeedAsync(_repository, kind, OverdueQueryBenchmarks.CreateTasks());
        if (database is not null)
        {
            await database.AnalyzeAsync(CancellationToken.None);
            Console.WriteLine(await ExplainAsync(database));
        }
        Page<FollowUpTask> page = await FirstPageAsync();
        Console.WriteLine($"// {kind}: {page.TotalCount} overdue tasks, first page of {page.Items.Count}");
    }

    /// <summary>Adds every task through the port; PostgreSQL with eight writers at once (its server takes them in
    /// parallel), SQLite with one (it has one writer).</summary>
    internal static async Task SeedAsync(ITaskRepository repository, StoreKind kind, IReadOnlyList<FollowUpTask> tasks)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = kind == StoreKind.PostgreSql ? 8 : 1 }, async (task, cancellationToken) =>
        {
            if (!(await repository.AddAsync(FollowUpTask.Rehydrate(task.ToSnapshot()), cancellationToken)).IsT0)
            {
                throw new InvalidOperationException($"Task {task.Id.Value} could not be added.");
            }
        });
        Console.WriteLine($"// {kind}: seeded {tasks.Count} tasks in {started.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The plans of the three statements of <see cref="RelationalTaskRepository.FindOverdueAsync"/>.</summary>
    internal static async Task<string> ExplainAsync(BenchmarkDatabase database)
    {
        Instant now = OverdueQueryBenchmarks.Now;
        string Text(string value) => $"'{value}'";
        var literals = new Dictionary<string, string>
        {
            ["today"] = Text(now.InZone(OverdueQueryBenchmarks.Amsterdam).Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)),
            ["before"] = Text(InstantKey(now - Duration.FromDays(1))),
            ["from"] = Text(InstantKey(now - Duration.FromDays(1))),
            ["to"] = Text(InstantKey(now + Duration.FromDays(1))),
            ["limit"] = "50",
        };
        SqlDialect dialect = database.Store.Dialect;
        var plans = new List<string>();
        foreach ((string name, string sql) in new[]
        {
            (nameof(dialect.SelectTasksDueBetween), dialect.SelectTasksDueBetween),
            (nameof(dialect.CountCertainlyOverdueTasks), dialect.CountCertainlyOverdueTasks),
            (nameof(dialect.SelectCertainlyOverdueTasks), dialect.SelectCertainlyOverdueTasks),
        })
        {
            plans.Add($"// {database.Kind} plan of {name}:{Environment.NewLine}{await database.ExplainAsync(sql, literals, CancellationToken.None)}");
        }
        return string.Join(Environment.NewLine, plans);
    }

    private static string InstantKey(Instant instant) =>
        NodaTime.Text.InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'").Format(instant);
}

/// <summary>
/// The overdue benchmark's job: BenchmarkDotNet's short run (3 warm-up and 3 measured iterations) in this process, with
/// a limit long enough for the setup to store 100,000 tasks through the adapter.
/// </summary>
public sealed class OverdueJobConfig : ManualConfig
{
    public OverdueJobConfig()
    {
        Add(new StorageBenchmarkConfig());
        AddJob(Job.ShortRun.WithToolchain(StorageBenchmarkConfig.LongInProcess).WithId("ShortInProcess"));
    }
}
