using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class Workflow
{
    /// <summary>Appends a step to a draft and records <see cref="WorkflowStepAdded"/> (WO-01).</summary>
    /// <param name="step">The step; its id and field ids must be new, and its conditions may only read fields of earlier steps (or earlier fields of the same form).</param>
    /// <param name="actor">Who adds it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="WorkflowVersionImmutable"/> when published, or <see cref="WorkflowStepInvalid"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> or <paramref name="actor"/> is null.</exception>
    public OneOf<Success, WorkflowVersionImmutable, WorkflowStepInvalid> AddStep(WorkflowStep step, Actor actor, Instant now)
    {
        Guard.Against.Null(step);
        Guard.Against.Null(actor);
        if (IsPublished)
        {
            return new WorkflowVersionImmutable(Id, Revision);
        }
        if (CheckStep(_steps, step) is { } invalid)
        {
            return invalid;
        }
        _steps.Add(step);
        _events.Add(new WorkflowStepAdded(Id, step.Id, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Publishes the draft and records <see cref="WorkflowPublished"/>; from now on it never changes (WO-01).</summary>
    /// <param name="actor">Who publishes it; becomes <see cref="PublishedBy"/>.</param>
    /// <param name="now">The current instant; becomes <see cref="PublishedAt"/>.</param>
    /// <returns><see cref="Success"/>, <see cref="WorkflowVersionImmutable"/> when already published, or <see cref="WorkflowHasNoSteps"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public OneOf<Success, WorkflowVersionImmutable, WorkflowHasNoSteps> Publish(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (IsPublished)
        {
            return new WorkflowVersionImmutable(Id, Revision);
        }
        if (_steps.Count == 0)
        {
            return new WorkflowHasNoSteps(Id);
        }
        PublishedAt = now;
        PublishedBy = actor.EmployeeId;
        _events.Add(new WorkflowPublished(Id, WorkType, Revision, actor.EmployeeId, now));
        return new Success();
    }

    // The rules a step must meet after the given earlier steps: shared by AddStep and Rehydrate, so storage cannot
    // hold a step list that the commands could not have built.
    private static WorkflowStepInvalid? CheckStep(IEnumerable<WorkflowStep> earlier, WorkflowStep step)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (WorkflowStep previous in earlier)
        {
            if (previous.Id == step.Id)
            {
                return new WorkflowStepInvalid(step.Id, "the step id is already used");
            }
            known.UnionWith(previous.Fields.Select(f => f.Id));
        }
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
        return null;
    }

    private static string? Unknown(Condition? condition, HashSet<string> known) =>
        condition?.ReferencedFields.FirstOrDefault(f => !known.Contains(f));
}
