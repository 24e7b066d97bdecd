using System.Collections.Concurrent;
using System.Diagnostics;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.WorkOrders;
using Xunit;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// Many writers on few aggregates, for a while: every writer thread loops read-modify-save on the same tasks and work
/// orders; afterwards every acknowledged change must be stored and no other. A host team derives one sealed class,
/// returns repositories over one shared store from <see cref="CreateTaskRepository"/> and
/// <see cref="CreateWorkOrderRepository"/>, and may tune <see cref="Writers"/> and <see cref="RunFor"/>.
/// </summary>
/// <remarks>
/// <para>Each writer is a thread of its own (not a pool task) and gets its own repository instance, as separate hosts
/// would; all repositories of one test must share the stored data. A change is a comment (on a task) or a note (on a
/// work order) with a text unique to the writer and attempt. A save that returns <see cref="ConcurrencyConflict"/> is
/// counted and its change dropped; any other outcome fails the test.</para>
/// <para>The checks: each aggregate holds exactly the acknowledged changes, its version is one plus their number, and
/// the acknowledged saves plus the conflicts equal the attempts.</para>
/// </remarks>
public abstract class ConcurrentWritersContract
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 8, 0);
    private static readonly Actor Writer = Actor.Create(new EmployeeId(new Guid("10000000-0000-0000-0000-000000000009")), ActorChannel.MobileApp);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Gets how many writer threads run at once; 8 unless overridden.</summary>
    protected virtual int Writers => 8;

    /// <summary>Gets how long the writers keep writing; two seconds unless overridden.</summary>
    protected virtual Duration RunFor => Duration.FromSeconds(2);

    /// <summary>Gets how many aggregates the writers share; 3 unless overridden.</summary>
    protected virtual int Aggregates => 3;

    /// <summary>Returns a task repository over the test's shared store; called once per writer and once to check.</summary>
    /// <remarks>The first call of a test may start from an empty store; later calls of the same test must see what
    /// earlier ones stored.</remarks>
    protected abstract ITaskRepository CreateTaskRepository();

    /// <summary>Returns a work order repository over the test's shared store; called once per writer and once to check.</summary>
    /// <remarks>The first call of a test may start from an empty store; later calls of the same test must see what
    /// earlier ones stored.</remarks>
    protected abstract IWorkOrderRepository CreateWorkOrderRepository();

    /// <summary>Contract: SaveAsync: when many writers read, change and save the same tasks; every acknowledged change
    /// is stored and every other attempt got a conflict.</summary>
    [Fact]
    public async Task SaveAsync_WhenManyWritersChangeTheSameTasks_KeepsEveryAcknowledgedChangeAndOnlyThose()
    {
        ITaskRepository setup = CreateTaskRepository();
        TaskId[] ids = [.. Enumerable.Range(1, Aggregates).Select(i => new TaskId(TaskFixtures.NumberedGuid(7000 + i)))];
        foreach (TaskId id in ids)
        {
            Assert.True((await setup.AddAsync(TaskBuilder.ATask().WithId(id).Build(), Ct)).IsT0);
        }

        Outcome outcome = Run(CreateTaskRepository, async (repository, id, text) =>
        {
            FollowUpTask task = (await repository.GetAsync(new TaskId(id), Ct))!;
            task.Comment(text, Writer, T0);
            return await repository.SaveAsync(task, Ct);
        }, ids.Select(i => i.Value).ToArray());

        ITaskRepository check = CreateTaskRepository();
        foreach (TaskId id in ids)
        {
            FollowUpTask stored = (await check.GetAsync(id, Ct))!;
            var comments = stored.History.Where(e => e.Kind == TaskHistoryKind.Comment).Select(e => e.NewValue!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(outcome.Acknowledged[id.Value].Order(StringComparer.Ordinal), comments);
            Assert.Equal(AggregateVersion.From(1 + comments.Count), stored.Version);
        }
        outcome.AssertConsistent();
    }

    /// <summary>Contract: SaveAsync: when many writers read, change and save the same work orders; every acknowledged
    /// change is stored and every other attempt got a conflict.</summary>
    [Fact]
    public async Task SaveAsync_WhenManyWritersChangeTheSameWorkOrders_KeepsEveryAcknowledgedChangeAndOnlyThose()
    {
        IWorkOrderRepository setup = CreateWorkOrderRepository();
        WorkOrderId[] ids = [.. Enumerable.Range(1, Aggregates).Select(i => new WorkOrderId(TaskFixtures.NumberedGuid(8000 + i)))];
        foreach (WorkOrderId id in ids)
        {
            Assert.True((await setup.AddAsync(WorkOrderFixtures.Plan(id: id), Ct)).IsT0);
        }

        Outcome outcome = Run(CreateWorkOrderRepository, async (repository, id, text) =>
        {
            WorkOrder order = (await repository.GetAsync(new WorkOrderId(id), Ct))!;
            var noted = order.WriteNotes("leak-notes", text, WorkOrderFixtures.Actor, T0);
            Assert.True(noted.IsT0, "Writing a note must succeed.");
            return await repository.SaveAsync(order, Ct);
        }, ids.Select(i => i.Value).ToArray());

        IWorkOrderRepository check = CreateWorkOrderRepository();
        foreach (WorkOrderId id in ids)
        {
            WorkOrder stored = (await check.GetAsync(id, Ct))!;
            long acknowledged = outcome.Acknowledged[id.Value].Count;
            Assert.Equal(AggregateVersion.From(1 + acknowledged), stored.Version);
            if (acknowledged > 0)
            {
                string note = Assert.Single(stored.ToSnapshot().Notes, n => n.Key == "leak-notes").Value;
                Assert.Contains(note, outcome.Acknowledged[id.Value]);
            }
        }
        outcome.AssertConsistent();
    }

    private Outcome Run<TRepository>(
        Func<TRepository> create, Func<TRepository, Guid, string, Task<OneOf.OneOf<OneOf.Types.Success, ConcurrencyConflict>>> change, Guid[] ids)
    {
        var outcome = new Outcome(ids);
        var stopwatch = Stopwatch.StartNew();
        long runFor = (long)RunFor.TotalMilliseconds;
        var failures = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, Writers).Select(writer => new Thread(() =>
        {
            try
            {
                TRepository repository = create();
                for (int attempt = 0; stopwatch.ElapsedMilliseconds < runFor; attempt++)
                {
                    Guid id = ids[(writer + attempt) % ids.Length];
                    string text = $"writer {writer} attempt {attempt}";
                    var result = change(repository, id, text).GetAwaiter().GetResult();
                    outcome.Record(id, text, result.IsT0);
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(failures);
        return outcome;
    }

    private sealed class Outcome(Guid[] ids)
    {
        private readonly Lock _lock = new();
        private long _attempts;
        private long _conflicts;

        public Dictionary<Guid, List<string>> Acknowledged { get; } = ids.ToDictionary(id => id, _ => new List<string>());

        public void Record(Guid id, string text, bool acknowledged)
        {
            lock (_lock)
            {
                _attempts++;
                if (acknowledged)
                {
                    Acknowledged[id].Add(text);
                }
                else
                {
                    _conflicts++;
                }
            }
        }

        public void AssertConsistent()
        {
            long saved = Acknowledged.Values.Sum(list => (long)list.Count);
            TestContext.Current.TestOutputHelper?.WriteLine($"{_attempts} read-modify-save attempts: {saved} acknowledged, {_conflicts} conflicts.");
            Assert.True(saved > 0, "No save was acknowledged: the writers never got a change through.");
            Assert.Equal(_attempts, saved + _conflicts);
        }
    }
}
