using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A work order (werkbon) as the technician completes it: steps of a fixed workflow version, hours, materials,
/// photos, notes, answers and the customer's signature, until it is sent to the back office.</summary>
/// <remarks>
/// <para>Plan a work order with <see cref="Plan"/>; change it only through its commands, which take the acting
/// <see cref="Actor"/> and the current <see cref="Instant"/> (read from an <see cref="IClock"/> by the caller) as their last two parameters. A
/// command that a rule refuses returns an error value and changes nothing; a command that changes something records a
/// domain event naming the actor's employee.</para>
/// <para>The work order keeps the published workflow version and the policy it was planned with (WO-01); the workflow
/// as its immutable <see cref="WorkflowSnapshot"/>, so nothing read from a work order can change the workflow aggregate. Once it is
/// sent or cancelled every command answers <see cref="WorkOrderReadOnly"/> (WO-07, SIG-11, WO-11); <see cref="Send"/> itself stays
/// idempotent by send id.</para>
/// <para>In a sequential workflow (WO-04), answers, photos, notes and the signature of a step are refused while an
/// earlier visible, required step is open; hours and materials can be registered at any time.</para>
/// <para>Conditions (visibility, "required when") see only the answers of fields that are visible themselves (WO-03):
/// an answer left on a field that a later answer hid counts as unanswered.</para>
/// <para>A signature covers the content in <see cref="ToContent"/>; changing any of it afterwards makes the signature
/// stale (SIG-10), which blocks sending until the customer signs again. Staleness is decided from the content itself.</para>
/// <para>No member hands out mutable state: collections are immutable, so a cast cannot change the work order.</para>
/// <para>Instances are not thread-safe: one command at a time. Storage adapters keep <see cref="WorkOrderSnapshot"/>s
/// and compare <see cref="Version"/> on save.</para>
/// </remarks>
public sealed partial class WorkOrder : IHasDomainEvents
{
    /// <summary>The longest number, in characters after trimming.</summary>
    public const int MaxNumberLength = 50;

    /// <summary>The longest notes text, in UTF-16 code units after trimming.</summary>
    public const int MaxNotesLength = 10_000;

    private readonly List<IDomainEvent> _events = [];
    private ReadOnlyCollection<IDomainEvent>? _eventsView; // a cast back to List<T> cannot change the aggregate
    private ImmutableList<EmployeeId> _assigned;
    private ImmutableSortedDictionary<string, string> _answers;
    private ImmutableSortedDictionary<string, string> _notes;
    private ImmutableSortedDictionary<string, FormResult> _results;
    private ImmutableList<MaterialLine> _materials;
    private ImmutableList<HourRegistration> _hours;
    private ImmutableList<PhotoReference> _photos;
    private ImmutableList<RunningTimer> _timers;
    private ImmutableSortedDictionary<string, StepMark> _marks;

    private WorkOrder(WorkOrderSnapshot s)
    {
        Id = s.Id;
        Version = s.Version;
        Number = s.Number;
        CustomerId = s.CustomerId;
        AssetId = s.AssetId;
        Origin = s.Origin;
        Schedule = s.Schedule;
        Workflow = s.Workflow;
        Policy = s.Policy;
        Status = s.Status;
        PlannedAt = s.PlannedAt;
        PlannedBy = s.PlannedBy;
        _assigned = [.. s.AssignedEmployees];
        _answers = s.Answers.ToImmutableSortedDictionary(StringComparer.Ordinal);
        _notes = s.Notes.ToImmutableSortedDictionary(StringComparer.Ordinal);
        _results = s.FormResults.ToImmutableSortedDictionary(StringComparer.Ordinal);
        _materials = [.. s.Materials];
        _hours = [.. s.Hours];
        _photos = [.. s.Photos];
        _timers = [.. s.RunningTimers];
        _marks = s.StepMarks.ToImmutableSortedDictionary(m => m.StepId, m => m, StringComparer.Ordinal);
        Signature = s.Signature;
        SentWith = s.SentWith;
        SentAt = s.SentAt;
    }

    /// <summary>Gets the id, chosen by the caller.</summary>
    public WorkOrderId Id { get; }

    /// <summary>Gets the version the work order was loaded with; <see cref="AggregateVersion.New"/> until it is first saved.</summary>
    /// <remarks>Commands never change it; only a storage adapter does, through <see cref="MarkSaved"/>.</remarks>
    public AggregateVersion Version { get; private set; }

