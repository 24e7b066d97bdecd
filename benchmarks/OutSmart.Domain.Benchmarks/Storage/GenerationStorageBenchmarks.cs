using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using NodaTime;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>
/// Generating 10,000 contracts × 30 days into each store, as <c>contracts generate</c> does: the
/// <see cref="ContractGenerationService"/> run once a day over 30 days, then once more over the whole horizon (which
/// must create nothing). Each iteration starts from a fresh database holding the <see cref="GenerationFixture"/>'s
/// contracts and workflows (stored in the iteration setup, not measured). Target: within 10 s into SQLite or PostgreSQL.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GenerationJobConfig))]
public class GenerationStorageBenchmarks
{
    private readonly MovingClock _clock = new();
    private BenchmarkDatabases? _databases;
    private BenchmarkDatabase? _database;
    private ContractGenerationService? _service;
    private GenerationTotals? _last;

    [GlobalSetup(Target = nameof(InMemory))]
    public void SetupInMemory() => _databases = BenchmarkDatabases.Start(StoreKind.InMemory);

    [GlobalSetup(Target = nameof(Sqlite))]
    public void SetupSqlite() => _databases = BenchmarkDatabases.Start(StoreKind.Sqlite);

    [GlobalSetup(Target = nameof(PostgreSql))]
    public void SetupPostgreSql() => _databases = BenchmarkDatabases.Start(StoreKind.PostgreSql);

    [IterationSetup(Target = nameof(InMemory))]
    public void FreshInMemory() => FreshAsync(StoreKind.InMemory).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(Sqlite))]
    public void FreshSqlite() => FreshAsync(StoreKind.Sqlite).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(PostgreSql))]
    public void FreshPostgreSql() => FreshAsync(StoreKind.PostgreSql).GetAwaiter().GetResult();

    [IterationCleanup]
    public void DropDatabase()
    {
        if (_last is { } totals)
        {
            Console.WriteLine($"// {totals}");
            if (totals.CreatedOnRerun != 0)
            {
                throw new InvalidOperationException($"The rerun created {totals.CreatedOnRerun} work orders; generation must create each occurrence once.");
            }
        }
        if (_database is not null)
        {
            _databases!.DropAsync(_database).GetAwaiter().GetResult();
            _database = null;
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _databases?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Into the in-memory adapter.</summary>
    [Benchmark(Baseline = true)]
    public Task<GenerationTotals> InMemory() => GenerateAsync();

    /// <summary>Into SQLite on a temporary file.</summary>
    [Benchmark]
    public Task<GenerationTotals> Sqlite() => GenerateAsync();

    /// <summary>Into PostgreSQL on the throwaway local server.</summary>
    [Benchmark]
    public Task<GenerationTotals> PostgreSql() => GenerateAsync();

    private async Task<GenerationTotals> GenerateAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        (int created, int existing) = await RunHorizonAsync();
        (int createdOnRerun, int existingOnRerun) = await RunHorizonAsync();
        _last = new GenerationTotals(created, existing, createdOnRerun, existingOnRerun, started.Elapsed.TotalSeconds);
        return _last;
    }

    private async Task<(int Created, int Existing)> RunHorizonAsync()
    {
        // The 30 daily runs in one pass (RunDaysAsync: the same work orders and daily reports as the days one by
        // one, each contract read and saved once), as `contracts generate` against a store runs them.
        _clock.Now = GenerationFixture.RunInstant(GenerationFixture.FirstDay);
        var days = new DateInterval(GenerationFixture.FirstDay, GenerationFixture.FirstDay.PlusDays(GenerationFixture.Days - 1));
        int created = 0, existing = 0;
        foreach (GenerationReport report in await _service!.RunDaysAsync(days, ContractPartition.All, GenerationFixture.Generator, CancellationToken.None))
        {
            created += report.Created;
            existing += report.AlreadyThere;
        }
        return (created, existing);
    }

    private async Task FreshAsync(StoreKind kind)
    {
        _last = null;
        IContractRepository contracts;
        IWorkOrderRepository workOrders;
        IWorkflowRepository workflows;
        if (kind == StoreKind.InMemory)
        {
            contracts = new InMemoryContractRepository();
            workOrders = new InMemoryWorkOrderRepository();
            workflows = new InMemoryWorkflowRepository();
        }
        else
        {
            _database = await _databases!.CreateAsync(kind, CancellationToken.None);
            contracts = new RelationalContractRepository(_database.Store);
            workOrders = new RelationalWorkOrderRepository(_database.Store);
            workflows = new RelationalWorkflowRepository(_database.Store);
        }
        foreach (Workflow workflow in GenerationFixture.CreateWorkflows())
        {
            Require((await workflows.AddAsync(workflow, CancellationToken.None)).IsT0);
        }
        await Parallel.ForEachAsync(GenerationFixture.CreateContracts(), new ParallelOptions { MaxDegreeOfParallelism = kind == StoreKind.PostgreSql ? 8 : 1 },
            async (contract, cancellationToken) => Require((await contracts.AddAsync(contract, cancellationToken)).IsT0));
        if (_database is not null)
        {
            await _database.AnalyzeAsync(CancellationToken.None);
        }
        _service = new ContractGenerationService(contracts, workOrders, workflows, _clock, null);
    }

    private static void Require(bool stored)
    {
        if (!stored)
        {
            throw new InvalidOperationException("The benchmark could not store its fixture.");
        }
    }

    private sealed class MovingClock : IClock
    {
        public Instant Now { get; set; } = GenerationFixture.CreatedAt;

        public Instant GetCurrentInstant() => Now;
    }
}

/// <summary>
/// The generation benchmark's one job: three measured iterations, no warm-up (an operation takes seconds and each needs a
/// fresh database), run in process (each iteration's setup stores the fixture through the same adapter the run uses).
/// </summary>
public sealed class GenerationJobConfig : ManualConfig
{
    public GenerationJobConfig()
    {
        Add(new StorageBenchmarkConfig());
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithIterationCount(3).WithWarmupCount(0)
            .WithToolchain(StorageBenchmarkConfig.LongInProcess).WithId("Monitoring3"));
    }
}

/// <summary>What one generation benchmark operation did.</summary>
/// <param name="Created">Work orders created by the daily runs.</param>
/// <param name="Existing">Occurrences the daily runs found there already.</param>
/// <param name="CreatedOnRerun">Work orders created by the rerun of the horizon: zero when generation is exactly once.</param>
/// <param name="ExistingOnRerun">Occurrences the rerun found there already.</param>
/// <param name="Seconds">The wall-clock seconds of both passes.</param>
public sealed record GenerationTotals(int Created, int Existing, int CreatedOnRerun, int ExistingOnRerun, double Seconds);
