using BenchmarkDotNet.Attributes;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Benchmarks.Tasks;

/// <summary>
/// "Which tasks are overdue?" over 100,000 tasks held in memory: a third due on a date, a third at a moment, a sixth
/// without a due, and a sixth completed; dues are spread over 60 days around the evaluation instant.
/// </summary>
[MemoryDiagnoser]
public class OverdueQueryBenchmarks
{
    internal const int TaskCount = 100_000;

    internal static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    internal static readonly Instant Now = Instant.FromUtc(2026, 3, 30, 10, 0);
    private static readonly FollowUpTask[] Tasks = CreateTasks();
    private static readonly InMemoryTaskRepository Repository = CreateRepository();
    private static readonly PageRequest FirstPage = PageRequest.First(50);

    /// <summary>The domain rule alone: <see cref="FollowUpTask.IsOverdue"/> on every task.</summary>
    [Benchmark(Baseline = true)]
    public int CountOverdueAggregates()
    {
        int count = 0;
        foreach (FollowUpTask task in Tasks)
        {
            if (task.IsOverdue(Now, Amsterdam))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The storage port: the first page of 50 overdue tasks, ordered, with the total count.</summary>
    [Benchmark]
    public Page<FollowUpTask> FindOverdueFirstPage() =>
        Repository.FindOverdueAsync(Now, Amsterdam, FirstPage, CancellationToken.None).GetAwaiter().GetResult();

    internal static FollowUpTask[] CreateTasks()
    {
        var owner = new EmployeeId(new Guid(1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]));
        var actor = Actor.Create(owner, ActorChannel.System);
        var participants = TaskParticipants.Create(owner).AsT0;
        var title = TaskTitle.Create("Follow up").AsT0;
        Instant created = Now - Duration.FromDays(90);
        var tasks = new FollowUpTask[TaskCount];
        for (int i = 0; i < TaskCount; i++)
        {
            int dayOffset = (i % 61) - 30;
            TaskSchedule schedule = (i % 6) switch
            {
                0 or 1 => TaskSchedule.DueOn(TaskDue.OnDate(Now.InZone(Amsterdam).Date.PlusDays(dayOffset))),
                2 or 3 => TaskSchedule.DueOn(TaskDue.At(Now.InZone(Amsterdam).LocalDateTime.PlusHours(dayOffset * 24L + (i % 24)), Amsterdam)),
                4 => TaskSchedule.None,
                _ => TaskSchedule.DueOn(TaskDue.OnDate(Now.InZone(Amsterdam).Date.PlusDays(dayOffset))),
            };
            var id = new TaskId(new Guid(i + 1, 0, 0, [1, 0, 0, 0, 0, 0, 0, 0]));
            var task = FollowUpTask.Create(id, title, TaskDescription.Empty, participants, schedule, TaskPriority.Normal, TaskDevicePolicy.AllowAll, actor, created + Duration.FromSeconds(i)).AsT0;
            if (i % 6 == 5)
            {
                task.Start(actor, created);
                task.Complete(actor, created);
            }
            task.ClearDomainEvents();
            tasks[i] = task;
        }
        return tasks;
    }

    private static InMemoryTaskRepository CreateRepository()
    {
        var repository = new InMemoryTaskRepository();
        foreach (FollowUpTask task in Tasks)
        {
            repository.AddAsync(FollowUpTask.Rehydrate(task.ToSnapshot()), CancellationToken.None).GetAwaiter().GetResult();
        }
        return repository;
    }
}
