using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;

namespace OutSmart.Domain.WorkOrders;

/// <summary>One version of a company's workflow template for a work type: ordered steps, optionally sequential (WO-01, WO-04).</summary>
/// <remarks>
/// <para>A version starts as a draft; steps are added in order, then it is published. A published version never
/// changes again: every mutator returns <see cref="WorkflowVersionImmutable"/>. To change a workflow, call
/// <see cref="DraftNextVersion"/>. A work order keeps the version it was planned with.</para>
/// <para>Instances are not thread-safe while a draft; a published version is safe to share.</para>
/// </remarks>
public sealed class Workflow
{
    private readonly List<WorkflowStep> _steps = [];
    private ReadOnlyCollection<WorkflowStep>? _stepsView; // a cast back to List<T> cannot change the aggregate

    private Workflow(WorkflowId id, string workType, int version, bool isSequential)
    {
        Id = id;
        WorkType = workType;
        Version = version;
        IsSequential = isSequential;
    }

    /// <summary>Gets the id of this version.</summary>
    public WorkflowId Id { get; }

    /// <summary>Gets the work type the workflow applies to, such as <c>CV-ketel onderhoud</c>.</summary>
    public string WorkType { get; }

    /// <summary>Gets the version number, 1 or more.</summary>
    public int Version { get; }

    /// <summary>Gets a value indicating whether a step can only be worked on after every earlier visible step is done (WO-04).</summary>
    public bool IsSequential { get; }

    /// <summary>Gets the moment of publication, or <see langword="null"/> for a draft.</summary>
    public Instant? PublishedAt { get; private set; }

    /// <summary>Gets a value indicating whether this version is published and therefore immutable.</summary>
    public bool IsPublished => PublishedAt is not null;

    /// <summary>Gets the steps in order.</summary>
    public IReadOnlyList<WorkflowStep> Steps => _stepsView ??= _steps.AsReadOnly();

    /// <summary>Starts a draft workflow version.</summary>
    /// <param name="id">The id of the version.</param>
    /// <param name="workType">The work type.</param>
    /// <param name="version">The version number, 1 or more.</param>
    /// <param name="isSequential">Whether steps must be done in order.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <paramref name="workType"/> is blank or <paramref name="version"/> is below 1.</exception>
    public static Workflow Draft(WorkflowId id, string workType, int version, bool isSequential)
    {
        if (id.IsEmpty)
        {
            throw new ArgumentException("The workflow id must not be empty.", nameof(id));
        }
        Guard.Against.NullOrWhiteSpace(workType);
        Guard.Against.NegativeOrZero(version);
        return new Workflow(id, workType.Trim(), version, isSequential);
    }

    /// <summary>Returns a new draft with the next version number and a copy of this version's steps.</summary>
    /// <param name="id">The id of the new version.</param>
    /// <param name="isSequential">Whether the new version is sequential.</param>
    /// <returns>The new draft; this version does not change.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or equals this version's id.</exception>
    public Workflow DraftNextVersion(WorkflowId id, bool isSequential)
    {
        if (id == Id)
        {
            throw new ArgumentException("A new version needs a new id.", nameof(id));
        }
        Workflow next = Draft(id, WorkType, checked(Version + 1), isSequential);
        next._steps.AddRange(_steps);
        return next;
    }

    /// <summary>Appends a step to a draft.</summary>
    /// <param name="step">The step; its id and field ids must be new, and its conditions may only read fields of earlier steps (or earlier fields of the same form).</param>
    /// <returns><see cref="Success"/>, <see cref="WorkflowVersionImmutable"/> when published, or <see cref="WorkflowStepInvalid"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkflowVersionImmutable, WorkflowStepInvalid> AddStep(WorkflowStep step)
    {
        Guard.Against.Null(step);
        if (IsPublished)
        {
            return new WorkflowVersionImmutable(Id, Version);
        }
        if (_steps.Exists(s => s.Id == step.Id))
        {
            return new WorkflowStepInvalid(step.Id, "the step id is already used");
        }
        var known = new HashSet<string>(_steps.SelectMany(s => s.Fields).Select(f => f.Id), StringComparer.Ordinal);
        if (step.Fields.FirstOrDefault(f => known.Contains(f.Id)) is { } duplicate)
        {
            return new WorkflowStepInvalid(step.Id, $"field id \"{duplicate.Id}\" is already used");
        }
        if ((Unknown(step.VisibleWhen, known) ?? Unknown(step.Requirement.When, known)) is { } unknownStep)
        {
            return new WorkflowStepInvalid(step.Id, $"its condition reads field \"{unknownStep}\", which no earlier step has");
        }
        foreach (FormField field in step.Fields)
        {
            if ((Unknown(field.VisibleWhen, known) ?? Unknown(field.Requirement.When, known)) is { } unknownField)
            {
                return new WorkflowStepInvalid(step.Id, $"the condition of field \"{field.Id}\" reads field \"{unknownField}\", which comes later or does not exist");
            }
            known.Add(field.Id);
        }
        _steps.Add(step);
        return new Success();
    }

    /// <summary>Publishes the draft; from now on it never changes.</summary>
    /// <param name="now">The current instant, read from an <see cref="IClock"/> by the caller.</param>
    /// <returns><see cref="Success"/>, <see cref="WorkflowVersionImmutable"/> when already published, or <see cref="WorkflowHasNoSteps"/>.</returns>
    public OneOf<Success, WorkflowVersionImmutable, WorkflowHasNoSteps> Publish(Instant now)
    {
        if (IsPublished)
        {
            return new WorkflowVersionImmutable(Id, Version);
        }
        if (_steps.Count == 0)
        {
            return new WorkflowHasNoSteps(Id);
        }
        PublishedAt = now;
        return new Success();
    }

    /// <summary>Finds a step by id.</summary>
    /// <param name="stepId">The step id.</param>
    /// <returns>The step, or <see langword="null"/> when the workflow has none with that id.</returns>
    public WorkflowStep? FindStep(string stepId) => _steps.Find(s => s.Id == stepId);

    private static string? Unknown(Condition? condition, HashSet<string> known) =>
        condition?.ReferencedFields.FirstOrDefault(f => !known.Contains(f));
}
