using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>One revision of a company's workflow template (werkbon-sjabloon) for a work type: ordered steps,
/// optionally sequential (WO-01, WO-04).</summary>
/// <remarks>
/// <para>A revision starts as a draft (<see cref="Draft"/>); steps are added in order (<see cref="AddStep"/>), then it
/// is published (<see cref="Publish"/>). A published revision never changes again: every command returns
/// <see cref="WorkflowVersionImmutable"/>. To change a workflow, draft the next revision with
/// <see cref="DraftNextRevision"/>. A work order keeps the revision it was planned with.</para>
/// <para>Two numbers are kept apart: <see cref="Revision"/> is the business version of the template (what OutSmart
/// shows as the workflow's version number, 1, 2, 3 …, unique per work type), and <see cref="Version"/> is the
/// optimistic-concurrency version storage compares on save.</para>
/// <para>Every command takes the acting <see cref="Actor"/> and the current <see cref="Instant"/> (read from an
/// <see cref="IClock"/> by the caller), changes nothing when refused, and records a past-tense event that carries the
/// actor's employee (<see cref="WorkflowDrafted"/>, <see cref="WorkflowStepAdded"/>, <see cref="WorkflowPublished"/>).</para>
/// <para>Storage adapters keep <see cref="WorkflowSnapshot"/>s (<see cref="ToSnapshot"/>, <see cref="Rehydrate"/>) and
/// compare <see cref="Version"/> on save. Instances are not thread-safe while a draft; the content of a published
/// revision never changes, so it may be read from several threads.</para>
/// </remarks>
public sealed partial class Workflow : IHasDomainEvents
{
    private readonly List<WorkflowStep> _steps;
    private ReadOnlyCollection<WorkflowStep>? _stepsView; // a cast back to List<T> cannot change the aggregate
    private readonly List<IDomainEvent> _events = [];
    private ReadOnlyCollection<IDomainEvent>? _eventsView; // a cast back to List<T> cannot change the aggregate

    private Workflow(WorkflowSnapshot s)
    {
        Id = s.Id;
        Version = s.Version;
        WorkType = s.WorkType;
        Revision = s.Revision;
        IsSequential = s.IsSequential;
        PublishedAt = s.PublishedAt;
        PublishedBy = s.PublishedBy;
        _steps = [.. s.Steps];
    }

    /// <summary>Gets the id of this revision, chosen by the caller.</summary>
    public WorkflowId Id { get; }

    /// <summary>Gets the version the workflow was loaded with; <see cref="AggregateVersion.New"/> until it is first saved.</summary>
    public AggregateVersion Version { get; private set; }

    /// <summary>Gets the work type the workflow applies to, trimmed, such as <c>CV-ketel onderhoud</c>.</summary>
    public string WorkType { get; }

    /// <summary>Gets the revision number of the template, 1 or more; with <see cref="WorkType"/> it identifies the revision for people.</summary>
    public int Revision { get; }

    /// <summary>Gets a value indicating whether a step can only be worked on after every earlier visible step is done (WO-04).</summary>
    public bool IsSequential { get; }

    /// <summary>Gets the moment of publication, or <see langword="null"/> for a draft.</summary>
    public Instant? PublishedAt { get; private set; }

    /// <summary>Gets the employee who published the revision, or <see langword="null"/> for a draft; set together with <see cref="PublishedAt"/>.</summary>
    public EmployeeId? PublishedBy { get; private set; }

    /// <summary>Gets a value indicating whether this revision is published and therefore immutable.</summary>
    public bool IsPublished => PublishedAt is not null;

    /// <summary>Gets the steps in order, as a read-only view that a cast cannot turn into a writable list.</summary>
    public IReadOnlyList<WorkflowStep> Steps => _stepsView ??= _steps.AsReadOnly();

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => _eventsView ??= _events.AsReadOnly();

    /// <summary>Starts a draft revision and records <see cref="WorkflowDrafted"/>.</summary>
    /// <param name="id">The id of the revision; not empty.</param>
    /// <param name="workType">The work type; not blank. Trimmed.</param>
    /// <param name="revision">The revision number, 1 or more.</param>
    /// <param name="isSequential">Whether steps must be done in order (WO-04).</param>
    /// <param name="actor">Who drafts it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The draft, without steps.</returns>
    /// <remarks>Whether the revision number is free for the work type is a storage question:
    /// <see cref="IWorkflowRepository.AddAsync"/> answers <see cref="WorkflowRevisionExists"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="workType"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <paramref name="workType"/> is blank or <paramref name="revision"/> is below 1.</exception>
    public static Workflow Draft(WorkflowId id, string workType, int revision, bool isSequential, Actor actor, Instant now)
    {
        if (id.IsEmpty)
        {
            throw new ArgumentException("The workflow id must not be empty.", nameof(id));
        }
        Guard.Against.NullOrWhiteSpace(workType);
        Guard.Against.NegativeOrZero(revision);
        Guard.Against.Null(actor);
        var workflow = new Workflow(new WorkflowSnapshot(id, AggregateVersion.New, workType.Trim(), revision, isSequential, [], null, null));
        workflow._events.Add(new WorkflowDrafted(id, workflow.WorkType, revision, actor.EmployeeId, now));
        return workflow;
    }

    /// <summary>Starts a draft of the next revision with a copy of this revision's steps, and records <see cref="WorkflowDrafted"/> on it.</summary>
    /// <param name="id">The id of the new revision.</param>
    /// <param name="isSequential">Whether the new revision is sequential.</param>
    /// <param name="actor">Who drafts it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The new draft, numbered <see cref="Revision"/> + 1; this revision does not change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or equals this revision's id.</exception>
    /// <exception cref="OverflowException"><see cref="Revision"/> is <see cref="int.MaxValue"/>.</exception>
    public Workflow DraftNextRevision(WorkflowId id, bool isSequential, Actor actor, Instant now)
    {
        if (id == Id)
        {
            throw new ArgumentException("A new revision needs a new id.", nameof(id));
        }
        Workflow next = Draft(id, WorkType, checked(Revision + 1), isSequential, actor, now);
        next._steps.AddRange(_steps);
        return next;
    }

    /// <summary>Finds a step by id.</summary>
    /// <param name="stepId">The step id, compared ordinally.</param>
    /// <returns>The step, or <see langword="null"/> when the workflow has none with that id.</returns>
    public WorkflowStep? FindStep(string stepId) => _steps.Find(s => s.Id == stepId);
}
