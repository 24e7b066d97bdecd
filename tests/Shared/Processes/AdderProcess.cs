using System.Globalization;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.TestSupport.Processes;

/// <summary>
/// The child of the kill test: adds tasks 1 … N (each with an owner and three assignees, so each is one task row and
/// four employee rows in one transaction), skipping those already stored, and prints <c>added I</c> (or
/// <c>existing I</c>) after each and <c>done</c> at the end.
/// </summary>
public static class AdderProcess
{
    /// <summary>The first argument that starts the assembly as an adder.</summary>
    public const string Verb = "--outsmart-adder";

    /// <summary>The assignees every added task has besides its owner.</summary>
    public static readonly EmployeeId[] Assignees =
    [
        new(new Guid("20000000-0000-0000-0000-000000000001")),
        new(new Guid("20000000-0000-0000-0000-000000000002")),
        new(new Guid("20000000-0000-0000-0000-000000000003")),
    ];

    /// <summary>Gets the id of task <paramref name="number"/>.</summary>
    /// <param name="number">The task's number, from 1.</param>
    /// <returns>The id.</returns>
    public static TaskId Id(int number) => new(new Guid($"30000000-0000-0000-0000-{number:000000000000}"));

    /// <summary>Builds the arguments of one run.</summary>
    /// <param name="location">The database location, for the project's <see cref="OpenChildStore"/>.</param>
    /// <param name="count">How many tasks to add.</param>
    /// <returns>The arguments.</returns>
    public static string[] Arguments(string location, int count) =>
        [Verb, location, count.ToString(CultureInfo.InvariantCulture)];

    /// <summary>Runs the adder; returns the process exit code (0, or 1 on any failure, printed as <c>error …</c>).</summary>
    /// <param name="args">The arguments after <see cref="Verb"/>.</param>
    /// <param name="open">Opens the store.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, OpenChildStore open)
    {
        try
        {
            int count = int.Parse(args[1], CultureInfo.InvariantCulture);
            await using ChildStore store = open(args[0]);
            var repository = new RelationalTaskRepository(store.Store);
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