    /// <summary>Gets the work order number shown to people, such as <c>WO-2025-0042</c>; trimmed, 1–50 characters.</summary>
    public string Number { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the object or installation worked on, or <see langword="null"/>.</summary>
    public AssetId? AssetId { get; }

    /// <summary>Gets where the work order came from.</summary>
    public WorkOrderOrigin Origin { get; }

    /// <summary>Gets when the work should happen.</summary>
    public WorkOrderSchedule Schedule { get; private set; }

    /// <summary>Gets the published workflow version the work order keeps (WO-01), as the immutable snapshot taken when
    /// it was planned; never the workflow aggregate itself, so nothing read from a work order can change a workflow.</summary>
    public WorkflowSnapshot Workflow { get; }

    /// <summary>Gets the company or device policy the work order is completed under; see <see cref="ApplyPolicy"/>.</summary>
    public WorkOrderPolicy Policy { get; private set; }

    /// <summary>Gets the status.</summary>
    public WorkOrderStatus Status { get; private set; }

    /// <summary>Gets when the work order was planned.</summary>
    public Instant PlannedAt { get; }

    /// <summary>Gets who planned the work order.</summary>
    public EmployeeId PlannedBy { get; }

    /// <summary>Gets a value indicating whether the work order was sent or cancelled and is read-only (WO-07, WO-11).</summary>
    public bool IsReadOnly => Status is WorkOrderStatus.Sent or WorkOrderStatus.CannotComplete or WorkOrderStatus.Cancelled;

    /// <summary>Gets a value indicating whether work on the order has started: it is no longer
    /// <see cref="WorkOrderStatus.Planned"/>, or it has a step mark, hours, materials, photos, notes, answers, form
    /// results, a running timer or a signature. A started work order cannot be cancelled or rescheduled (WO-11).</summary>
    public bool IsStarted => Status != WorkOrderStatus.Planned || !_marks.IsEmpty || !_hours.IsEmpty || !_materials.IsEmpty
        || !_photos.IsEmpty || !_notes.IsEmpty || !_answers.IsEmpty || !_results.IsEmpty || !_timers.IsEmpty || Signature is not null;

    /// <summary>Gets the assigned employees, in assignment order, without duplicates; an immutable list.</summary>
    public IReadOnlyList<EmployeeId> AssignedEmployees => _assigned;

    /// <summary>Gets every stored canonical answer by field id, sorted ordinally; an immutable dictionary.</summary>
    /// <remarks>Answers of fields that are hidden now are kept (they come back when the field is shown again) but
    /// conditions do not see them (WO-03).</remarks>
    public IReadOnlyDictionary<string, string> Answers => _answers;

    /// <summary>Gets the notes by step id, sorted ordinally; general notes have the empty step id. An immutable dictionary.</summary>
    public IReadOnlyDictionary<string, string> Notes => _notes;

    /// <summary>Gets the overall results of form steps that record one, by step id (WO-10); an immutable dictionary.</summary>
    public IReadOnlyDictionary<string, FormResult> FormResults => _results;

    /// <summary>Gets the used materials in registration order; an immutable list.</summary>
    public IReadOnlyList<MaterialLine> Materials => _materials;

    /// <summary>Gets the registered hours in registration order; an immutable list.</summary>
    public IReadOnlyList<HourRegistration> Hours => _hours;

    /// <summary>Gets the photos in the order they were added; an immutable list.</summary>
    public IReadOnlyList<PhotoReference> Photos => _photos;

    /// <summary>Gets the running timers in the order they were started; an immutable list.</summary>
    public IReadOnlyList<RunningTimer> RunningTimers => _timers;

    /// <summary>Gets the steps the technician marked not applicable or cannot complete, by step id; an immutable dictionary.</summary>
    public IReadOnlyDictionary<string, StepMark> StepMarks => _marks;

    /// <summary>Gets the current signature, or <see langword="null"/>.</summary>
    public Signature? Signature { get; private set; }

    /// <summary>Gets the send id the work order was sent with, or <see langword="null"/> before sending.</summary>
    public SendId? SentWith { get; private set; }

    /// <summary>Gets the moment of sending, or <see langword="null"/>.</summary>
    public Instant? SentAt { get; private set; }

    internal ImmutableList<PhotoReference> PhotoList => _photos;

    internal ImmutableList<HourRegistration> HourList => _hours;

    internal ImmutableList<RunningTimer> TimerList => _timers;

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => _eventsView ??= _events.AsReadOnly();

    /// <summary>Plans a work order on a published workflow version and records <see cref="WorkOrderPlanned"/>.</summary>
    /// <param name="id">The id; not empty.</param>
    /// <param name="number">The number, 1–50 characters after trimming.</param>
    /// <param name="customerId">The customer; not empty.</param>
    /// <param name="assetId">The object worked on, or <see langword="null"/>.</param>
    /// <param name="origin">Manual or a contract occurrence.</param>
    /// <param name="schedule">The planned time or deadline.</param>
    /// <param name="workflow">A published workflow version; the work order keeps its <see cref="WorkOrders.Workflow.ToSnapshot"/>,
    /// never the aggregate itself.</param>
    /// <param name="policy">The company or device policy the work order follows; pass <see cref="WorkOrderPolicy.Default"/> for the defaults.</param>
    /// <param name="actor">Who plans it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The planned work order, at <see cref="AggregateVersion.New"/>.</returns>
    /// <exception cref="ArgumentException">An id is empty, the number is blank or too long, or the workflow is a draft.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="origin"/>, <paramref name="schedule"/>, <paramref name="workflow"/>, <paramref name="policy"/> or <paramref name="actor"/> is <see langword="null"/>.</exception>
    public static WorkOrder Plan(
        WorkOrderId id,
        string number,
        CustomerId customerId,
        AssetId? assetId,
        WorkOrderOrigin origin,
        WorkOrderSchedule schedule,
        Workflow workflow,
        WorkOrderPolicy policy,
        Actor actor,
        Instant now)
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(actor);
        Guard.Against.Default(id);
        Guard.Against.Default(customerId);
        Guard.Against.NullOrWhiteSpace(number);
        Guard.Against.OutOfRange(number.Trim().Length, nameof(number), 1, MaxNumberLength);
        Guard.Against.Null(origin);
        Guard.Against.Null(schedule);
        Guard.Against.Null(workflow);
        if (!workflow.IsPublished)
        {
            throw new ArgumentException("A work order needs a published workflow version.", nameof(workflow));
        }
        var order = new WorkOrder(new WorkOrderSnapshot(
            id, AggregateVersion.New, number.Trim(), customerId, assetId, origin, schedule, workflow.ToSnapshot(), policy,
            WorkOrderStatus.Planned, now, actor.EmployeeId, [], [], [], [], [], [], [], [], [], null, null, null));
        order._events.Add(new WorkOrderPlanned(id, origin, actor.EmployeeId, now));
        return order;
    }

