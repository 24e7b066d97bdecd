using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>What a task and a work order hold, generated over the whole range of NodaTime values the domain accepts.</summary>
public sealed record StoredValues(Instant CreatedAt, LocalDateTime DueLocal, string ZoneId, LocalDate Start, Duration ReminderBefore, string Text, decimal Quantity)
{
    public override string ToString() =>
        $"created {CreatedAt}, due {DueLocal} {ZoneId}, start {Start}, reminder {ReminderBefore}, text '{Text}', quantity {Quantity}";
}

public static class StoredValuesArbitraries
{
    private static readonly string[] ZoneIds = [.. DateTimeZoneProviders.Tzdb.Ids];

    public static Arbitrary<StoredValues> Values() =>
        (from seconds in Gen.Choose(-2_000_000_000, 2_000_000_000)
         from nanos in Gen.Choose(0, 999_999_999)
         from dueDays in Gen.Choose(0, 3650)
         from dueNanos in Gen.Choose(0, 86_399).Select(s => (long)s * 1_000_000_000)
         from dueFraction in Gen.Choose(0, 999_999_999)
         from zoneId in Gen.Elements(ZoneIds)
         from reminderMinutes in Gen.Choose(1, 100_000)
         from text in ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => s.Get)
         from units in Gen.Choose(1, int.MaxValue)
         from scale in Gen.Choose(0, 10)
         from startBefore in Gen.Choose(0, 30)
         let created = Instant.FromUnixTimeSeconds(seconds * 2L) + Duration.FromNanoseconds(nanos)
         let due = new LocalDate(2000, 1, 1).PlusDays(dueDays).AtMidnight().PlusNanoseconds(dueNanos + dueFraction)
         select new StoredValues(
             created,
             due,
             zoneId,
             due.Date.PlusDays(-startBefore),
             Duration.FromMinutes(reminderMinutes),
             text,
             new decimal(units, 0, 0, false, (byte)scale))).ToArbitrary();
}

/// <summary>A database file that is closed and opened again gives back every stored value, to the nanosecond and the
/// last decimal digit.</summary>
public sealed class SqliteRoundTripTests : IDisposable
{
    private static readonly Actor Office = Actor.Create(new EmployeeId(new Guid("10000000-0000-0000-0000-000000000001")), ActorChannel.BackOffice);
    private static int _next;
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Property(Arbitrary = [typeof(StoredValuesArbitraries)], MaxTest = 60)]
    public void GetAsync_WhenTheDatabaseIsReopened_ReturnsEveryTaskValueUnchanged(StoredValues values)
    {
        var id = new TaskId(new Guid($"{Interlocked.Increment(ref _next):D8}-0000-0000-0000-000000000001"));
        string text = values.Text.Trim().Length == 0 ? "x" : values.Text;
        FollowUpTask task = FollowUpTask.Create(
            id,
            TaskTitle.Create(text).Match(t => t, _ => TaskTitle.Create("fallback").AsT0, _ => TaskTitle.Create("fallback").AsT0),
            TaskDescription.Create(text).Match(d => d, _ => TaskDescription.Empty),
            TaskParticipants.Create(Office.EmployeeId, []).AsT0,
            TaskSchedule.Create(values.Start, TaskDue.At(values.DueLocal, DateTimeZoneProviders.Tzdb[values.ZoneId])).AsT0,
            TaskPriority.High,
            TaskDevicePolicy.AllowAll,
            Office,
            values.CreatedAt).AsT0;
        task.AddReminder(TaskReminder.Before(values.ReminderBefore), Office, values.CreatedAt);
        task.Comment(text, Office, values.CreatedAt + Duration.FromNanoseconds(1));
        TaskSnapshot added = task.ToSnapshot();
        Assert.True(new RelationalTaskRepository(_database.OpenStore()).AddAsync(task, TestContext.Current.CancellationToken).GetAwaiter().GetResult().IsT0);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        FollowUpTask? read = new RelationalTaskRepository(_database.OpenStore()).GetAsync(id, TestContext.Current.CancellationToken).GetAwaiter().GetResult();

        Assert.NotNull(read);
        Assert.Equal(added.WithVersion(AggregateVersion.From(1)), read.ToSnapshot());
    }

    [Property(Arbitrary = [typeof(StoredValuesArbitraries)], MaxTest = 40)]
    public void GetAsync_WhenTheDatabaseIsReopened_ReturnsEveryWorkOrderValueUnchanged(StoredValues values)
    {
        int n = Interlocked.Increment(ref _next);
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[values.ZoneId];
        var workflow = Workflow.Draft(new WorkflowId(new Guid($"{n:D8}-0000-0000-0000-000000000002")), "Visit", 1, false, Office, values.CreatedAt);
        workflow.AddStep(WorkflowStep.Simple("materials", "Materials", StepKind.Materials, Requirement.Required), Office, values.CreatedAt);
        workflow.Publish(Office, values.CreatedAt);
        var id = new WorkOrderId(new Guid($"{n:D8}-0000-0000-0000-000000000003"));
        WorkOrder order = WorkOrder.Plan(id, "WO-1", new CustomerId(new Guid("22222222-2222-2222-2222-222222222222")), null,
            // A contract per case: the cases share one database, and two of them may draw the same start date.
            WorkOrderOrigin.FromContractOccurrence(OccurrenceKey.Create(new ContractId(new Guid($"{n:D8}-0000-0000-0000-000000000006")), "monthly", values.Start)),
            WorkOrderSchedule.At(values.DueLocal, zone), workflow, WorkOrderPolicy.Default, Office, values.CreatedAt);
        Assert.True(order.AddMaterial(MaterialLine.Create("A-1", "Part", values.Quantity, "pcs"), Office, values.CreatedAt).IsT0);
        WorkOrderSnapshot added = order.ToSnapshot();
        Assert.True(new RelationalWorkOrderRepository(_database.OpenStore()).AddAsync(order, TestContext.Current.CancellationToken).GetAwaiter().GetResult().IsT0);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        WorkOrder? read = new RelationalWorkOrderRepository(_database.OpenStore()).GetAsync(id, TestContext.Current.CancellationToken).GetAwaiter().GetResult();

        Assert.NotNull(read);
        Assert.Equal(added.WithVersion(AggregateVersion.From(1)), read.ToSnapshot());
        Assert.Equal(added.Materials[0].Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            read.ToSnapshot().Materials[0].Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
