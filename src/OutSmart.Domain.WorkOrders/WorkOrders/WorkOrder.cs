using System.Collections.ObjectModel;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A work order (werkbon) as the technician completes it: steps of a fixed workflow version, hours, materials,
/// photos, notes, answers and the customer's signature, until it is sent to the back office.</summary>
/// <remarks>
/// <para>The work order keeps the published workflow version and the policy it was planned with (WO-01). Every change
/// returns an error value once the work order is sent (WO-07); the signature then returns
/// <see cref="SignatureLocked"/> (SIG-11).</para>
/// <para>In a sequential workflow (WO-04), answers, photos, notes and the signature of a step are refused while an
/// earlier visible, required step is open; hours and materials can be registered at any time.</para>
/// <para>A signature covers the content in <see cref="ToContent"/>; changing any of it afterwards makes the signature
/// stale (SIG-10), which blocks sending until the customer signs again.</para>
/// <para>Instances are not thread-safe; an aggregate is used by one command at a time.</para>
/// </remarks>
public sealed class WorkOrder : IHasDomainEvents
{
    private readonly List<EmployeeId> _assigned = [];
    private ReadOnlyCollection<EmployeeId>? _assignedView; // a cast back to List<T> cannot change the aggregate
    private readonly Dictionary<string, string> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _notes = new(StringComparer.Ordinal);
    private readonly List<MaterialLine> _materials = [];
    private ReadOnlyCollection<MaterialLine>? _materialsView; // a cast back to List<T> cannot change the aggregate
    private readonly List<HourRegistration> _hours = [];
    private ReadOnlyCollection<HourRegistration>? _hoursView; // a cast back to List<T> cannot change the aggregate
    private readonly List<PhotoReference> _photos = [];
    private ReadOnlyCollection<PhotoReference>? _photosView; // a cast back to List<T> cannot change the aggregate
    private readonly List<RunningTimer> _timers = [];
    private ReadOnlyCollection<RunningTimer>? _timersView; // a cast back to List<T> cannot change the aggregate
    private readonly Dictionary<string, (StepResolution Resolution, string? Reason)> _marks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FormResult> _results = new(StringComparer.Ordinal);
    private readonly List<IDomainEvent> _events = [];
    private ReadOnlyCollection<IDomainEvent>? _eventsView; // a cast back to List<T> cannot change the aggregate
    private int _revision;
    private (int Revision, Signature Signature, bool Stale)? _staleness;

    private WorkOrder(WorkOrderId id, string number, CustomerId customerId, AssetId? assetId, WorkOrderOrigin origin, WorkOrderSchedule schedule, Workflow workflow, WorkOrderPolicy policy)
    {
        Id = id;
        Number = number;
        CustomerId = customerId;
        AssetId = assetId;
        Origin = origin;
        Schedule = schedule;
        Workflow = workflow;
        Policy = policy;
        Status = WorkOrderStatus.Planned;
    }

    /// <summary>Gets the id.</summary>
    public WorkOrderId Id { get; }

