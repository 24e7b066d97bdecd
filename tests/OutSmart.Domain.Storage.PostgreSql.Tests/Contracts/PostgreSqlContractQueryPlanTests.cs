using System.Data.Common;
using Npgsql;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.Contracts;

/// <summary>The contract queries can run on indexes: with sequential scans priced out (an empty table would otherwise
/// always be scanned), PostgreSQL's plan for each reads an index of the <c>contracts</c> table.</summary>
public sealed class PostgreSqlContractQueryPlanTests(PostgreSqlServerFixture server) : IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "contract_plans");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    public static TheoryData<string, string> Queries => new()
    {
        { nameof(SqlDialect.SelectContractsGenerating), "contracts_pkey|contracts_generating" },
        { nameof(SqlDialect.CountContractsGenerating), "contracts_generating" },
        { nameof(SqlDialect.SelectContractsByCustomer), "contracts_customer" },
        { nameof(SqlDialect.CountContractsByCustomer), "contracts_customer" },
        { nameof(SqlDialect.SelectContract), "contracts_pkey" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    /// <param name="query">The dialect member.</param>
    /// <param name="index">The index (or indexes, separated by <c>|</c>) the plan may read.</param>
    public async Task ContractQuery_WhenPlanned_ReadsAnIndex(string query, string index)
    {
        var ct = TestContext.Current.CancellationToken;
        NpgsqlDataSource dataSource = _stores.CreateDataSource();
        await PostgreSqlStorage.CreateStore(dataSource, PostgreSqlStores.Clock).MigrateAsync(ct);
        string sql = (string)typeof(PostgreSqlDialect).GetProperty(query)!.GetValue(PostgreSqlDialect.Instance)!;
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(ct);
        await using (NpgsqlCommand off = new("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync(ct);
        }
        await using DbCommand explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN " + sql;
        foreach ((string name, object value) in new (string, object)[]
        {
            ("id", "c0000000-0000-0000-0000-000000000001"), ("from", "2026-03-01"), ("to", "2026-03-31"), ("customer", "c1000000-0000-0000-0000-000000000001"),
            ("limit", 10L), ("offset", 0L),
        })
        {
            DbParameter parameter = explain.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            explain.Parameters.Add(parameter);
        }
        var plan = new List<string>();
        await using (DbDataReader reader = await explain.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                plan.Add(reader.GetString(0));
            }
        }

        string text = string.Join(Environment.NewLine, plan);
        Assert.True(index.Split('|').Any(i => text.Contains($" using {i} ", StringComparison.Ordinal) || text.Contains($" on {i} ", StringComparison.Ordinal)), text);
        Assert.DoesNotContain("Seq Scan", text, StringComparison.Ordinal);
    }
}
