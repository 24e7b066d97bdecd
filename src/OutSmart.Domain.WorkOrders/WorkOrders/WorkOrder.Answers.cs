using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>Answers a form field and records <see cref="FieldAnswered"/>; the answer is stored in canonical form.</summary>
    /// <param name="fieldId">A field of a form step of the workflow.</param>
    /// <param name="answer">The answer as entered.</param>
    /// <param name="actor">Who answers.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="FieldAnswerInvalid"/>, <see cref="StepPreviousIncomplete"/> (WO-04) or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The workflow has no field <paramref name="fieldId"/>.</exception>
    public OneOf<Success, FieldAnswerInvalid, StepPreviousIncomplete, WorkOrderReadOnly> AnswerField(string fieldId, string? answer, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        (WorkflowStep step, FormField field) = FindField(fieldId);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (!field.TryCanonicalise(answer, out string canonical, out string problem))
        {
            return new FieldAnswerInvalid(fieldId, problem);
        }
        if (CheckSequence(step) is { } previous)
        {
            return previous;
        }
        _answers = _answers.SetItem(fieldId, canonical);
        return RecordWork(new FieldAnswered(Id, fieldId, canonical, actor.EmployeeId, now));
    }

    /// <summary>Removes the answer of a form field and records <see cref="AnswerCleared"/>; without an answer nothing changes.</summary>
    /// <param name="fieldId">A field of a form step of the workflow.</param>
    /// <param name="actor">Who clears it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The workflow has no field <paramref name="fieldId"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> ClearAnswer(string fieldId, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        FindField(fieldId);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (!_answers.ContainsKey(fieldId))
        {
            return new Success();
        }
        _answers = _answers.Remove(fieldId);
        return RecordWork(new AnswerCleared(Id, fieldId, actor.EmployeeId, now));
    }

    /// <summary>Records the overall result of a form step that records one; a new result replaces the previous one and records <see cref="FormResultRecorded"/> (WO-10).</summary>
    /// <param name="stepId">A form step of the workflow with <see cref="WorkflowStep.RecordsResult"/>.</param>
    /// <param name="result">The result.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="StepPreviousIncomplete"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is not a form step that records a result, or <paramref name="result"/> is undefined.</exception>
    public OneOf<Success, StepPreviousIncomplete, WorkOrderReadOnly> RecordFormResult(string stepId, FormResult result, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        WorkflowStep step = FindStep(stepId, StepKind.Form);
        if (!step.RecordsResult)
        {
            throw new ArgumentException($"Form step \"{stepId}\" does not record a result.", nameof(stepId));
        }
        Guard.Against.EnumOutOfRange(result);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (CheckSequence(step) is { } previous)
        {
            return previous;
        }
        FormResult? replaced = _results.TryGetValue(stepId, out FormResult old) ? old : null;
        _results = _results.SetItem(stepId, result);
        return RecordWork(new FormResultRecorded(Id, stepId, result, replaced, actor.EmployeeId, now));
    }

    /// <summary>Writes (replaces) the notes of a notes step, or the general notes, and records <see cref="NotesWritten"/>; blank text removes them.</summary>
    /// <param name="stepId">A notes step of the workflow, or <see langword="null"/> for general notes.</param>
    /// <param name="text">The notes; trimmed, at most <see cref="MaxNotesLength"/> characters.</param>
    /// <param name="actor">Who writes them.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="NotesTooLong"/>, <see cref="StepPreviousIncomplete"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is not a notes step.</exception>
    public OneOf<Success, NotesTooLong, StepPreviousIncomplete, WorkOrderReadOnly> WriteNotes(string? stepId, string? text, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        WorkflowStep? step = stepId is null ? null : FindStep(stepId, StepKind.Notes);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        string trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length > MaxNotesLength)
        {
            return new NotesTooLong(stepId, trimmed.Length, MaxNotesLength);
        }
        if (step is not null && CheckSequence(step) is { } previous)
        {
            return previous;
        }
        string key = stepId ?? string.Empty;
        _notes = trimmed.Length == 0 ? _notes.Remove(key) : _notes.SetItem(key, trimmed);
        return RecordWork(new NotesWritten(Id, stepId, trimmed.Length == 0 ? null : trimmed, actor.EmployeeId, now));
    }
}