    /// <summary>Gets the work order number shown to people, such as <c>WO-2025-0042</c>.</summary>
    public string Number { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the object or installation worked on, or <see langword="null"/>.</summary>
    public AssetId? AssetId { get; }

    /// <summary>Gets where the work order came from.</summary>
    public WorkOrderOrigin Origin { get; }

    /// <summary>Gets when the work should happen.</summary>
    public WorkOrderSchedule Schedule { get; }

    /// <summary>Gets the published workflow version the work order keeps (WO-01).</summary>
    public Workflow Workflow { get; }

    /// <summary>Gets the company or device policy the work order is completed under; see <see cref="ApplyPolicy"/>.</summary>
    public WorkOrderPolicy Policy { get; private set; }

    /// <summary>Gets the status.</summary>
    public WorkOrderStatus Status { get; private set; }

    /// <summary>Gets a value indicating whether the work order was sent and is read-only.</summary>
    public bool IsReadOnly => Status is WorkOrderStatus.Sent or WorkOrderStatus.CannotComplete;

    /// <summary>Gets the assigned employees, in assignment order, without duplicates.</summary>
    public IReadOnlyList<EmployeeId> AssignedEmployees => _assignedView ??= _assigned.AsReadOnly();

    /// <summary>Gets the canonical answers by field id.</summary>
    public IReadOnlyDictionary<string, string> Answers => _answers;

    /// <summary>Gets the notes by step id; general notes have the empty step id.</summary>
    public IReadOnlyDictionary<string, string> Notes => _notes;

    /// <summary>Gets the overall results of form steps that record one, by step id (WO-10).</summary>
    public IReadOnlyDictionary<string, FormResult> FormResults => _results;

    /// <summary>Gets the used materials in registration order.</summary>
    public IReadOnlyList<MaterialLine> Materials => _materialsView ??= _materials.AsReadOnly();

    /// <summary>Gets the registered hours in registration order.</summary>
    public IReadOnlyList<HourRegistration> Hours => _hoursView ??= _hours.AsReadOnly();

    /// <summary>Gets the photos in the order they were added.</summary>
    public IReadOnlyList<PhotoReference> Photos => _photosView ??= _photos.AsReadOnly();

    /// <summary>Gets the running timers.</summary>
    public IReadOnlyList<RunningTimer> RunningTimers => _timersView ??= _timers.AsReadOnly();

    /// <summary>Gets the current signature, or <see langword="null"/>.</summary>
    public Signature? Signature { get; private set; }

    /// <summary>Gets the send id the work order was sent with, or <see langword="null"/> before sending.</summary>
    public SendId? SentWith { get; private set; }

    /// <summary>Gets the moment of sending, or <see langword="null"/>.</summary>
    public Instant? SentAt { get; private set; }

    /// <summary>Gets a value indicating whether there is a signature and the signed content changed after signing (SIG-10).</summary>
    /// <remarks>Computed by comparing a fresh content hash with the signature's; the result is remembered until the next change.</remarks>
    public bool IsSignatureStale
    {
        get
        {
            if (Signature is not { } s)
            {
                return false;
            }
            if (_staleness is { } known && known.Revision == _revision && ReferenceEquals(known.Signature, s))
            {
                return known.Stale;
            }
            bool stale = !string.Equals(ContentHash.Compute(ToContent(), s.Ink, s.SignerName, s.CapturedAt), s.ContentHash, StringComparison.Ordinal);
            _staleness = (_revision, s, stale);
            return stale;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => _eventsView ??= _events.AsReadOnly();

    /// <summary>Plans a work order on a published workflow version.</summary>
    /// <param name="id">The id.</param>
    /// <param name="number">The number, 1–50 characters after trimming.</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="assetId">The object worked on, or <see langword="null"/>.</param>
    /// <param name="origin">Manual or a contract occurrence.</param>
    /// <param name="schedule">The planned time or deadline.</param>
    /// <param name="workflow">A published workflow version; the work order keeps it.</param>
    /// <param name="policy">The company or device policy; <see cref="WorkOrderPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The planned work order.</returns>
    /// <exception cref="ArgumentException">An id is empty, the number is blank or too long, or the workflow is a draft.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="origin"/>, <paramref name="schedule"/> or <paramref name="workflow"/> is <see langword="null"/>.</exception>
    public static WorkOrder Plan(WorkOrderId id, string number, CustomerId customerId, AssetId? assetId, WorkOrderOrigin origin, WorkOrderSchedule schedule, Workflow workflow, WorkOrderPolicy? policy = null)
    {
        Guard.Against.Expression(x => x.IsEmpty, id, "The work order id must not be empty.");
        Guard.Against.Expression(x => x.IsEmpty, customerId, "The customer id must not be empty.");
        Guard.Against.NullOrWhiteSpace(number);
        Guard.Against.OutOfRange(number.Trim().Length, nameof(number), 1, 50);
        Guard.Against.Null(origin);
        Guard.Against.Null(schedule);
        Guard.Against.Null(workflow);
        if (!workflow.IsPublished)
        {
            throw new ArgumentException("A work order needs a published workflow version.", nameof(workflow));
        }
        return new WorkOrder(id, number.Trim(), customerId, assetId, origin, schedule, workflow, policy ?? WorkOrderPolicy.Default);
    }

    /// <summary>Assigns an employee; assigning twice changes nothing.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty.</exception>
    public OneOf<Success, WorkOrderReadOnly> Assign(EmployeeId employeeId)
    {
        Guard.Against.Expression(x => x.IsEmpty, employeeId, "The employee id must not be empty.");
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        if (!_assigned.Contains(employeeId))
        {
            _assigned.Add(employeeId);
        }
        return new Success();
    }

    /// <summary>Applies a changed company or device policy before sending; the send gate uses it from now on.</summary>
    /// <param name="policy">The new policy.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <remarks>A signature captured under the old policy is not captured again: when it no longer meets the new policy
    /// (for example a name became required) the send gate reports <c>SIGNATURE_INVALID</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> ApplyPolicy(WorkOrderPolicy policy)
    {
        Guard.Against.Null(policy);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        Policy = policy;
        return new Success();
    }

    /// <summary>Starts the work: a planned work order becomes in progress. Any registration does this too.</summary>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    public OneOf<Success, WorkOrderReadOnly> Start()
    {
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        Touch();
        return new Success();
    }

    /// <summary>Answers a form field; the answer is stored in canonical form.</summary>
    /// <param name="fieldId">A field of a form step of the workflow.</param>
    /// <param name="answer">The answer as entered.</param>
    /// <returns><see cref="Success"/>, <see cref="FieldAnswerInvalid"/>, <see cref="StepPreviousIncomplete"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException">The workflow has no field <paramref name="fieldId"/>.</exception>
    public OneOf<Success, FieldAnswerInvalid, StepPreviousIncomplete, WorkOrderReadOnly> AnswerField(string fieldId, string? answer)
    {
        Guard.Against.NullOrWhiteSpace(fieldId);
        (WorkflowStep step, FormField field) = FindField(fieldId);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        if (!field.TryCanonicalise(answer, out string canonical, out string problem))
        {
            return new FieldAnswerInvalid(fieldId, problem);
        }
        if (CheckSequence(step) is { } previous)
        {
            return previous;
        }
        _answers[fieldId] = canonical;
        Touch();
        return new Success();
    }

    /// <summary>Removes the answer of a form field, if any.</summary>
    /// <param name="fieldId">A field of a form step of the workflow.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException">The workflow has no field <paramref name="fieldId"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> ClearAnswer(string fieldId)
    {
        Guard.Against.NullOrWhiteSpace(fieldId);
        FindField(fieldId);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        _answers.Remove(fieldId);
        Touch();
        return new Success();
    }

    /// <summary>Records the overall result of a form step that records one; a new result replaces the previous one and records <see cref="FormResultRecorded"/> (WO-10).</summary>
    /// <param name="stepId">A form step of the workflow with <see cref="WorkflowStep.RecordsResult"/>.</param>
    /// <param name="result">The result.</param>
    /// <param name="now">The current instant, read from an <see cref="IClock"/> by the caller.</param>
    /// <returns><see cref="Success"/>, <see cref="StepPreviousIncomplete"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is not a form step that records a result, or <paramref name="result"/> is undefined.</exception>
    public OneOf<Success, StepPreviousIncomplete, WorkOrderReadOnly> RecordFormResult(string stepId, FormResult result, Instant now)
    {
        WorkflowStep step = FindStep(stepId, StepKind.Form);
        if (!step.RecordsResult)
        {
            throw new ArgumentException($"Form step \"{stepId}\" does not record a result.", nameof(stepId));
        }
        Guard.Against.EnumOutOfRange(result);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        if (CheckSequence(step) is { } previous)
        {
            return previous;
        }
        FormResult? replaced = _results.TryGetValue(stepId, out FormResult old) ? old : null;
        _results[stepId] = result;
        _events.Add(new FormResultRecorded(Id, stepId, result, replaced, now));
        Touch();
        return new Success();
    }

    /// <summary>Adds a photo by the SHA-256 hash of its bytes.</summary>
    /// <param name="stepId">A photos step of the workflow, or <see langword="null"/> for a general photo.</param>
    /// <param name="contentHash">64 lowercase hexadecimal digits.</param>
    /// <param name="now">The current instant, read from an <see cref="IClock"/> by the caller.</param>
    /// <returns><see cref="Success"/>, <see cref="StepPreviousIncomplete"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is not a photos step, or the hash is not 64 lowercase hex digits.</exception>
    public OneOf<Success, StepPreviousIncomplete, WorkOrderReadOnly> AddPhoto(string? stepId, string contentHash, Instant now)
    {
        Guard.Against.InvalidSha256Hex(contentHash);
        WorkflowStep? step = stepId is null ? null : FindStep(stepId, StepKind.Photos);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        if (step is not null && CheckSequence(step) is { } previous)
        {
            return previous;
        }
        _photos.Add(PhotoReference.Add(stepId, contentHash, now));
        Touch();
        return new Success();
    }

    /// <summary>Writes (replaces) the notes of a notes step, or the general notes; blank text removes them.</summary>
    /// <param name="stepId">A notes step of the workflow, or <see langword="null"/> for general notes.</param>
    /// <param name="text">The notes; trimmed, at most 10,000 characters.</param>
    /// <returns><see cref="Success"/>, <see cref="StepPreviousIncomplete"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is not a notes step, or the text is longer than 10,000 characters.</exception>
    public OneOf<Success, StepPreviousIncomplete, WorkOrderReadOnly> WriteNotes(string? stepId, string? text)
    {
        string trimmed = text?.Trim() ?? string.Empty;
        Guard.Against.OutOfRange(trimmed.Length, nameof(text), 0, 10_000);
        WorkflowStep? step = stepId is null ? null : FindStep(stepId, StepKind.Notes);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        if (step is not null && CheckSequence(step) is { } previous)
        {
            return previous;
        }
        string key = stepId ?? string.Empty;
        if (trimmed.Length == 0)
        {
            _notes.Remove(key);
        }
        else
        {
            _notes[key] = trimmed;
        }
        Touch();
        return new Success();
    }

    /// <summary>Registers used material.</summary>
    /// <param name="line">The material line.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> AddMaterial(MaterialLine line)
    {
        Guard.Against.Null(line);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        _materials.Add(line);
        Touch();
        return new Success();
    }

    /// <summary>Registers hours.</summary>
    /// <param name="registration">The hours.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registration"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> RegisterHours(HourRegistration registration)
    {
        Guard.Against.Null(registration);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        _hours.Add(registration);
        Touch();
        return new Success();
    }

    /// <summary>Starts a timer for an employee; a running timer blocks sending.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="hourType">The hour type the hours will get.</param>
    /// <param name="now">The current instant, read from an <see cref="IClock"/> by the caller.</param>
    /// <returns><see cref="Success"/>, <see cref="TimerAlreadyRunning"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty or <paramref name="hourType"/> is blank.</exception>
    public OneOf<Success, TimerAlreadyRunning, WorkOrderReadOnly> StartTimer(EmployeeId employeeId, string hourType, Instant now)
    {
        Guard.Against.Expression(x => x.IsEmpty, employeeId, "The employee id must not be empty.");
        Guard.Against.NullOrWhiteSpace(hourType);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        if (_timers.Exists(t => t.EmployeeId == employeeId))
        {
            return new TimerAlreadyRunning(employeeId);
        }
        _timers.Add(RunningTimer.Start(employeeId, hourType.Trim(), now));
        Touch();
        return new Success();
    }

    /// <summary>Stops an employee's timer and registers the elapsed time, if any, as hours.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="now">The current instant, read from an <see cref="IClock"/> by the caller.</param>
    /// <returns><see cref="Success"/>, <see cref="TimerNotRunning"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    public OneOf<Success, TimerNotRunning, WorkOrderReadOnly> StopTimer(EmployeeId employeeId, Instant now)
    {
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        int index = _timers.FindIndex(t => t.EmployeeId == employeeId);
        if (index < 0)
        {
            return new TimerNotRunning(employeeId);
        }
        RunningTimer timer = _timers[index];
        _timers.RemoveAt(index);
        if (now > timer.StartedAt)
        {
            _hours.Add(HourRegistration.Between(employeeId, timer.HourType, timer.StartedAt, now));
        }
        Touch();
        return new Success();
    }

    /// <summary>Marks an optional step as not applicable (WO-08).</summary>
    /// <param name="stepId">A step of the workflow.</param>
    /// <returns><see cref="Success"/>, <see cref="StepNotOptional"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="stepId"/>.</exception>
    public OneOf<Success, StepNotOptional, WorkOrderReadOnly> MarkNotApplicable(string stepId)
    {
        WorkflowStep step = FindStep(stepId, null);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        if (!step.Requirement.IsOptional)
        {
            return new StepNotOptional(stepId);
        }
        _marks[stepId] = (StepResolution.NotApplicable, null);
        Touch();
        return new Success();
    }

    /// <summary>Ends a step as cannot complete with a reason; the work order is then sent with status <see cref="WorkOrderStatus.CannotComplete"/> (WO-08).</summary>
    /// <param name="stepId">A step of the workflow.</param>
    /// <param name="reason">Why, at least 10 characters after trimming.</param>
    /// <returns><see cref="Success"/>, <see cref="ReasonRequired"/>, <see cref="CannotCompleteNotAllowed"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="stepId"/>.</exception>
    public OneOf<Success, ReasonRequired, CannotCompleteNotAllowed, WorkOrderReadOnly> MarkCannotComplete(string stepId, string? reason)
    {
        FindStep(stepId, null);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        if (!Policy.CannotCompleteAllowed)
        {
            return new CannotCompleteNotAllowed(stepId);
        }
        string trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length < WorkOrderPolicy.MinReasonLength)
        {
            return new ReasonRequired(stepId);
        }
        _marks[stepId] = (StepResolution.CannotComplete, trimmed);
        Touch();
        return new Success();
    }

    /// <summary>Reopens a step marked not applicable or cannot complete.</summary>
    /// <param name="stepId">A step of the workflow.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="stepId"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> ReopenStep(string stepId)
    {
        FindStep(stepId, null);
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        _marks.Remove(stepId);
        Touch();
        return new Success();
    }

    /// <summary>Captures the customer's signature, replacing any earlier one, and binds it to the current content (SIG-09).</summary>
    /// <param name="ink">The validated ink.</param>
    /// <param name="signerName">The signer's name; required (2–100 characters after trimming) when the policy says so (SIG-08).</param>
    /// <param name="signerRole">The signer's role, or <see langword="null"/>.</param>
    /// <param name="capturedBy">The employee whose device captured it.</param>
    /// <param name="deviceId">The device id.</param>
    /// <param name="appVersion">The app version.</param>
    /// <param name="capturedAt">The moment of capture with the UTC offset the device had, such as
    /// <c>clock.GetCurrentInstant().WithOffset(deviceOffset)</c>. The instant is hashed; the offset is kept as display
    /// evidence (SIG-01).</param>
    /// <param name="location">GPS evidence, or <see langword="null"/> (the default: GPS is personal data, SIG-12).</param>
    /// <returns><see cref="Success"/>, <see cref="SignerNameRequired"/>, <see cref="StepPreviousIncomplete"/> (sequential workflow, before the signature step) or <see cref="SignatureLocked"/>.</returns>
    /// <remarks>On success records <see cref="SignatureCaptured"/> with the hash, signer, device, instant, offset and location.</remarks>
    /// <exception cref="ArgumentException"><paramref name="capturedBy"/> is empty, or <paramref name="deviceId"/> or <paramref name="appVersion"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ink"/> is <see langword="null"/>.</exception>
    public OneOf<Success, SignerNameRequired, StepPreviousIncomplete, SignatureLocked> Sign(
        SignatureInk ink, string? signerName, string? signerRole, EmployeeId capturedBy, string deviceId, string appVersion, OffsetDateTime capturedAt, SignatureLocation? location = null)
    {
        Guard.Against.Null(ink);
        Guard.Against.Expression(x => x.IsEmpty, capturedBy, "The employee id must not be empty.");
        Guard.Against.NullOrWhiteSpace(deviceId);
        Guard.Against.NullOrWhiteSpace(appVersion);
        if (IsReadOnly)
        {
            return new SignatureLocked(Id);
        }
        string? name = string.IsNullOrWhiteSpace(signerName) ? null : signerName.Trim();
        if ((name is null && Policy.SignerNameRequired) || name is { Length: < 2 or > 100 })
        {
            return new SignerNameRequired(Id);
        }
        if (Workflow.Steps.FirstOrDefault(s => s.Kind == StepKind.Signature) is { } step && CheckSequence(step) is { } previous)
        {
            return previous;
        }
        Instant now = capturedAt.ToInstant();
        string hash = ContentHash.Compute(ToContent(), ink, name, now);
        string? role = string.IsNullOrWhiteSpace(signerRole) ? null : signerRole.Trim();
        Signature = Signature.Capture(ink, name, role, capturedAt, capturedBy, deviceId.Trim(), appVersion.Trim(), location, hash);
        _events.Add(new SignatureCaptured(Id, hash, name, capturedBy, Signature.DeviceId, now, capturedAt.Offset, location));
        Touch();
        return new Success();
    }

    /// <summary>Captures the customer's signature when the device's UTC offset is not known; the offset is recorded as <see cref="Offset.Zero"/> and no location is kept.</summary>
    /// <param name="ink">The validated ink.</param>
    /// <param name="signerName">The signer's name; required (2–100 characters after trimming) when the policy says so (SIG-08).</param>
    /// <param name="signerRole">The signer's role, or <see langword="null"/>.</param>
    /// <param name="capturedBy">The employee whose device captured it.</param>
    /// <param name="deviceId">The device id.</param>
    /// <param name="appVersion">The app version.</param>
    /// <param name="now">The moment of capture, read from an <see cref="IClock"/> by the caller.</param>
    /// <returns><see cref="Success"/>, <see cref="SignerNameRequired"/>, <see cref="StepPreviousIncomplete"/> (sequential workflow, before the signature step) or <see cref="SignatureLocked"/>.</returns>
    /// <remarks>Same as <see cref="Sign(SignatureInk, string, string, EmployeeId, string, string, OffsetDateTime, SignatureLocation)"/>
    /// with <c>now.WithOffset(Offset.Zero)</c>; prefer that overload so the local time of signing can be shown (SIG-01).</remarks>
    /// <exception cref="ArgumentException"><paramref name="capturedBy"/> is empty, or <paramref name="deviceId"/> or <paramref name="appVersion"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ink"/> is <see langword="null"/>.</exception>
    public OneOf<Success, SignerNameRequired, StepPreviousIncomplete, SignatureLocked> Sign(
        SignatureInk ink, string? signerName, string? signerRole, EmployeeId capturedBy, string deviceId, string appVersion, Instant now) =>
        Sign(ink, signerName, signerRole, capturedBy, deviceId, appVersion, now.WithOffset(Offset.Zero));

    /// <summary>Removes the signature before sending and records <see cref="SignatureCleared"/>; without a signature nothing happens (SIG-11).</summary>
    /// <param name="now">The current instant, read from an <see cref="IClock"/> by the caller.</param>
    /// <returns><see cref="Success"/> or <see cref="SignatureLocked"/>.</returns>
    public OneOf<Success, SignatureLocked> ClearSignature(Instant now)
    {
        if (IsReadOnly)
        {
            return new SignatureLocked(Id);
        }
        if (Signature is { } signature)
        {
            Signature = null;
            _events.Add(new SignatureCleared(Id, signature.ContentHash, now));
            Touch();
        }
        return new Success();
    }

    /// <summary>Returns every reason the work order cannot be sent now; empty when it can (WO-05). Same as <see cref="SendGate.Evaluate"/>.</summary>
    /// <returns>The blockers, in workflow order followed by policy blockers.</returns>
    public ImmutableArray<SendBlocker> CanSend() => SendGate.Evaluate(this);

    /// <summary>Marks the work order completed when nothing blocks sending.</summary>
    /// <returns><see cref="Success"/>, <see cref="SendBlocked"/> with every blocker, or <see cref="WorkOrderReadOnly"/>.</returns>
    public OneOf<Success, SendBlocked, WorkOrderReadOnly> Complete()
    {
        if (IsReadOnly)
        {
            return new WorkOrderReadOnly(Id);
        }
        ImmutableArray<SendBlocker> blockers = CanSend();
        if (!blockers.IsEmpty)
        {
            return new SendBlocked(Id, blockers);
        }
        Status = WorkOrderStatus.Completed;
        return new Success();
    }

    /// <summary>Sends the work order to the back office; idempotent by <paramref name="sendId"/> (WO-07).</summary>
    /// <param name="sendId">The id of this send attempt; sending again with the same id succeeds without effect.</param>
    /// <param name="now">The current instant, read from an <see cref="IClock"/> by the caller.</param>
    /// <returns><see cref="Success"/>, <see cref="SendBlocked"/> with every blocker, or <see cref="WorkOrderAlreadySent"/> for another send id.</returns>
    /// <remarks>On success the status becomes <see cref="WorkOrderStatus.Sent"/>, or <see cref="WorkOrderStatus.CannotComplete"/>
    /// when a visible step ended as cannot complete, and <see cref="WorkOrderSent"/> is recorded.</remarks>
    /// <exception cref="ArgumentException"><paramref name="sendId"/> is empty.</exception>
    public OneOf<Success, SendBlocked, WorkOrderAlreadySent> Send(SendId sendId, Instant now)
    {
        Guard.Against.Expression(x => x.IsEmpty, sendId, "The send id must not be empty.");
        if (SentWith is { } sent)
        {
            return sent == sendId ? new Success() : new WorkOrderAlreadySent(Id, sent);
        }
        ImmutableArray<SendBlocker> blockers = CanSend();
        if (!blockers.IsEmpty)
        {
            return new SendBlocked(Id, blockers);
        }
        bool cannotComplete = GetProgress().Steps.Any(s => s.IsVisible && s.Resolution == StepResolution.CannotComplete);
        Status = cannotComplete ? WorkOrderStatus.CannotComplete : WorkOrderStatus.Sent;
        SentWith = sendId;
        SentAt = now;
        _events.Add(new WorkOrderSent(Id, sendId, Status, ToContent(), Signature, Signature?.ContentHash, [.. _hours], now));
        return new Success();
    }

    /// <summary>Computes the state of every step under the current answers (WO-02, WO-03, WO-09).</summary>
    /// <returns>The progress.</returns>
    public WorkOrderProgress GetProgress()
    {
        var steps = ImmutableArray.CreateBuilder<StepProgress>(Workflow.Steps.Count);
        foreach (WorkflowStep step in Workflow.Steps)
        {
            steps.Add(ProgressOf(step));
        }
        return new WorkOrderProgress(steps.MoveToImmutable());
    }

    /// <summary>Returns a snapshot of the content a signature covers (SIG-09).</summary>
    /// <returns>The snapshot.</returns>
    public WorkOrderContent ToContent() => new(
        Id,
        Number,
        CustomerId,
        [.. _hours],
        [.. _materials],
        [.. _answers.OrderBy(a => a.Key, StringComparer.Ordinal)],
        [.. _photos.Select(p => p.ContentHash)],
        [.. _notes.OrderBy(n => n.Key, StringComparer.Ordinal)],
        [.. _results.OrderBy(r => r.Key, StringComparer.Ordinal)]);

    /// <summary>Returns the complete state, for storage adapters; events are not included.</summary>
    /// <returns>The snapshot.</returns>
    public WorkOrderSnapshot ToSnapshot() => new(
        Id,
        Number,
        CustomerId,
        AssetId,
        Origin,
        Schedule,
        Workflow,
        Policy,
        Status,
        [.. _assigned],
        [.. _answers.OrderBy(a => a.Key, StringComparer.Ordinal)],
        [.. _notes.OrderBy(n => n.Key, StringComparer.Ordinal)],
        [.. _materials],
        [.. _hours],
        [.. _photos],
        [.. _timers],
        [.. _marks.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new StepMark(m.Key, m.Value.Resolution, m.Value.Reason))],
        [.. _results.OrderBy(r => r.Key, StringComparer.Ordinal)],
        Signature,
        SentWith,
        SentAt);

    /// <summary>Recreates a work order from a snapshot written by <see cref="ToSnapshot"/>, without events.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>A new instance that shares no mutable state with any other.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    public static WorkOrder Rehydrate(WorkOrderSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        var order = new WorkOrder(snapshot.Id, snapshot.Number, snapshot.CustomerId, snapshot.AssetId, snapshot.Origin, snapshot.Schedule, snapshot.Workflow, snapshot.Policy)
        {
            Status = snapshot.Status,
            Signature = snapshot.Signature,
            SentWith = snapshot.SentWith,
            SentAt = snapshot.SentAt,
        };
        order._assigned.AddRange(snapshot.AssignedEmployees);
        foreach (KeyValuePair<string, string> answer in snapshot.Answers)
        {
            order._answers[answer.Key] = answer.Value;
        }
        foreach (KeyValuePair<string, string> note in snapshot.Notes)
        {
            order._notes[note.Key] = note.Value;
        }
        order._materials.AddRange(snapshot.Materials);
        order._hours.AddRange(snapshot.Hours);
        order._photos.AddRange(snapshot.Photos);
        order._timers.AddRange(snapshot.RunningTimers);
        foreach (KeyValuePair<string, FormResult> result in snapshot.FormResults)
        {
            order._results[result.Key] = result.Value;
        }
        foreach (StepMark mark in snapshot.StepMarks)
        {
            order._marks[mark.StepId] = (mark.Resolution, mark.Reason);
        }
        return order;
    }

