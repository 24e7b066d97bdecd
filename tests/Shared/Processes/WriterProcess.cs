using System.Diagnostics;
using System.Globalization;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.TestSupport.Processes;

/// <summary>
/// One writer of the separate-process concurrency test, run in a child process: it opens its own store, says
/// <c>ready</c>, waits for <c>go</c> on standard input, then loops read-comment-save over the given tasks for the
/// given time, printing <c>ack ID TEXT</c> for every acknowledged save and <c>conflict ID</c> for every
/// <see cref="ConcurrencyConflict"/>, and finally <c>done ATTEMPTS</c>.
/// </summary>
public static class WriterProcess
{
    /// <summary>The first argument that starts the assembly as a writer.</summary>
    public const string Verb = "--outsmart-writer";

    private static readonly Actor Writer = Actor.Create(new EmployeeId(new Guid("10000000-0000-0000-0000-000000000019")), ActorChannel.MobileApp);
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 8, 0);

    /// <summary>Builds the arguments of one writer.</summary>
    /// <param name="location">The database location, for the project's <see cref="OpenChildStore"/>.</param>
    /// <param name="writer">The writer's number.</param>
    /// <param name="runForMilliseconds">How long it writes after <c>go</c>.</param>
    /// <param name="ids">The tasks it changes, in turn.</param>
    /// <returns>The arguments.</returns>
    public static string[] Arguments(string location, int writer, int runForMilliseconds, IEnumerable<TaskId> ids) =>
        [Verb, location, writer.ToString(CultureInfo.InvariantCulture), runForMilliseconds.ToString(CultureInfo.InvariantCulture),
            string.Join(',', ids.Select(id => id.Value.ToString("D")))];

    /// <summary>Runs one writer; returns the process exit code (0, or 1 on any failure, printed as <c>error …</c>).</summary>
    /// <param name="args">The arguments after <see cref="Verb"/>.</param>
    /// <param name="open">Opens the store.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, OpenChildStore open)
    {
        try
        {
            int writer = int.Parse(args[1], CultureInfo.InvariantCulture);
            long runFor = long.Parse(args[2], CultureInfo.InvariantCulture);
            TaskId[] ids = [.. args[3].Split(',').Select(id => new TaskId(Guid.Parse(id)))];
            await using ChildStore store = open(args[0]);
            var repository = new RelationalTaskRepository(store.Store);
            _ = await repository.GetAsync(ids[0], CancellationToken.None); // connected and migrated before the start
            Console.Out.WriteLine("ready");
            Console.Out.Flush();
            if (Console.In.ReadLine() != "go")
            {
                return 1;
            }
            var stopwatch = Stopwatch.StartNew();
            int attempt = 0;
            for (; stopwatch.ElapsedMilliseconds < runFor; attempt++)
            {
                TaskId id = ids[(writer + attempt) % ids.Length];
                string text = $"process {writer} attempt {attempt}";
                FollowUpTask task = (await repository.GetAsync(id, CancellationToken.None))!;
                if (!task.Comment(text, Writer, T0).IsT0)
                {
                    throw new InvalidOperationException("Commenting must succeed.");
                }
                var saved = await repository.SaveAsync(task, CancellationToken.None);
                Console.Out.WriteLine(saved.IsT0 ? $"ack {id.Value:D} {text}" : $"conflict {id.Value:D}");
            }
            Console.Out.WriteLine($"done {attempt}");
            return 0;
        }
        catch (Exception exception)
        {
            Console.Out.WriteLine($"error {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
