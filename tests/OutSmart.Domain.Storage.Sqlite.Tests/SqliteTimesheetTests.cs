using Microsoft.Data.Sqlite;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Timesheets;
using static OutSmart.Domain.Storage.Testing.TimesheetFixtures;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>What the SQLite schema itself enforces and how it stores timesheets: the rules hold for any writer, money
/// is exact text, and the queries run on their indexes in the port's order.</summary>
public sealed class SqliteTimesheetTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    public static TheoryData<string, string> Queries => new()
    {
        { nameof(SqlDialect.SelectTimesheetEntriesByEmployee), "ix_timesheet_entries_employee" },
        { nameof(SqlDialect.SelectTimesheetEntriesByStatus), "ix_timesheet_entries_status" },
        { nameof(SqlDialect.StreamTimesheetEntriesByStatus), "ix_timesheet_entries_status" },
        { nameof(SqlDialect.SelectTimesheetEntryByImportKey), "ux_timesheet_entries_import_key" },
        { nameof(SqlDialect.SelectTimesheetPeriodsOverlapping), "ix_timesheet_periods" },
        { nameof(SqlDialect.SelectExportBatchesByPeriod), "ix_export_batches" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task QueryPlan_OfATimesheetQuery_SearchesItsIndexWithoutSortingInMemory(string query, string index)
    {
        await _database.OpenStore().MigrateAsync(Ct);
        string sql = (string)typeof(SqlDialect).GetProperty(query)!.GetValue(SqliteDialect.Instance)!;

        List<string> plan = await PlanAsync(sql);

        Assert.Contains(plan, step => step.Contains(index, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN timesheet_entries", StringComparison.Ordinal) && !step.Contains("INDEX", StringComparison.Ordinal));
        if (query.Contains("Entries", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Insert_OfAnOverlappingPeriodBySql_IsRefusedByTheDatabase()
    {
        var repository = new RelationalTimesheetPeriodRepository(_database.OpenStore());
        Assert.True((await repository.AddAsync(WeekPeriod(1, Monday), Ct)).IsT0);

        var refused = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(
            "INSERT INTO timesheet_periods (id, version, first_day, last_day, is_closed, snapshot) VALUES ('x', 1, '2026-11-22', '2026-11-28', 0, '{}')"));

        Assert.True(SqliteDialect.Instance.IsPeriodOverlapViolation(refused));
        Assert.False(SqliteDialect.Instance.IsUniqueViolation(refused));
    }

    [Fact]
    public async Task Snapshot_OfAnEntryWithMoney_KeepsEveryAmountAsExactDecimalText()
    {
        var repository = new RelationalTimesheetEntryRepository(_database.OpenStore());
        var expense = Register(1, TimesheetEntryContent.ForExpense(Monday, ExpenseClaim.Create(Money.FromEuros(1234.50m), "Parts")));
        Assert.True((await repository.AddAsync(expense, Ct)).IsT0);

        string json = (string)(await ScalarAsync("SELECT snapshot FROM timesheet_entries"))!;

        Assert.Contains("\"amount\":\"1234.50\"", json, StringComparison.Ordinal);
    }

    private async Task<List<string>> PlanAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.Options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (string name in new[] { "id", "employee", "status", "first", "last", "limit", "offset", "import_key" })
        {
            if (sql.Contains("@" + name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue("@" + name, name is "limit" or "offset" ? 10 : "x");
            }
        }
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            steps.Add(reader.GetString(3));
        }
        return steps;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.Options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.Options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
