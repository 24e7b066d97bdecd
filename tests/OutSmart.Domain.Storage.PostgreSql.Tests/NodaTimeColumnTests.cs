using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Npgsql;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;

namespace OutSmart.Domain.Storage.PostgreSql.Tests;

/// <summary>
/// The column types the adapter uses for NodaTime values give back exactly what was written: <c>timestamptz</c> for
/// instants, <c>date</c> for local dates, <c>timestamp</c> for local date-times, <c>time</c> for times of day,
/// <c>interval</c> for periods and <c>text</c> for zone ids.
/// </summary>
public sealed class NodaTimeColumnTests(PostgreSqlServerFixture server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Columns_WhenRandomValuesAreWritten_ReadBackUnchanged()
    {
        await using NpgsqlDataSource dataSource = PostgreSqlStorage.CreateDataSource(await server.CreateSchemaAsync("nodatime"));
        await using (NpgsqlCommand create = dataSource.CreateCommand(
            "CREATE TABLE noda (n int PRIMARY KEY, i timestamptz, d date, ldt timestamp, t time, p interval, z text)"))
        {
            await create.ExecuteNonQueryAsync(Ct);
        }
        var rows = Gen.Sample(Values(), 200).ToArray();
        rows[0] = (Instant.FromUtc(1, 1, 1, 0, 0), new LocalDate(1, 1, 1), new LocalDateTime(1, 1, 1, 0, 0), LocalTime.Midnight,
            Period.Zero, "Etc/UTC");
        rows[1] = (Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusTicks(9_999_990), new LocalDate(9999, 12, 31),
            new LocalDateTime(9999, 12, 31, 23, 59, 59).PlusTicks(9_999_990), LocalTime.FromTicksSinceMidnight(NodaConstants.TicksPerDay - 10),
            Period.FromYears(100) + Period.FromDays(-3) + Period.FromTicks(-10), "America/St_Johns");

        for (int n = 0; n < rows.Length; n++)
        {
            await using NpgsqlCommand insert = dataSource.CreateCommand("INSERT INTO noda VALUES ($1, $2, $3, $4, $5, $6, $7)");
            insert.Parameters.Add(new() { Value = n });
            insert.Parameters.Add(new() { Value = rows[n].Instant });
            insert.Parameters.Add(new() { Value = rows[n].Date });
            insert.Parameters.Add(new() { Value = rows[n].DateTime });
            insert.Parameters.Add(new() { Value = rows[n].Time });
            insert.Parameters.Add(new() { Value = rows[n].Period });
            insert.Parameters.Add(new() { Value = rows[n].Zone });
            await insert.ExecuteNonQueryAsync(Ct);
        }
        var read = new List<(Instant, LocalDate, LocalDateTime, LocalTime, Period, string)>();
        await using (NpgsqlCommand select = dataSource.CreateCommand("SELECT i, d, ldt, t, p, z FROM noda ORDER BY n"))
        await using (NpgsqlDataReader reader = await select.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                read.Add((reader.GetFieldValue<Instant>(0), reader.GetFieldValue<LocalDate>(1), reader.GetFieldValue<LocalDateTime>(2),
                    reader.GetFieldValue<LocalTime>(3), reader.GetFieldValue<Period>(4), reader.GetString(5)));
            }
        }

        Assert.Equal(rows.Length, read.Count);
        for (int n = 0; n < rows.Length; n++)
        {
            Assert.Equal(rows[n].Instant, read[n].Item1);
            Assert.Equal(rows[n].Date, read[n].Item2);
            Assert.Equal(rows[n].DateTime, read[n].Item3);
            Assert.Equal(rows[n].Time, read[n].Item4);
            Assert.Equal(Canonical(rows[n].Period), Canonical(read[n].Item5));
            Assert.NotNull(DateTimeZoneProviders.Tzdb.GetZoneOrNull(read[n].Item6));
        }
    }

    // An interval keeps months, days and microseconds: a period is compared in those three units.
    private static (long Months, long Days, long Nanoseconds) Canonical(Period period)
    {
        Period normal = period.Normalize();
        long nanoseconds = (((normal.Hours * 60L + normal.Minutes) * 60L + normal.Seconds) * 1000L + normal.Milliseconds) * 1_000_000L
            + normal.Ticks * 100L + normal.Nanoseconds;
        return (normal.Years * 12L + normal.Months, normal.Days, nanoseconds);
    }

    // PostgreSQL keeps microseconds: values are generated at that resolution, over the whole range of each type.
    private static Gen<(Instant Instant, LocalDate Date, LocalDateTime DateTime, LocalTime Time, Period Period, string Zone)> Values()
    {
        long minMicros = Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeTicks() / 10;
        long maxMicros = Instant.FromUtc(9999, 12, 31, 23, 59, 59).ToUnixTimeTicks() / 10;
        string[] zones = [.. DateTimeZoneProviders.Tzdb.Ids];
        return from micros in Gen.Choose(0, int.MaxValue).Two().Select(pair => minMicros + (long)((maxMicros - minMicros) * (pair.Item1 / (double)int.MaxValue)) + (pair.Item2 % 1000))
               let instant = Instant.FromUnixTimeTicks(Math.Min(micros, maxMicros) * 10)
               from timeMicros in Gen.Choose(0, 86_399_999).Select(ms => ms * 1000L + 999)
               from days in Gen.Choose(-100_000, 100_000)
               from months in Gen.Choose(-1200, 1200)
               from zone in Gen.Elements(zones)
               select (instant, instant.InUtc().Date, instant.InUtc().LocalDateTime, LocalTime.FromTicksSinceMidnight(timeMicros * 10),
                   Period.FromMonths(months) + Period.FromDays(days) + Period.FromTicks(timeMicros * 10), zone);
    }
}
