using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OutSmart.Domain.TestSupport;

namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>
/// The storage benchmarks' configuration: when PostgreSQL is not installed, the PostgreSQL cases (a method named
/// <c>…PostgreSql…</c> or a <see cref="StoreKind.PostgreSql"/> parameter) are left out with a one-line reason instead of
/// failing; the SQLite and in-memory cases still run.
/// </summary>
public sealed class StorageBenchmarkConfig : ManualConfig
{
    internal const string PostgreSqlMissing =
        "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin and OUTSMART_PG_BIN unset): the PostgreSQL storage cases are skipped.";

    private static int _reported;

    public StorageBenchmarkConfig()
    {
        // Building the generated benchmark project references every storage package; on a shared, loaded machine
        // that outlasts the default two minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        if (PostgreSqlTestServer.FindBinDirectory() is null)
        {
            if (Interlocked.Exchange(ref _reported, 1) == 0)
            {
                Console.WriteLine(PostgreSqlMissing);
            }
            AddFilter(new SimpleFilter(benchmarkCase => !IsPostgreSql(benchmarkCase)));
        }
    }

    /// <summary>Runs a benchmark in this process with a 40-minute limit: the in-process default of five minutes is less
    /// than storing 100,000 tasks or 10,000 contracts through the adapter on a loaded machine.</summary>
    internal static readonly InProcessEmitToolchain LongInProcess = new(TimeSpan.FromMinutes(40), logOutput: true);

    internal static bool IsPostgreSql(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.WorkloadMethod.Name.Contains(nameof(StoreKind.PostgreSql), StringComparison.Ordinal)
        || benchmarkCase.Parameters.Items.Any(parameter => parameter.Value is StoreKind.PostgreSql);
}
