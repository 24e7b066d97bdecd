using Microsoft.Data.Sqlite;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>The contract queries run on indexes: SQLite's query plan for each searches or walks an index, never the
/// bare table.</summary>
public sealed class SqliteContractQueryPlanTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    public static TheoryData<string, string> Queries => new()
    {
        { nameof(SqlDialect.SelectContractsGenerating), "ix_contracts_window" },
        { nameof(SqlDialect.CountContractsGenerating), "ix_contracts_generating" },
        { nameof(SqlDialect.SelectContractsByCustomer), "ix_contracts_customer" },
        { nameof(SqlDialect.CountContractsByCustomer), "ix_contracts_customer" },
        { nameof(SqlDialect.SelectContract), "sqlite_autoindex_contracts_1" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task ContractQuery_WhenPlanned_UsesItsIndex(string query, string index)
    {
        await _database.OpenStore().MigrateAsync(TestContext.Current.CancellationToken);
        string sql = (string)typeof(SqliteDialect).GetProperty(query)!.GetValue(SqliteDialect.Instance)!;

        List<string> plan = await PlanAsync(sql);

        Assert.NotEmpty(plan);
        Assert.All(plan, step => Assert.Contains($"INDEX {index}", step, StringComparison.Ordinal));
    }

    private async Task<List<string>> PlanAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.Options.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (string name in new[] { "id", "from", "to", "customer", "limit", "offset" })
        {
            command.Parameters.AddWithValue("@" + name, name is "limit" or "offset" ? 10 : "x");
        }
        var steps = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            steps.Add(reader.GetString(3));
        }
        return steps;
    }
}
