using NodaTime;
using OutSmart.Domain.Abstractions;

using OutSmart.Domain.Tasks;
using Xunit;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// The contract every <see cref="ITaskRepository"/> adapter must pass. A host team references the
/// <c>OutSmart.Domain.Storage.Testing</c> package from its adapter's xUnit v3 test project, derives one sealed class
/// from this one, returns a fresh, empty repository from <see cref="CreateRepository"/> and runs the tests.
/// </summary>
/// <remarks>
/// The suite knows nothing about any adapter: it uses only the port, the domain and the test data builders. It covers
/// reading, adding and saving (with the stored state compared snapshot for snapshot), a duplicate add, version
/// conflicts, a race of two saves of the same loaded version, each query's fixed order (creation instant, then id) and
/// paging boundaries, cancellation, and isolation (the adapter stores a copy, never the caller's instance).
/// </remarks>
public abstract class TaskRepositoryContract
{
    private static readonly Instant T0 = TaskFixtures.Now;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    protected abstract ITaskRepository CreateRepository();

    // Arranges a new repository that holds the tasks, added in order; each add must succeed.
    private async Task<ITaskRepository> CreateRepositoryWithAsync(params FollowUpTask[] tasks)
    {
        var repository = CreateRepository();
        foreach (FollowUpTask stored in tasks)
        {
            Assert.True((await repository.AddAsync(stored, Ct)).IsT0);
        }
        return repository;
    }

    /// <summary>Contract: GetAsync: when missing; returns null.</summary>
    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var repository = CreateRepository();

        var task = await repository.GetAsync(TaskFixtures.Task1, Ct);

