using System.Collections.Immutable;
using NodaTime;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Judges the steps of one work order in one state: visibility, requirement and completeness (WO-02, WO-03),
/// shared by <see cref="WorkOrder.GetProgress"/>, the sequential check (WO-04) and the <see cref="SendGate"/>.</summary>
/// <remarks>
/// <para>Conditions see only <see cref="VisibleAnswers"/>: the answers of fields that are visible under those same
/// answers (WO-03). They are found by starting from every stored answer and dropping the answers of fields (or fields
/// of steps) that are hidden, until nothing more drops; each round drops at least one answer, so this ends after at
/// most as many rounds as there are answers.</para>
/// <para>An instance reads the work order's state once and must not outlive a change of it.</para>
/// </remarks>
internal sealed class StepProgressEvaluator
{
    private readonly WorkOrder _order;
    private bool? _signatureStale;

    private StepProgressEvaluator(WorkOrder order)
    {
        _order = order;
        VisibleAnswers = FindVisibleAnswers(order.Workflow, order.Answers);
    }

    /// <summary>Gets the answers the conditions see: those of visible fields on visible steps.</summary>
    public IReadOnlyDictionary<string, string> VisibleAnswers { get; }

    public static StepProgressEvaluator For(WorkOrder order) => new(order);

    public WorkOrderProgress Progress()
    {
        var steps = ImmutableArray.CreateBuilder<StepProgress>(_order.Workflow.Steps.Length);
        foreach (WorkflowStep step in _order.Workflow.Steps)
        {
            steps.Add(ProgressOf(step));
        }
        return new WorkOrderProgress(steps.MoveToImmutable());
    }

    public bool IsVisible(WorkflowStep step) => step.VisibleWhen?.IsMetBy(VisibleAnswers) ?? true;

    public bool IsRequired(WorkflowStep step) => IsVisible(step) && step.Requirement.AppliesTo(VisibleAnswers);

    public StepProgress ProgressOf(WorkflowStep step)
    {
        bool visible = IsVisible(step);
        bool required = visible && step.Requirement.AppliesTo(VisibleAnswers);
        if (_order.StepMarks.TryGetValue(step.Id, out StepMark? mark))
        {
            return new StepProgress(step, visible, required, mark.Resolution, mark.Reason);
        }
        return new StepProgress(step, visible, required, IsComplete(step) ? StepResolution.Complete : StepResolution.Open, null);
    }

    public IEnumerable<FormField> MissingFields(WorkflowStep step) =>
        step.Fields.Where(f => IsRequired(f) && !VisibleAnswers.ContainsKey(f.Id));

    public int PhotoCount(string? stepId)
    {
        if (stepId is null)
        {
            return _order.PhotoList.Count;
        }
        int count = 0;
        foreach (PhotoReference photo in _order.PhotoList)
        {
            if (photo.StepId == stepId)
            {
                count++;
            }
        }
        return count;
    }

    public bool IsSignatureStale => _signatureStale ??= _order.IsSignatureStale;

    private bool IsRequired(FormField field) => (field.VisibleWhen?.IsMetBy(VisibleAnswers) ?? true) && field.Requirement.AppliesTo(VisibleAnswers);

    private bool IsComplete(WorkflowStep step) => step.Kind switch
    {
        StepKind.Form => IsFormComplete(step),
        StepKind.Photos => PhotoCount(step.Id) >= step.MinPhotos,
        StepKind.Notes => _order.Notes.ContainsKey(step.Id),
        StepKind.Hours => HasHours(),
        StepKind.Materials => _order.Materials.Count > 0,
        _ => _order.Signature is not null && _order.SignatureProblem() is null && !IsSignatureStale,
    };

    // A form is complete when every visible required field is answered and, if it records one, it has a result;
    // a form without required fields or result needs one visible answer.
    private bool IsFormComplete(WorkflowStep step)
    {
        bool hasRequired = false;
        bool hasAnswer = false;
        foreach (FormField field in step.Fields)
        {
            bool answered = VisibleAnswers.ContainsKey(field.Id);
            if (IsRequired(field))
            {
                if (!answered)
                {
                    return false;
                }
                hasRequired = true;
            }
            hasAnswer |= answered;
        }
        if (step.RecordsResult)
        {
            return _order.FormResults.ContainsKey(step.Id);
        }
        return hasRequired || hasAnswer;
    }

    private bool HasHours()
    {
        foreach (HourRegistration hours in _order.HourList)
        {
            if (hours.Duration > Duration.Zero)
            {
                return true;
            }
        }
        return false;
    }

    private static IReadOnlyDictionary<string, string> FindVisibleAnswers(WorkflowSnapshot workflow, IReadOnlyDictionary<string, string> answers)
    {
        IReadOnlyDictionary<string, string> current = answers;
        // Usually every answered field is visible: then nothing is copied.
        while (current.Count > 0 && HasHiddenAnswer(workflow, current))
        {
            var kept = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (WorkflowStep step in workflow.Steps)
            {
                bool stepVisible = step.VisibleWhen?.IsMetBy(current) ?? true;
                foreach (FormField field in step.Fields)
                {
                    if (stepVisible && current.TryGetValue(field.Id, out string? answer) && (field.VisibleWhen?.IsMetBy(current) ?? true))
                    {
                        kept[field.Id] = answer;
                    }
                }
            }
            current = kept;
        }
        return current;
    }

    private static bool HasHiddenAnswer(WorkflowSnapshot workflow, IReadOnlyDictionary<string, string> answers)
    {
        foreach (WorkflowStep step in workflow.Steps)
        {
            if (step.Fields.IsEmpty)
            {
                continue;
            }
            bool stepVisible = step.VisibleWhen?.IsMetBy(answers) ?? true;
            foreach (FormField field in step.Fields)
            {
                if (answers.ContainsKey(field.Id) && !(stepVisible && (field.VisibleWhen?.IsMetBy(answers) ?? true)))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