    /// <inheritdoc />
    public void ClearDomainEvents() => _events.Clear();

    /// <summary>Returns a snapshot of the content a signature covers (SIG-09).</summary>
    /// <returns>The snapshot.</returns>
    public WorkOrderContent ToContent() => new(
        Id,
        Number,
        CustomerId,
        [.. _hours],
        [.. _materials],
        [.. _answers],
        [.. _photos.Select(p => p.ContentHash)],
        [.. _notes],
        [.. _results]);

    // Every command checks this first, so a sent work order gives one refusal whatever was asked.
    private bool IsRefusedAsReadOnly(out WorkOrderReadOnly refusal)
    {
        refusal = new WorkOrderReadOnly(Id);
        return IsReadOnly;
    }

    // Every successful change of the work itself ends here: it records its event, and a planned or completed order is
    // in progress again.
    private Success RecordWork(IDomainEvent workEvent)
    {
        _events.Add(workEvent);
        if (Status is WorkOrderStatus.Planned or WorkOrderStatus.Completed)
        {
            Status = WorkOrderStatus.InProgress;
        }
        return new Success();
    }

    private (WorkflowStep Step, FormField Field) FindField(string fieldId)
    {
        Guard.Against.NullOrWhiteSpace(fieldId);
        foreach (WorkflowStep step in Workflow.Steps)
        {
            foreach (FormField field in step.Fields)
            {
                if (field.Id == fieldId)
                {
                    return (step, field);
                }
            }
        }
        throw new ArgumentException($"The workflow has no field \"{fieldId}\".", nameof(fieldId));
    }

    private WorkflowStep FindStep(string stepId, StepKind? kind)
    {
        Guard.Against.NullOrWhiteSpace(stepId);
        WorkflowStep? step = Workflow.FindStep(stepId);
        if (step is null || (kind is { } k && step.Kind != k))
        {
            throw new ArgumentException($"The workflow has no {kind?.ToString().ToUpperInvariant() ?? "step"} step \"{stepId}\".", nameof(stepId));
        }
        return step;
    }
}
