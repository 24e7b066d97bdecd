using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>
/// Saving and loading one aggregate through its storage port, per store and aggregate, each beside its hand-written
/// floor (<see cref="RowFloor"/>: one raw statement writing or reading the same JSON text on one open connection with the
/// adapter's session settings; for the in-memory adapter, a dictionary holding the snapshot). <see cref="Save"/> is the
/// port's versioned update of the unchanged aggregate (a new connection from the pool, the session settings, a write
/// transaction, the version-checked <c>UPDATE</c>, the side rows, the JSON written); <see cref="Load"/> is
/// <c>GetAsync</c> (a pooled connection, the <c>SELECT</c>, the JSON read and the snapshot rehydrated and validated).
/// The ratio column is the port over its floor.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(StorageBenchmarkConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class AggregateStorageBenchmarks
{
    private BenchmarkDatabases? _databases;
    private StoredAggregate? _aggregate;
    private RowFloor? _floor;

    [Params(StoreKind.InMemory, StoreKind.Sqlite, StoreKind.PostgreSql)]
    public StoreKind Store { get; set; }

    [Params(StoredAggregateKind.Task, StoredAggregateKind.WorkOrder, StoredAggregateKind.Workflow, StoredAggregateKind.Contract)]
    public StoredAggregateKind Aggregate { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>The floor of a save: one raw <c>UPDATE</c> of the same JSON text (a dictionary write in memory).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Save")]
    public Task<int> FloorSave() => _floor!.SaveAsync(CancellationToken.None);

    /// <summary>The port's <c>SaveAsync</c> of the unchanged aggregate.</summary>
    [Benchmark]
    [BenchmarkCategory("Save")]
    public Task<bool> Save() => _aggregate!.SaveAsync(CancellationToken.None);

    /// <summary>The floor of a load: one raw <c>SELECT</c> of the JSON text (a dictionary read in memory).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Load")]
    public Task<object?> FloorLoad() => _floor!.LoadAsync(CancellationToken.None);

    /// <summary>The port's <c>GetAsync</c>: a new aggregate rehydrated from the stored snapshot.</summary>
    [Benchmark]
    [BenchmarkCategory("Load")]
    public Task<object?> Load() => _aggregate!.LoadAsync(CancellationToken.None);

    private async Task SetupAsync()
    {
        _databases = await BenchmarkDatabases.StartAsync(Store);
        BenchmarkDatabase? database = Store == StoreKind.InMemory ? null : await _databases.CreateAsync(Store, CancellationToken.None);
        _aggregate = await StoredAggregate.AddAsync(Aggregate, database?.Store, CancellationToken.None);
        _floor = await RowFloor.CreateAsync(database, _aggregate, CancellationToken.None);
    }

    private async Task CleanupAsync()
    {
        if (_floor is not null)
        {
            await _floor.DisposeAsync();
        }
        if (_databases is not null)
        {
            await _databases.DisposeAsync();
        }
    }
}
