using NodaTime;
using OutSmart.Domain.Abstractions;

using OutSmart.Domain.WorkOrders;
using Xunit;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// The contract every <see cref="IWorkflowRepository"/> adapter must pass. A host team references the
/// <c>OutSmart.Domain.Storage.Testing</c> package from its adapter's xUnit v3 test project, derives one sealed class
/// from this one, returns a fresh, empty repository from <see cref="CreateRepository"/> and runs the tests.
/// </summary>
public abstract class WorkflowRepositoryContract
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 11, 20, 9, 0);
    private static readonly Actor Planner = WorkflowFixtures.Planner;
    private static readonly WorkflowId Boiler1 = new(new Guid("44444444-4444-4444-4444-444444444441"));
    private static readonly WorkflowId Boiler2 = new(new Guid("44444444-4444-4444-4444-444444444442"));
    private static readonly WorkflowId Boiler3 = new(new Guid("44444444-4444-4444-4444-444444444443"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    protected abstract IWorkflowRepository CreateRepository();

    // Arranges a new repository that holds the workflows, added in order; each add must succeed.
    private async Task<IWorkflowRepository> CreateRepositoryWithAsync(params Workflow[] workflows)
    {
        var repository = CreateRepository();
        foreach (Workflow stored in workflows)
        {
            Assert.True((await repository.AddAsync(stored, Ct)).IsT0);
        }
        return repository;
    }

    private static Workflow ADraft(WorkflowId id, int revision = 1, string workType = "Boiler")
    {
        var workflow = Workflow.Draft(id, workType, revision, false, Planner, T0);
        workflow.AddStep(WorkflowStep.Form("intake", "Intake", [FormField.Create("ok", "OK?", FieldKind.YesNo, Requirement.Required)]), Planner, T0);
        workflow.AddStep(WorkflowStep.Simple("hours", "Hours", StepKind.Hours, Requirement.Required, Condition.Equal("ok", "yes")), Planner, T0);
        return workflow;
    }

    private static Workflow APublished(WorkflowId id, int revision = 1, string workType = "Boiler")
    {
        Workflow workflow = ADraft(id, revision, workType);
        workflow.Publish(Planner, T0 + Duration.FromMinutes(revision));
        return workflow;
    }

    private static WorkflowId Numbered(int i) => new(new Guid($"44444444-4444-4444-4444-{i:D12}"));

    /// <summary>Contract: GetAsync: when missing; returns null.</summary>
    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var repository = CreateRepository();

        var workflow = await repository.GetAsync(Boiler1, Ct);

        Assert.Null(workflow);
    }

    /// <summary>Contract: AddAsync: when new; stores the workflow at version one.</summary>
    [Fact]
    public async Task AddAsync_WhenNew_StoresTheWorkflowAtVersionOne()
    {
        var repository = CreateRepository();
        Workflow workflow = APublished(Boiler1);
        var expected = workflow.ToSnapshot();

        var result = await repository.AddAsync(workflow, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(1), workflow.Version);
        var stored = await repository.GetAsync(Boiler1, Ct);
        Assert.NotNull(stored);
        Assert.Equal(expected.WithVersion(AggregateVersion.From(1)), stored.ToSnapshot());
        Assert.Empty(stored.DomainEvents);
    }

    /// <summary>Contract: AddAsync: leaves the events for the host.</summary>
    [Fact]
    public async Task AddAsync_LeavesTheEventsForTheHost()
    {
        var repository = CreateRepository();
        Workflow workflow = APublished(Boiler1);

        await repository.AddAsync(workflow, Ct);

        Assert.IsType<WorkflowPublished>(workflow.DomainEvents[^1]);
    }

    /// <summary>Contract: AddAsync: when id is already stored; returns concurrency conflict.</summary>
    [Fact]
    public async Task AddAsync_WhenIdIsAlreadyStored_ReturnsConcurrencyConflict()
    {
        var repository = await CreateRepositoryWithAsync(APublished(Boiler1));
        Workflow duplicate = APublished(Boiler1, revision: 2);

        var result = await repository.AddAsync(duplicate, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal(Boiler1.Value, conflict.Id);
        Assert.Equal(AggregateVersion.New, conflict.Expected);
        Assert.Equal(AggregateVersion.From(1), conflict.Actual);
        Assert.Equal(AggregateVersion.New, duplicate.Version);
        Assert.Equal(1, (await repository.GetAsync(Boiler1, Ct))!.Revision);
    }

    /// <summary>Contract: AddAsync: when the work type has the revision already; returns workflow revision exists.</summary>
    [Fact]
    public async Task AddAsync_WhenTheWorkTypeHasTheRevisionAlready_ReturnsWorkflowRevisionExists()
    {
        var repository = await CreateRepositoryWithAsync(APublished(Boiler1));
        Workflow second = APublished(Boiler2, revision: 1);

        var result = await repository.AddAsync(second, Ct);

        var exists = Assert.IsType<WorkflowRevisionExists>(result.Value);
        Assert.Equal(new WorkflowRevisionExists("Boiler", 1, Boiler1), exists);
        Assert.Equal("WORKFLOW_REVISION_EXISTS", exists.Code);
        Assert.Equal(AggregateVersion.New, second.Version);
        Assert.Null(await repository.GetAsync(Boiler2, Ct));
    }

    /// <summary>Contract: AddAsync: when a draft has the revision; returns workflow revision exists.</summary>
    [Fact]
    public async Task AddAsync_WhenADraftHasTheRevision_ReturnsWorkflowRevisionExists()
    {
        var repository = await CreateRepositoryWithAsync(ADraft(Boiler1));

        var result = await repository.AddAsync(APublished(Boiler2, revision: 1), Ct);

        Assert.IsType<WorkflowRevisionExists>(result.Value);
    }

    /// <summary>Contract: AddAsync: when same revision of another work type; stores.</summary>
    [Fact]
    public async Task AddAsync_WhenSameRevisionOfAnotherWorkType_Stores()
    {
        var repository = await CreateRepositoryWithAsync(APublished(Boiler1));

        var result = await repository.AddAsync(APublished(Boiler2, revision: 1, workType: "Heat pump"), Ct);

        Assert.True(result.IsT0);
    }

    /// <summary>Contract: AddAsync: when workflow was saved before; throws.</summary>
    [Fact]
    public async Task AddAsync_WhenWorkflowWasSavedBefore_Throws()
    {
        var repository = CreateRepository();
        Workflow workflow = APublished(Boiler1);
        await repository.AddAsync(workflow, Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => repository.AddAsync(workflow, Ct));
    }

    /// <summary>Contract: SaveAsync: when version matches; stores the steps and the publication.</summary>
    [Fact]
    public async Task SaveAsync_WhenVersionMatches_StoresTheStepsAndThePublication()
    {
        var repository = await CreateRepositoryWithAsync(ADraft(Boiler1));
        Workflow draft = (await repository.GetAsync(Boiler1, Ct))!;
        draft.AddStep(WorkflowStep.Simple("signature", "Signature", StepKind.Signature, Requirement.Required), Planner, T0);
        draft.Publish(Planner, T0);

        var result = await repository.SaveAsync(draft, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(2), draft.Version);
        Workflow stored = (await repository.GetAsync(Boiler1, Ct))!;
        Assert.Equal(AggregateVersion.From(2), stored.Version);
        Assert.Equal(3, stored.Steps.Count);
        Assert.Equal(T0, stored.PublishedAt);
        Assert.Equal(WorkflowFixtures.PlannerId, stored.PublishedBy);
    }

    /// <summary>Contract: SaveAsync: when saved twice in a row; succeeds.</summary>
    [Fact]
    public async Task SaveAsync_WhenSavedTwiceInARow_Succeeds()
    {
        var repository = CreateRepository();
        Workflow workflow = ADraft(Boiler1);
        await repository.AddAsync(workflow, Ct);
        workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes), Planner, T0);
        await repository.SaveAsync(workflow, Ct);
        workflow.Publish(Planner, T0);

        var result = await repository.SaveAsync(workflow, Ct);

        Assert.True(result.IsT0);
        Assert.True((await repository.GetAsync(Boiler1, Ct))!.IsPublished);
    }

    /// <summary>Contract: SaveAsync: when someone saved first; returns concurrency conflict and keeps their change.</summary>
    [Fact]
    public async Task SaveAsync_WhenSomeoneSavedFirst_ReturnsConcurrencyConflictAndKeepsTheirChange()
    {
        var repository = await CreateRepositoryWithAsync(ADraft(Boiler1));
        Workflow mine = (await repository.GetAsync(Boiler1, Ct))!;
        Workflow theirs = (await repository.GetAsync(Boiler1, Ct))!;
        theirs.Publish(Planner, T0);
        await repository.SaveAsync(theirs, Ct);
        mine.AddStep(WorkflowStep.Simple("late", "Late", StepKind.Notes), Planner, T0);

        var result = await repository.SaveAsync(mine, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal(AggregateVersion.From(1), conflict.Expected);
        Assert.Equal(AggregateVersion.From(2), conflict.Actual);
        Assert.Equal(AggregateVersion.From(1), mine.Version);
        Workflow stored = (await repository.GetAsync(Boiler1, Ct))!;
        Assert.True(stored.IsPublished);
        Assert.Null(stored.FindStep("late"));
    }

    /// <summary>Contract: SaveAsync: when never added; returns concurrency conflict without actual version.</summary>
    [Fact]
    public async Task SaveAsync_WhenNeverAdded_ReturnsConcurrencyConflictWithoutActualVersion()
    {
        var repository = CreateRepository();

        var result = await repository.SaveAsync(ADraft(Boiler1), Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Null(conflict.Actual);
        Assert.Null(await repository.GetAsync(Boiler1, Ct));
    }

    /// <summary>Contract: GetAsync: when the returned workflow changes; storage does not change until saved.</summary>
    [Fact]
    public async Task GetAsync_WhenTheReturnedWorkflowChanges_StorageDoesNotChangeUntilSaved()
    {
        var repository = await CreateRepositoryWithAsync(ADraft(Boiler1));
        Workflow first = (await repository.GetAsync(Boiler1, Ct))!;

        first.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes), Planner, T0);
        first.Publish(Planner, T0);
        Workflow second = (await repository.GetAsync(Boiler1, Ct))!;

        Assert.NotSame(first, second);
        Assert.Equal(2, second.Steps.Count);
        Assert.False(second.IsPublished);
    }

    /// <summary>Contract: AddAsync: when the added workflow changes afterwards; storage keeps the added state.</summary>
    [Fact]
    public async Task AddAsync_WhenTheAddedWorkflowChangesAfterwards_StorageKeepsTheAddedState()
    {
        var repository = CreateRepository();
        Workflow workflow = ADraft(Boiler1);
        await repository.AddAsync(workflow, Ct);

        workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes), Planner, T0);
        workflow.Publish(Planner, T0);

        Workflow stored = (await repository.GetAsync(Boiler1, Ct))!;
        Assert.Equal(2, stored.Steps.Count);
        Assert.False(stored.IsPublished);
    }

    /// <summary>Contract: FindLatestPublishedAsync: returns the highest published revision and skips drafts.</summary>
    [Fact]
    public async Task FindLatestPublishedAsync_ReturnsTheHighestPublishedRevisionAndSkipsDrafts()
    {
        var repository = await CreateRepositoryWithAsync(
            APublished(Boiler2, revision: 2),
            APublished(Boiler1, revision: 1),
            ADraft(Boiler3, revision: 3),
            APublished(Numbered(9), revision: 9, workType: "Heat pump"));

        Workflow? latest = await repository.FindLatestPublishedAsync(" Boiler ", Ct);

        Assert.NotNull(latest);
        Assert.Equal(Boiler2, latest.Id);
        Assert.Equal(2, latest.Revision);
    }

    /// <summary>Contract: FindLatestPublishedAsync: when the work type has only drafts; returns null.</summary>
    [Fact]
    public async Task FindLatestPublishedAsync_WhenTheWorkTypeHasOnlyDrafts_ReturnsNull()
    {
        var repository = await CreateRepositoryWithAsync(ADraft(Boiler1));

        Assert.Null(await repository.FindLatestPublishedAsync("Boiler", Ct));
        Assert.Null(await repository.FindLatestPublishedAsync("Unknown", Ct));
    }

    /// <summary>Contract: FindLatestPublishedAsync: compares work types ordinally.</summary>
    [Fact]
    public async Task FindLatestPublishedAsync_ComparesWorkTypesOrdinally()
    {
        var repository = await CreateRepositoryWithAsync(APublished(Boiler1));

        Assert.Null(await repository.FindLatestPublishedAsync("boiler", Ct));
    }

    /// <summary>Contract: FindLatestPublishedAsync: when work type is blank; throws.</summary>
    [Fact]
    public async Task FindLatestPublishedAsync_WhenWorkTypeIsBlank_Throws()
    {
        var repository = CreateRepository();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => repository.FindLatestPublishedAsync(" ", Ct));
    }

    /// <summary>Contract: FindByWorkTypeAsync: lists every revision by number across pages.</summary>
    [Fact]
    public async Task FindByWorkTypeAsync_ListsEveryRevisionByNumberAcrossPages()
    {
        var repository = CreateRepository();
        foreach (int revision in new[] { 5, 2, 7, 1, 4, 3, 6 })
        {
            Workflow workflow = revision % 2 == 0 ? ADraft(Numbered(revision), revision) : APublished(Numbered(revision), revision);
            await repository.AddAsync(workflow, Ct);
        }
        await repository.AddAsync(APublished(Numbered(99), 1, "Heat pump"), Ct);

        var first = await repository.FindByWorkTypeAsync("Boiler", PageRequest.First(3), Ct);
        var second = await repository.FindByWorkTypeAsync("Boiler", first.Request.Next(), Ct);
        var third = await repository.FindByWorkTypeAsync("Boiler", second.Request.Next(), Ct);

        Assert.Equal(7, first.TotalCount);
        Assert.True(first.HasMore);
        Assert.True(second.HasMore);
        Assert.False(third.HasMore);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], first.Items.Concat(second.Items).Concat(third.Items).Select(w => w.Revision));
    }

    /// <summary>Contract: FindByWorkTypeAsync: when offset is past the end; returns an empty page with the total.</summary>
    [Fact]
    public async Task FindByWorkTypeAsync_WhenOffsetIsPastTheEnd_ReturnsAnEmptyPageWithTheTotal()
    {
        var repository = await CreateRepositoryWithAsync(APublished(Boiler1));

        var page = await repository.FindByWorkTypeAsync("Boiler", PageRequest.Create(5, 10), Ct);

        Assert.Empty(page.Items);
        Assert.Equal(1, page.TotalCount);
    }

    /// <summary>Contract: FindByWorkTypeAsync: items cannot be cast to a writable list.</summary>
    [Fact]
    public async Task FindByWorkTypeAsync_ItemsCannotBeCastToAWritableList()
    {
        var repository = await CreateRepositoryWithAsync(APublished(Boiler1));

        var page = await repository.FindByWorkTypeAsync("Boiler", PageRequest.First(10), Ct);

        Assert.False(page.Items is IList<Workflow> { IsReadOnly: false });
    }

    /// <summary>Contract: SaveAsync: when two writers save the same loaded version; exactly one wins.</summary>
    [Fact]
    public async Task SaveAsync_WhenTwoWritersSaveTheSameLoadedVersion_ExactlyOneWins()
    {
        var repository = await CreateRepositoryWithAsync(ADraft(Boiler1));
        Workflow publisher = (await repository.GetAsync(Boiler1, Ct))!;
        Workflow editor = (await repository.GetAsync(Boiler1, Ct))!;
        publisher.Publish(Planner, T0);
        editor.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes), Planner, T0);
        using var start = new ManualResetEventSlim();

        var racers = new[] { publisher, editor }.Select(w => Task.Run(
            () =>
            {
                start.Wait(Ct);
                return repository.SaveAsync(w, Ct);
            },
            Ct)).ToArray();
        start.Set();
        var results = await Task.WhenAll(racers);

        Assert.Equal(1, results.Count(r => r.IsT0));
        Assert.Equal(1, results.Count(r => r.IsT1));
        Workflow stored = (await repository.GetAsync(Boiler1, Ct))!;
        Assert.Equal(AggregateVersion.From(2), stored.Version);
        Workflow winner = results[0].IsT0 ? publisher : editor;
        Assert.Equal(winner.ToSnapshot(), stored.ToSnapshot());
    }

    /// <summary>Contract: SaveAsync: when many writers race on one workflow; exactly one wins each version.</summary>
    [Fact]
    public async Task SaveAsync_WhenManyWritersRaceOnOneWorkflow_ExactlyOneWinsEachVersion()
    {
        var repository = await CreateRepositoryWithAsync(ADraft(Boiler1));
        var copies = new List<Workflow>();
        for (int i = 0; i < 8; i++)
        {
            Workflow copy = (await repository.GetAsync(Boiler1, Ct))!;
            copy.AddStep(WorkflowStep.Simple($"notes-{i}", $"Notes {i}", StepKind.Notes), Planner, T0);
            copies.Add(copy);
        }

        var results = await Task.WhenAll(copies.Select(c => Task.Run(() => repository.SaveAsync(c, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        Workflow stored = (await repository.GetAsync(Boiler1, Ct))!;
        Assert.Equal(AggregateVersion.From(2), stored.Version);
        Assert.Equal(3, stored.Steps.Count);
    }

    /// <summary>Contract: AddAsync: when many threads add the same revision under other ids; stores exactly one.</summary>
    [Fact]
    public async Task AddAsync_WhenManyThreadsAddTheSameRevisionUnderOtherIds_StoresExactlyOne()
    {
        var repository = CreateRepository();
        var candidates = Enumerable.Range(1, 16).Select(i => APublished(Numbered(i), revision: 4)).ToList();

        var results = await Task.WhenAll(candidates.Select(c => Task.Run(() => repository.AddAsync(c, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        Assert.Equal(15, results.Count(r => r.IsT2));
        var page = await repository.FindByWorkTypeAsync("Boiler", PageRequest.First(100), Ct);
        Assert.Equal(1, page.TotalCount);
    }

    /// <summary>Contract: GetAsync: when cancelled; throws.</summary>
    [Fact]
    public async Task GetAsync_WhenCancelled_Throws()
    {
        var repository = CreateRepository();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.GetAsync(Boiler1, cancelled.Token));
    }
}