    /// <inheritdoc />
    public void ClearDomainEvents() => _events.Clear();

    internal StepProgress ProgressOf(WorkflowStep step)
    {
        bool visible = step.VisibleWhen?.IsMetBy(_answers) ?? true;
        bool required = visible && step.Requirement.AppliesTo(_answers);
        if (_marks.TryGetValue(step.Id, out (StepResolution Resolution, string? Reason) mark))
        {
            return new StepProgress(step, visible, required, mark.Resolution, mark.Reason);
        }
        return new StepProgress(step, visible, required, IsComplete(step) ? StepResolution.Complete : StepResolution.Open, null);
    }

    internal IEnumerable<FormField> MissingFields(WorkflowStep step) =>
        step.Fields.Where(f => (f.VisibleWhen?.IsMetBy(_answers) ?? true) && f.Requirement.AppliesTo(_answers) && !_answers.ContainsKey(f.Id));

    internal int PhotoCount(string? stepId) => stepId is null ? _photos.Count : _photos.Count(p => p.StepId == stepId);

    internal string? SignatureProblem() =>
        Signature is { SignerName: null } && Policy.SignerNameRequired ? "the name of the person signing is missing" : null;

    private bool IsComplete(WorkflowStep step) => step.Kind switch
    {
        StepKind.Form => IsFormComplete(step),
        StepKind.Photos => PhotoCount(step.Id) >= step.MinPhotos,
        StepKind.Notes => _notes.ContainsKey(step.Id),
        StepKind.Hours => _hours.Exists(h => h.Duration > Duration.Zero),
        StepKind.Materials => _materials.Count > 0,
        _ => Signature is not null && SignatureProblem() is null && !IsSignatureStale,
    };

