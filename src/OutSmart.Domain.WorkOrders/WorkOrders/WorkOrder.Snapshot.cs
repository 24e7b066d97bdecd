using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>Returns the complete state as immutable data, for storage adapters; events are not included.</summary>
    /// <returns>A snapshot that <see cref="Rehydrate"/> turns back into an equal work order.</returns>
    public WorkOrderSnapshot ToSnapshot() => new(
        Id,
        Version,
        Number,
        CustomerId,
        AssetId,
        Origin,
        Schedule,
        Workflow,
        Policy,
        Status,
        PlannedAt,
        PlannedBy,
        [.. _assigned],
        [.. _answers],
        [.. _notes],
        [.. _materials],
        [.. _hours],
        [.. _photos],
        [.. _timers],
        [.. _marks.Values],
        [.. _results],
        Signature,
        SentWith,
        SentAt);

    /// <summary>Records that a storage adapter saved the work order; for storage adapters.</summary>
    /// <param name="savedVersion">The version now stored: the work order's <see cref="Version"/> plus one.</param>
    /// <exception cref="ArgumentException"><paramref name="savedVersion"/> does not follow <see cref="Version"/>.</exception>
    public void MarkSaved(AggregateVersion savedVersion) => Version = Version.ConfirmSaved(savedVersion);

    /// <summary>Recreates a work order from a snapshot written by <see cref="ToSnapshot"/>, without events; for storage adapters.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>A new instance that shares no mutable state with any other.</returns>
    /// <remarks>
    /// <para>The snapshot is checked against every invariant the commands keep, so storage can never produce a work
    /// order the commands could not: a defined status; a send id and moment exactly when the status is sent or cannot
    /// complete; a non-blank number of at most <see cref="MaxNumberLength"/> characters; a valid (see
    /// <see cref="Workflow.Rehydrate"/>) and published workflow snapshot; answers
    /// only for fields of that workflow, each in canonical form; notes only for its notes steps (or general), trimmed,
    /// not blank and at most <see cref="MaxNotesLength"/> characters; form results only for its form steps that record
    /// one; step marks only for its steps, not-applicable marks only on optional steps; photos only on its photos steps;
    /// at most one running timer per employee; no repeated keys, assignees or missing (default) collections.</para>
    /// <para>The signature's hash is not checked here: a signature that does not match the content is reported stale
    /// (SIG-10), so tampered storage blocks sending rather than failing to load.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or one of its references is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The snapshot breaks an invariant of the work order; the message says which.</exception>
    public static WorkOrder Rehydrate(WorkOrderSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Default(snapshot.Id, nameof(snapshot));
        Guard.Against.Default(snapshot.CustomerId, nameof(snapshot));
        Guard.Against.Default(snapshot.PlannedBy, nameof(snapshot));
        Guard.Against.Null(snapshot.Number, nameof(snapshot));
        Guard.Against.Null(snapshot.Origin, nameof(snapshot));
        Guard.Against.Null(snapshot.Schedule, nameof(snapshot));
        Guard.Against.Null(snapshot.Workflow, nameof(snapshot));
        Guard.Against.Null(snapshot.Policy, nameof(snapshot));
        WorkflowSnapshot workflow = snapshot.Workflow;
        _ = WorkOrders.Workflow.Rehydrate(workflow); // throws ArgumentException (for "snapshot") when the workflow snapshot breaks an invariant
        Check(!string.IsNullOrWhiteSpace(snapshot.Number) && snapshot.Number.Length <= MaxNumberLength && snapshot.Number == snapshot.Number.Trim(), "The number must be 1–50 characters without surrounding white space.");
        Check(Enum.IsDefined(snapshot.Status), $"The status {(int)snapshot.Status} is not defined.");
        Check(workflow.IsPublished, "A work order needs a published workflow version.");
        bool sent = snapshot.Status is WorkOrderStatus.Sent or WorkOrderStatus.CannotComplete;
        Check(sent == snapshot.SentWith.HasValue && sent == snapshot.SentAt.HasValue, "A send id and moment are recorded exactly when the status is Sent or CannotComplete.");
        Check(snapshot.SentWith is not { IsEmpty: true }, "The send id must not be empty.");
        Check(!snapshot.AssignedEmployees.IsDefault && !snapshot.Answers.IsDefault && !snapshot.Notes.IsDefault && !snapshot.Materials.IsDefault
            && !snapshot.Hours.IsDefault && !snapshot.Photos.IsDefault && !snapshot.RunningTimers.IsDefault && !snapshot.StepMarks.IsDefault
            && !snapshot.FormResults.IsDefault, "A collection of the snapshot is missing (a default ImmutableArray).");
        Check(snapshot.AssignedEmployees.All(e => !e.IsEmpty) && snapshot.AssignedEmployees.Distinct().Count() == snapshot.AssignedEmployees.Length, "Assigned employees must be distinct and not empty.");
        Check(Distinct(snapshot.Answers.Select(a => a.Key)) && Distinct(snapshot.Notes.Select(n => n.Key)) && Distinct(snapshot.FormResults.Select(r => r.Key))
            && Distinct(snapshot.StepMarks.Select(m => m?.StepId)), "Answers, notes, form results and step marks must not repeat a key.");
        foreach (KeyValuePair<string, string> answer in snapshot.Answers)
        {
            FormField? field = workflow.Steps.SelectMany(s => s.Fields).FirstOrDefault(f => f.Id == answer.Key);
            Check(field is not null, $"The answer for \"{answer.Key}\" is for a field the workflow does not have.");
            Check(field.TryCanonicalise(answer.Value, out string canonical, out _) && canonical == answer.Value, $"The answer for \"{answer.Key}\" is not a valid canonical answer.");
        }
        foreach (KeyValuePair<string, string> note in snapshot.Notes)
        {
            Check(note.Key.Length == 0 || workflow.FindStep(note.Key) is { Kind: StepKind.Notes }, $"The notes for \"{note.Key}\" are for a step that is not a notes step of the workflow.");
            Check(!string.IsNullOrWhiteSpace(note.Value) && note.Value.Length <= MaxNotesLength && note.Value == note.Value.Trim(), $"The notes for \"{note.Key}\" must be trimmed, not blank and at most {MaxNotesLength} characters.");
        }
        foreach (KeyValuePair<string, FormResult> result in snapshot.FormResults)
        {
            Check(workflow.FindStep(result.Key) is { Kind: StepKind.Form, RecordsResult: true }, $"The form result for \"{result.Key}\" is for a step that does not record one.");
            Check(Enum.IsDefined(result.Value), $"The form result for \"{result.Key}\" is not defined.");
        }
        foreach (StepMark mark in snapshot.StepMarks)
        {
            Check(mark is not null, "A step mark is missing.");
            WorkflowStep? step = workflow.FindStep(mark.StepId);
            Check(step is not null, $"The mark on \"{mark.StepId}\" is for a step the workflow does not have.");
            Check(mark.Resolution != StepResolution.NotApplicable || step.Requirement.IsOptional, $"Step \"{mark.StepId}\" is not optional, so it cannot be marked not applicable.");
        }
        Check(snapshot.Materials.All(m => m is not null) && snapshot.Hours.All(h => h is not null), "A material line or hour registration is missing.");
        Check(snapshot.Photos.All(p => p is not null && (p.StepId is null || workflow.FindStep(p.StepId) is { Kind: StepKind.Photos })), "A photo is missing or on a step that is not a photos step of the workflow.");
        Check(snapshot.RunningTimers.All(t => t is not null) && Distinct(snapshot.RunningTimers.Select(t => t.EmployeeId)), "Running timers must not repeat an employee.");
        return new WorkOrder(snapshot);

        static bool Distinct<T>(IEnumerable<T> keys)
        {
            var seen = new HashSet<T>();
            return keys.All(seen.Add);
        }

        static void Check([DoesNotReturnIf(false)] bool condition, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(message, nameof(snapshot));
            }
        }
    }
}
