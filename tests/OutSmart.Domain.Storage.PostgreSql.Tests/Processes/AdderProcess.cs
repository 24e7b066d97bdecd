using System.Globalization;
using Npgsql;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Testing;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.Processes;

/// <summary>
/// The child of the kill test: adds tasks 1 … N (each with an owner and three assignees, so each is one task row and
/// four employee rows in one transaction), skipping those already stored, and prints <c>added I</c> after each.
/// </summary>
internal static class AdderProcess
{
    /// <summary>The first argument that starts the assembly as an adder.</summary>
    public const string Verb = "--outsmart-pg-adder";

    /// <summary>The assignees every added task has besides its owner.</summary>
    public static readonly EmployeeId[] Assignees =
    [
        new(new Guid("20000000-0000-0000-0000-000000000001")),
        new(new Guid("20000000-0000-0000-0000-000000000002")),
        new(new Guid("20000000-0000-0000-0000-000000000003")),
    ];

    /// <summary>Gets the id of task <paramref name="number"/>.</summary>
    public static TaskId Id(int number) => new(new Guid($"30000000-0000-0000-0000-{number:000000000000}"));

    /// <summary>Builds the arguments of one run.</summary>
    public static string[] Arguments(string connectionString, int count) =>
        [Verb, connectionString, count.ToString(CultureInfo.InvariantCulture)];

    /// <summary>Runs the adder; returns the process exit code (0, or 1 on any failure, printed as <c>error …</c>).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            int count = int.Parse(args[1], CultureInfo.InvariantCulture);
            await using NpgsqlDataSource dataSource = PostgreSqlStorage.CreateDataSource(args[0]);
            var repository = new RelationalTaskRepository(PostgreSqlStorage.CreateStore(dataSource, PostgreSqlStores.Clock));
            for (int number = 1; number <= count; number++)
            {
                FollowUpTask task = TaskBuilder.ATask().WithId(Id(number)).AssignedTo(Assignees).Build();
                var added = await repository.AddAsync(task, CancellationToken.None);
                Console.Out.WriteLine(added.IsT0 ? $"added {number}" : $"existing {number}");
            }
            Console.Out.WriteLine("done");
            return 0;
        }
        catch (Exception exception)
        {
            Console.Out.WriteLine($"error {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