    // A form is complete when every visible required field is answered and, if it records one, it has a result;
    // a form without required fields or result needs one answer.
    private bool IsFormComplete(WorkflowStep step)
    {
        if (MissingFields(step).Any())
        {
            return false;
        }
        if (step.RecordsResult && !_results.ContainsKey(step.Id))
        {
            return false;
        }
        bool hasRequired = step.Fields.Any(f => (f.VisibleWhen?.IsMetBy(_answers) ?? true) && f.Requirement.AppliesTo(_answers));
        return hasRequired || step.RecordsResult || step.Fields.Any(f => _answers.ContainsKey(f.Id));
    }

    private StepPreviousIncomplete? CheckSequence(WorkflowStep step)
    {
        if (!Workflow.IsSequential)
        {
            return null;
        }
        foreach (WorkflowStep earlier in Workflow.Steps)
        {
            if (ReferenceEquals(earlier, step) || earlier.Id == step.Id)
            {
                return null;
            }
            if (!ProgressOf(earlier).IsSettled)
            {
                return new StepPreviousIncomplete(earlier.Id, earlier.Name);
            }
        }
        return null;
    }

    private (WorkflowStep Step, FormField Field) FindField(string fieldId)
    {
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

    // Every change goes through here, so it also invalidates the remembered staleness.
    private void Touch()
    {
        _revision = unchecked(_revision + 1);
        if (Status is WorkOrderStatus.Planned or WorkOrderStatus.Completed)
        {
            Status = WorkOrderStatus.InProgress;
        }
    }
}