        Assert.Null(task);
    }

    /// <summary>Contract: AddAsync: when new; stores the task at version one.</summary>
    [Fact]
    public async Task AddAsync_WhenNew_StoresTheTaskAtVersionOne()
    {
        var repository = CreateRepository();
        var task = TaskFixtures.Rich(TaskFixtures.Task1, T0);
        var expected = task.ToSnapshot();

        var result = await repository.AddAsync(task, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(1), task.Version);
        var stored = await repository.GetAsync(TaskFixtures.Task1, Ct);
        Assert.NotNull(stored);
        Assert.Equal(AggregateVersion.From(1), stored.Version);
        Assert.Equal(expected.WithVersion(AggregateVersion.From(1)), stored.ToSnapshot());
    }

    /// <summary>Contract: AddAsync: when id is already stored; returns concurrency conflict.</summary>
    [Fact]
    public async Task AddAsync_WhenIdIsAlreadyStored_ReturnsConcurrencyConflict()
    {
        var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().WithId(TaskFixtures.Task1).Build());
        var duplicate = TaskBuilder.ATask().WithId(TaskFixtures.Task1).WithTitle("Another").Build();

        var result = await repository.AddAsync(duplicate, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal(TaskFixtures.Task1.Value, conflict.Id);
        Assert.Equal(AggregateVersion.New, conflict.Expected);
        Assert.Equal(AggregateVersion.From(1), conflict.Actual);
        Assert.Equal(AggregateVersion.New, duplicate.Version);
        Assert.Equal("Call back about the boiler", (await repository.GetAsync(TaskFixtures.Task1, Ct))!.Title.Value);
    }

    /// <summary>Contract: AddAsync: when task was saved before; throws.</summary>
    [Fact]
    public async Task AddAsync_WhenTaskWasSavedBefore_Throws()
    {
        var repository = CreateRepository();
        var task = TaskBuilder.ATask().Build();
        await repository.AddAsync(task, Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => repository.AddAsync(task, Ct));
    }

    /// <summary>Contract: SaveAsync: when version matches; stores changes and moves to the next version.</summary>
    [Fact]
    public async Task SaveAsync_WhenVersionMatches_StoresChangesAndMovesToTheNextVersion()
    {
        var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().Build());
        var task = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
        task.Start(TaskFixtures.Mobile, T0);

        var result = await repository.SaveAsync(task, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(2), task.Version);
        var stored = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
        Assert.Equal(FollowUpTaskStatus.InProgress, stored.Status);
        Assert.Equal(AggregateVersion.From(2), stored.Version);
        Assert.Equal(task.ToSnapshot(), stored.ToSnapshot());
        Assert.Empty(stored.DomainEvents);
    }

    /// <summary>Contract: SaveAsync: when saved twice in a row; succeeds.</summary>
    [Fact]
    public async Task SaveAsync_WhenSavedTwiceInARow_Succeeds()
    {
        var repository = CreateRepository();
        var task = TaskBuilder.ATask().Build();
        await repository.AddAsync(task, Ct);
        task.Start(TaskFixtures.Mobile, T0);
        await repository.SaveAsync(task, Ct);
        task.ChangeProgress(50, TaskFixtures.Mobile, T0);

        var result = await repository.SaveAsync(task, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(50, (await repository.GetAsync(TaskFixtures.Task1, Ct))!.Progress);
    }

    /// <summary>Contract: SaveAsync: when someone saved first; returns concurrency conflict and keeps their change.</summary>
    [Fact]
    public async Task SaveAsync_WhenSomeoneSavedFirst_ReturnsConcurrencyConflictAndKeepsTheirChange()
    {
        var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().Build());
        var mine = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
        var theirs = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
        theirs.Start(TaskFixtures.Mobile, T0);
        await repository.SaveAsync(theirs, Ct);
        mine.Stop("Not needed", TaskFixtures.Office, T0);

        var result = await repository.SaveAsync(mine, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal(AggregateVersion.From(1), conflict.Expected);
        Assert.Equal(AggregateVersion.From(2), conflict.Actual);
        Assert.Equal(AggregateVersion.From(1), mine.Version);
        Assert.Equal(FollowUpTaskStatus.InProgress, (await repository.GetAsync(TaskFixtures.Task1, Ct))!.Status);
    }

    /// <summary>Contract: SaveAsync: when never added; returns concurrency conflict without actual version.</summary>
    [Fact]
    public async Task SaveAsync_WhenNeverAdded_ReturnsConcurrencyConflictWithoutActualVersion()
    {
        var repository = CreateRepository();
        var task = TaskBuilder.ATask().Build();

        var result = await repository.SaveAsync(task, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Null(conflict.Actual);
        Assert.Null(await repository.GetAsync(TaskFixtures.Task1, Ct));
    }

    /// <summary>Contract: GetAsync: when the returned task changes; storage does not change until saved.</summary>
    [Fact]
    public async Task GetAsync_WhenTheReturnedTaskChanges_StorageDoesNotChangeUntilSaved()
    {
        var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().Build());
        var first = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;

        first.Start(TaskFixtures.Mobile, T0);
        first.AddLink(TaskFixtures.Customer, TaskFixtures.Office, T0);
        var second = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;

        Assert.NotSame(first, second);
        Assert.Equal(FollowUpTaskStatus.NotStarted, second.Status);
        Assert.Empty(second.Links);
    }

    /// <summary>Contract: AddAsync: when the added task changes afterwards; storage keeps the added state.</summary>
    [Fact]
    public async Task AddAsync_WhenTheAddedTaskChangesAfterwards_StorageKeepsTheAddedState()
    {
        var repository = CreateRepository();
        var task = TaskBuilder.ATask().Build();
        await repository.AddAsync(task, Ct);

        task.Start(TaskFixtures.Mobile, T0);

        Assert.Equal(FollowUpTaskStatus.NotStarted, (await repository.GetAsync(TaskFixtures.Task1, Ct))!.Status);
    }

    /// <summary>Contract: FindByEmployeeAsync: when owner or assignee; lists the task in creation order.</summary>
    [Fact]
    public async Task FindByEmployeeAsync_WhenOwnerOrAssignee_ListsTheTaskInCreationOrder()
    {
        var repository = await CreateRepositoryWithAsync(
            TaskBuilder.ATask().WithId(TaskFixtures.Task3).CreatedAt(T0).OwnedBy(TaskFixtures.Owner).AssignedTo().Build(),
            TaskBuilder.ATask().WithId(TaskFixtures.Task1).CreatedAt(T0 + Duration.FromMinutes(1)).OwnedBy(TaskFixtures.Planner).AssignedTo(TaskFixtures.Owner).Build(),
            TaskBuilder.ATask().WithId(TaskFixtures.Task2).CreatedAt(T0).OwnedBy(TaskFixtures.Planner).AssignedTo(TaskFixtures.Technician).Build());

        var page = await repository.FindByEmployeeAsync(TaskFixtures.Owner, PageRequest.First(10), Ct);

        Assert.Equal([TaskFixtures.Task3, TaskFixtures.Task1], page.Items.Select(t => t.Id));
        Assert.Equal(2, page.TotalCount);
        Assert.False(page.HasMore);
    }

    /// <summary>Contract: FindByEmployeeAsync: when same creation instant; orders by id.</summary>
    [Fact]
    public async Task FindByEmployeeAsync_WhenSameCreationInstant_OrdersById()
    {
        var repository = await CreateRepositoryWithAsync(
            TaskBuilder.ATask().WithId(TaskFixtures.Task3).Build(),
            TaskBuilder.ATask().WithId(TaskFixtures.Task1).Build(),
            TaskBuilder.ATask().WithId(TaskFixtures.Task2).Build());

        var page = await repository.FindByEmployeeAsync(TaskFixtures.Owner, PageRequest.First(10), Ct);

        Assert.Equal([TaskFixtures.Task1, TaskFixtures.Task2, TaskFixtures.Task3], page.Items.Select(t => t.Id));
    }

    /// <summary>Contract: FindByEmployeeAsync: when paged; returns each task once across pages.</summary>
    [Fact]
    public async Task FindByEmployeeAsync_WhenPaged_ReturnsEachTaskOnceAcrossPages()
    {
        var repository = CreateRepository();
        for (int i = 1; i <= 7; i++)
        {
            await repository.AddAsync(TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(i))).CreatedAt(T0 + Duration.FromMinutes(i)).Build(), Ct);
        }

        var first = await repository.FindByEmployeeAsync(TaskFixtures.Technician, PageRequest.First(3), Ct);
        var second = await repository.FindByEmployeeAsync(TaskFixtures.Technician, first.Request.Next(), Ct);
        var third = await repository.FindByEmployeeAsync(TaskFixtures.Technician, second.Request.Next(), Ct);

        Assert.Equal(7, first.TotalCount);
        Assert.True(first.HasMore);
        Assert.True(second.HasMore);
        Assert.False(third.HasMore);
        Assert.Equal(
            Enumerable.Range(1, 7).Select(i => new TaskId(TaskFixtures.NumberedGuid(i))),
            first.Items.Concat(second.Items).Concat(third.Items).Select(t => t.Id));
    }

    /// <summary>Contract: FindByEmployeeAsync: when offset is past the end; returns an empty page with the total.</summary>
    [Fact]
    public async Task FindByEmployeeAsync_WhenOffsetIsPastTheEnd_ReturnsAnEmptyPageWithTheTotal()
    {
        var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().Build());

        var page = await repository.FindByEmployeeAsync(TaskFixtures.Owner, PageRequest.Create(5, 10), Ct);

        Assert.Empty(page.Items);
        Assert.Equal(1, page.TotalCount);
    }

    /// <summary>Contract: FindOverdueAsync: lists only open tasks whose due has passed.</summary>
    [Fact]
    public async Task FindOverdueAsync_ListsOnlyOpenTasksWhoseDueHasPassed()
    {
        var repository = CreateRepository();
        var now = Instant.FromUtc(2026, 3, 10, 12, 0);
        await repository.AddAsync(TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(1))).DueOn(new LocalDate(2026, 3, 9)).Build(), Ct);
        await repository.AddAsync(TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(2))).DueOn(new LocalDate(2026, 3, 10)).Build(), Ct);
        await repository.AddAsync(TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(3))).DueAt(now - Duration.FromMinutes(1), TaskFixtures.NewYork).InStatus(FollowUpTaskStatus.InProgress).Build(), Ct);
        await repository.AddAsync(TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(4))).DueAt(now + Duration.FromMinutes(1), TaskFixtures.NewYork).Build(), Ct);
        await repository.AddAsync(TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(5))).DueOn(new LocalDate(2026, 3, 1)).InStatus(FollowUpTaskStatus.Completed).Build(), Ct);
        await repository.AddAsync(TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(6))).DueOn(new LocalDate(2026, 3, 1)).InStatus(FollowUpTaskStatus.Stopped).Build(), Ct);
        await repository.AddAsync(TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(7))).Build(), Ct);

        var page = await repository.FindOverdueAsync(now, TaskFixtures.Amsterdam, PageRequest.First(10), Ct);

        Assert.Equal([TaskFixtures.NumberedGuid(1), TaskFixtures.NumberedGuid(3)], page.Items.Select(t => t.Id.Value));
        Assert.All(page.Items, t => Assert.True(t.IsOverdue(now, TaskFixtures.Amsterdam)));
    }

    /// <summary>Contract: FindOverdueAsync: when due date; judges the day in the evaluation zone.</summary>
    [Theory]
    // 23:30 UTC on 28 March 2026 is 00:30 on 29 March in Amsterdam (CET), but still 28 March in New York.
    [InlineData("Europe/Amsterdam", true)]
    [InlineData("America/New_York", false)]
    public async Task FindOverdueAsync_WhenDueDate_JudgesTheDayInTheEvaluationZone(string zoneId, bool overdue)
    {
        var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().DueOn(new LocalDate(2026, 3, 28)).Build());

        var page = await repository.FindOverdueAsync(Instant.FromUtc(2026, 3, 28, 23, 30), DateTimeZoneProviders.Tzdb[zoneId], PageRequest.First(10), Ct);

        Assert.Equal(overdue ? 1 : 0, page.TotalCount);
    }

    /// <summary>Contract: FindByLinkAsync: lists tasks linked to the record in any status.</summary>
    [Fact]
    public async Task FindByLinkAsync_ListsTasksLinkedToTheRecordInAnyStatus()
    {
        var repository = CreateRepository();
        var linked = TaskBuilder.ATask().WithId(TaskFixtures.Task1).Build();
        linked.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, T0);
        linked.AddLink(TaskFixtures.Customer, TaskFixtures.Office, T0);
        var closed = TaskBuilder.ATask().WithId(TaskFixtures.Task2).CreatedAt(T0 + Duration.FromHours(1)).Build();
        closed.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, T0);
        closed.Stop(null, TaskFixtures.Office, T0);
        closed.Close(TaskFixtures.Office, T0);
        var other = TaskBuilder.ATask().WithId(TaskFixtures.Task3).Build();
        other.AddLink(TaskFixtures.Invoice, TaskFixtures.Office, T0);
        await repository.AddAsync(linked, Ct);
        await repository.AddAsync(closed, Ct);
        await repository.AddAsync(other, Ct);

        var page = await repository.FindByLinkAsync(TaskFixtures.WorkOrder, PageRequest.First(10), Ct);

        Assert.Equal([TaskFixtures.Task1, TaskFixtures.Task2], page.Items.Select(t => t.Id));
    }

    /// <summary>Contract: FindByLinkAsync: when same id but other kind; does not match.</summary>
    [Fact]
    public async Task FindByLinkAsync_WhenSameIdButOtherKind_DoesNotMatch()
    {
        var repository = CreateRepository();
        var task = TaskBuilder.ATask().Build();
        task.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, T0);
        await repository.AddAsync(task, Ct);

        var page = await repository.FindByLinkAsync(RecordLink.Create(RecordKind.Invoice, TaskFixtures.WorkOrder.Id), PageRequest.First(10), Ct);

        Assert.Empty(page.Items);
    }

    /// <summary>Contract: SaveAsync: when many writers race on one task; exactly one wins each version.</summary>
    [Fact]
    public async Task SaveAsync_WhenManyWritersRaceOnOneTask_ExactlyOneWinsEachVersion()
    {
        var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().Build());
        var copies = new List<FollowUpTask>();
        for (int i = 0; i < 8; i++)
        {
            var copy = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
            copy.Comment($"Writer {i}", TaskFixtures.Office, T0);
            copies.Add(copy);
        }

        var results = await Task.WhenAll(copies.Select(c => Task.Run(() => repository.SaveAsync(c, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        Assert.Equal(AggregateVersion.From(2), (await repository.GetAsync(TaskFixtures.Task1, Ct))!.Version);
    }

    /// <summary>Contract: AddAsync: when many threads add; stores every task.</summary>
    [Fact]
    public async Task AddAsync_WhenManyThreadsAdd_StoresEveryTask()
    {
        var repository = CreateRepository();
        var tasks = Enumerable.Range(1, 200)
            .Select(i => TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(i))).CreatedAt(T0 + Duration.FromSeconds(i)).Build())
            .ToList();

        await Task.WhenAll(tasks.Select(t => Task.Run(() => repository.AddAsync(t, Ct), Ct)));

        var page = await repository.FindByEmployeeAsync(TaskFixtures.Owner, PageRequest.First(1000), Ct);
        Assert.Equal(200, page.TotalCount);
        Assert.Equal(tasks.Select(t => t.Id), page.Items.Select(t => t.Id));
    }

    /// <summary>Contract: GetAsync: when cancelled; throws.</summary>
    [Fact]
    public async Task GetAsync_WhenCancelled_Throws()
    {
        var repository = CreateRepository();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.GetAsync(TaskFixtures.Task1, cancelled.Token));
    }

    /// <summary>Contract: AddAsync: when cancelled; throws and stores nothing.</summary>
    [Fact]
    public async Task AddAsync_WhenCancelled_ThrowsAndStoresNothing()
    {
        var repository = CreateRepository();
        var task = TaskBuilder.ATask().Build();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.AddAsync(task, cancelled.Token));

        Assert.Equal(AggregateVersion.New, task.Version);
        Assert.Null(await repository.GetAsync(TaskFixtures.Task1, Ct));
    }

    /// <summary>Contract: SaveAsync: when cancelled; throws and keeps the stored state.</summary>
    [Fact]
    public async Task SaveAsync_WhenCancelled_ThrowsAndKeepsTheStoredState()
    {
        var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().Build());
        var task = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
        task.Start(TaskFixtures.Mobile, T0);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.SaveAsync(task, cancelled.Token));

        Assert.Equal(AggregateVersion.From(1), task.Version);
        var stored = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
        Assert.Equal((FollowUpTaskStatus.NotStarted, AggregateVersion.From(1)), (stored.Status, stored.Version));
    }

    /// <summary>Contract: Query: when cancelled; throws.</summary>
    [Theory]
    [InlineData(Query.ByEmployee)]
    [InlineData(Query.Overdue)]
    [InlineData(Query.ByLink)]
    public async Task Query_WhenCancelled_Throws(Query query)
    {
        var repository = await CreateRepositoryWithAsync(Matching(query, 1, T0));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Find(repository, query, PageRequest.First(10), cancelled.Token));
    }

    /// <summary>Contract: SaveAsync: when the saved task changes afterwards; storage keeps the saved state.</summary>
    [Fact]
    public async Task SaveAsync_WhenTheSavedTaskChangesAfterwards_StorageKeepsTheSavedState()
    {
        var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().Build());
        var task = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
        task.Start(TaskFixtures.Mobile, T0);
        await repository.SaveAsync(task, Ct);
        var saved = task.ToSnapshot();

        task.ChangeProgress(70, TaskFixtures.Mobile, T0);
        task.AddLink(TaskFixtures.Customer, TaskFixtures.Office, T0);
        task.Comment("Changed after saving", TaskFixtures.Mobile, T0);

        Assert.Equal(saved, (await repository.GetAsync(TaskFixtures.Task1, Ct))!.ToSnapshot());
    }

    /// <summary>Contract: AddAsync: when the added rich task changes afterwards; storage keeps every added value.</summary>
    [Fact]
    public async Task AddAsync_WhenTheAddedRichTaskChangesAfterwards_StorageKeepsEveryAddedValue()
    {
        var repository = CreateRepository();
        var task = TaskFixtures.Rich(TaskFixtures.Task1, T0);
        await repository.AddAsync(task, Ct);
        var added = task.ToSnapshot();

        task.Complete(TaskFixtures.Office, T0);
        task.AddChecklistItem("Changed after adding", TaskFixtures.Office, T0);

        Assert.Equal(added, (await repository.GetAsync(TaskFixtures.Task1, Ct))!.ToSnapshot());
    }

    /// <summary>Contract: GetAsync: when due is a local time in a dst gap; returns the same local time not a resolved instant.</summary>
    [Fact]
    public async Task GetAsync_WhenDueIsALocalTimeInADstGap_ReturnsTheSameLocalTimeNotAResolvedInstant()
    {
        // 02:30 on 29 March 2026 does not exist in Amsterdam. An adapter that stored the resolved instant would read
        // 03:30 back; the due must come back as stored: 02:30 in Europe/Amsterdam.
        var repository = CreateRepository();
        var due = TaskDue.At(new LocalDateTime(2026, 3, 29, 2, 30), TaskFixtures.Amsterdam);
        await repository.AddAsync(TaskBuilder.ATask().Build().Also(t => t.Reschedule(TaskSchedule.DueOn(due), TaskDevicePolicy.AllowAll, TaskFixtures.Office, T0)), Ct);

        var stored = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;

        Assert.Equal(due, stored.Due);
        Assert.Equal(new LocalDateTime(2026, 3, 29, 2, 30), stored.Due!.Moment!.LocalDateTime);
    }

    /// <summary>Contract: SaveAsync: when two copies of the same version are saved at once; exactly one succeeds.</summary>
    [Fact]
    public async Task SaveAsync_WhenTwoCopiesOfTheSameVersionAreSavedAtOnce_ExactlyOneSucceeds()
    {
        for (int round = 0; round < 20; round++)
        {
            var repository = await CreateRepositoryWithAsync(TaskBuilder.ATask().Build());
            var first = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
            var second = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
            first.Start(TaskFixtures.Mobile, T0);
            second.Stop("Not needed", TaskFixtures.Office, T0);
            using var bothReady = new Barrier(2);

            var results = await Task.WhenAll(
                Task.Run(() => { bothReady.SignalAndWait(Ct); return repository.SaveAsync(first, Ct); }, Ct),
                Task.Run(() => { bothReady.SignalAndWait(Ct); return repository.SaveAsync(second, Ct); }, Ct));

            Assert.Equal(1, results.Count(r => r.IsT0));
            var loser = results.Single(r => r.IsT1).AsT1;
            Assert.Equal((AggregateVersion.From(1), AggregateVersion.From(2)), (loser.Expected, loser.Actual));
            var winner = results[0].IsT0 ? first : second;
            var stored = (await repository.GetAsync(TaskFixtures.Task1, Ct))!;
            Assert.Equal(winner.ToSnapshot(), stored.ToSnapshot());
            Assert.Equal(AggregateVersion.From(1), (results[0].IsT0 ? second : first).Version);
        }
    }

    /// <summary>Contract: Query: when paged; returns every match once in creation then id order.</summary>
    [Theory]
    [InlineData(Query.ByEmployee)]
    [InlineData(Query.Overdue)]
    [InlineData(Query.ByLink)]
    public async Task Query_WhenPaged_ReturnsEveryMatchOnceInCreationThenIdOrder(Query query)
    {
        var repository = CreateRepository();
        // Seven matches: numbers 1-7, where 2, 3 and 4 share a creation instant (so the id decides), added out of order.
        int[] addOrder = [5, 3, 7, 1, 4, 6, 2];
        foreach (int n in addOrder)
        {
            Instant created = T0 + Duration.FromMinutes(n is 2 or 3 or 4 ? 2 : n);
            await repository.AddAsync(Matching(query, n, created), Ct);
        }
        await repository.AddAsync(NotMatching(query, 50), Ct);
        await repository.AddAsync(NotMatching(query, 51), Ct);
        var expected = Enumerable.Range(1, 7).Select(n => new TaskId(TaskFixtures.NumberedGuid(n))).ToList();

        var first = await Find(repository, query, PageRequest.First(3), Ct);
        var second = await Find(repository, query, first.Request.Next(), Ct);
        var third = await Find(repository, query, second.Request.Next(), Ct);
        var past = await Find(repository, query, third.Request.Next(), Ct);
        var all = await Find(repository, query, PageRequest.First(7), Ct);
        var lastOne = await Find(repository, query, PageRequest.Create(6, 5), Ct);

        Assert.Equal(expected, first.Items.Concat(second.Items).Concat(third.Items).Select(t => t.Id));
        Assert.Equal([3, 3, 1, 0], new[] { first, second, third, past }.Select(p => p.Items.Count));
        Assert.Equal([true, true, false, false], new[] { first, second, third, past }.Select(p => p.HasMore));
        Assert.All(new[] { first, second, third, past, all, lastOne }, p => Assert.Equal(7, p.TotalCount));
        Assert.Equal(expected, all.Items.Select(t => t.Id));
        Assert.False(all.HasMore);
        Assert.Equal([expected[6]], lastOne.Items.Select(t => t.Id));
    }

    /// <summary>Contract: Query: when nothing matches; returns an empty page.</summary>
    [Theory]
    [InlineData(Query.ByEmployee)]
    [InlineData(Query.Overdue)]
    [InlineData(Query.ByLink)]
    public async Task Query_WhenNothingMatches_ReturnsAnEmptyPage(Query query)
    {
        var repository = await CreateRepositoryWithAsync(NotMatching(query, 50));

        var page = await Find(repository, query, PageRequest.First(10), Ct);

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalCount);
        Assert.False(page.HasMore);
    }

    /// <summary>Contract: Query: returns items that cannot be changed through a cast and tasks that are not stored.</summary>
    [Theory]
    [InlineData(Query.ByEmployee)]
    [InlineData(Query.Overdue)]
    [InlineData(Query.ByLink)]
    public async Task Query_ReturnsItemsThatCannotBeChangedThroughACastAndTasksThatAreNotStored(Query query)
    {
        var repository = await CreateRepositoryWithAsync(
            Matching(query, 1, T0),
            Matching(query, 2, T0));

        var page = await Find(repository, query, PageRequest.First(10), Ct);
        page.Items[0].Comment("Changed on a query result", TaskFixtures.Mobile, T0);

        Assert.False(page.Items is IList<FollowUpTask> { IsReadOnly: false }, "A page must not hand out a writable list.");
        Assert.Equal(AggregateVersion.From(1), page.Items[0].Version);
        Assert.DoesNotContain((await repository.GetAsync(page.Items[0].Id, Ct))!.History, e => e.Kind == TaskHistoryKind.Comment);
    }

    /// <summary>The three paged queries of the port.</summary>
    public enum Query
    {
        /// <summary><see cref="ITaskRepository.FindByEmployeeAsync"/>.</summary>
        ByEmployee,

        /// <summary><see cref="ITaskRepository.FindOverdueAsync"/>.</summary>
        Overdue,

        /// <summary><see cref="ITaskRepository.FindByLinkAsync"/>.</summary>
        ByLink,
    }

    private static readonly Instant QueryNow = Instant.FromUtc(2026, 3, 10, 12, 0);

    private static Task<Page<FollowUpTask>> Find(ITaskRepository repository, Query query, PageRequest page, CancellationToken cancellationToken) => query switch
    {
        Query.ByEmployee => repository.FindByEmployeeAsync(TaskFixtures.Planner, page, cancellationToken),
        Query.Overdue => repository.FindOverdueAsync(QueryNow, TaskFixtures.Amsterdam, page, cancellationToken),
        _ => repository.FindByLinkAsync(TaskFixtures.Invoice, page, cancellationToken),
    };

    // A task number n that the query finds: Planner takes part, or it is overdue at QueryNow, or it links to the invoice.
    private static FollowUpTask Matching(Query query, int n, Instant created)
    {
        var builder = TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(n))).CreatedAt(created);
        return query switch
        {
            Query.ByEmployee => (n % 2 == 0 ? builder.OwnedBy(TaskFixtures.Planner) : builder.AssignedTo(TaskFixtures.Planner)).Build(),
            Query.Overdue => (n % 2 == 0
                ? builder.DueOn(new LocalDate(2026, 3, 9))
                : builder.DueAt(QueryNow - Duration.FromMinutes(n), TaskFixtures.NewYork)).Build(),
            _ => builder.Build().Also(t => t.AddLink(TaskFixtures.Invoice, TaskFixtures.Office, created)),
        };
    }

    // A task number n that the query does not find, though it is close: another employee, due today or completed, another link.
    private static FollowUpTask NotMatching(Query query, int n)
    {
        var builder = TaskBuilder.ATask().WithId(new TaskId(TaskFixtures.NumberedGuid(n))).CreatedAt(T0);
        return query switch
        {
            Query.ByEmployee => builder.OwnedBy(TaskFixtures.Owner).AssignedTo(TaskFixtures.Technician).Build(),
            Query.Overdue => (n % 2 == 0
                ? builder.DueOn(new LocalDate(2026, 3, 10))
                : builder.DueOn(new LocalDate(2026, 3, 1)).InStatus(FollowUpTaskStatus.Completed)).Build(),
            _ => builder.Build().Also(t => t.AddLink(RecordLink.Create(RecordKind.Quote, TaskFixtures.Invoice.Id), TaskFixtures.Office, T0)),
        };
    }
}
