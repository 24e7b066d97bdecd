using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

/// <summary>One step of a workflow: what the technician does, whether it is required, and when it is shown (WO-01, WO-02).</summary>
/// <remarks>
/// <para>Create steps with the factory of their kind (<see cref="Form"/>, <see cref="Photos"/>, …). A hidden step is
/// never required (WO-03).</para>
/// <para>Two steps are equal when all their parts are equal; fields compare in order.</para>
/// </remarks>
public sealed record WorkflowStep
{
    private WorkflowStep(string id, string name, StepKind kind, Requirement requirement, Condition? visibleWhen, ImmutableArray<FormField> fields, int minPhotos, bool recordsResult)
    {
        RecordsResult = recordsResult;
        Id = id;
        Name = name;
        Kind = kind;
        Requirement = requirement;
        VisibleWhen = visibleWhen;
        Fields = fields;
        MinPhotos = minPhotos;
    }

    /// <summary>Gets the id, unique within the workflow.</summary>
    public string Id { get; }

    /// <summary>Gets the name shown to the technician, such as <c>Photos before</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the step asks for.</summary>
    public StepKind Kind { get; }

    /// <summary>Gets whether the step must be completed.</summary>
    public Requirement Requirement { get; }

    /// <summary>Gets the condition under which the step is shown, or <see langword="null"/> when always shown.</summary>
    public Condition? VisibleWhen { get; }

    /// <summary>Gets the fields of a <see cref="StepKind.Form"/> step in display order; otherwise empty.</summary>
    public ImmutableArray<FormField> Fields { get; }

    /// <summary>Gets a value indicating whether a form step needs an overall <see cref="FormResult"/> to be complete (WO-10).</summary>
    public bool RecordsResult { get; }

    /// <summary>Gets the minimum number of photos of a <see cref="StepKind.Photos"/> step (at least 1); otherwise 0.</summary>
    public int MinPhotos { get; }

    /// <summary>Creates a form step.</summary>
    /// <param name="id">The step id.</param>
    /// <param name="name">The step name.</param>
    /// <param name="fields">One or more fields with distinct ids.</param>
    /// <param name="requirement">Optional when <see langword="null"/>.</param>
    /// <param name="visibleWhen">Always shown when <see langword="null"/>.</param>
    /// <param name="recordsResult">Whether the form needs an overall Pass/Fail/Partial/NA result (WO-10).</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException">An id or name is blank, there are no fields, or field ids repeat.</exception>
    public static WorkflowStep Form(string id, string name, IEnumerable<FormField> fields, Requirement? requirement = null, Condition? visibleWhen = null, bool recordsResult = false)
    {
        Guard.Against.Null(fields);
        ImmutableArray<FormField> array = [.. fields];
        Guard.Against.Zero(array.Length, nameof(fields));
        if (array.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count() != array.Length)
        {
            throw new ArgumentException("Field ids must be distinct.", nameof(fields));
        }
        return Create(id, name, StepKind.Form, requirement, visibleWhen, array, 0, recordsResult);
    }

    /// <summary>Creates a photos step.</summary>
    /// <param name="id">The step id.</param>
    /// <param name="name">The step name.</param>
    /// <param name="minPhotos">The minimum number of photos, at least 1 (WO-02 default 1).</param>
    /// <param name="requirement">Optional when <see langword="null"/>.</param>
    /// <param name="visibleWhen">Always shown when <see langword="null"/>.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException">An id or name is blank, or <paramref name="minPhotos"/> is below 1.</exception>
    public static WorkflowStep Photos(string id, string name, int minPhotos = 1, Requirement? requirement = null, Condition? visibleWhen = null) =>
        Create(id, name, StepKind.Photos, requirement, visibleWhen, [], Guard.Against.NegativeOrZero(minPhotos), false);

    /// <summary>Creates a step of a kind without settings: notes, hours, materials or signature.</summary>
    /// <param name="id">The step id.</param>
    /// <param name="name">The step name.</param>
    /// <param name="kind"><see cref="StepKind.Notes"/>, <see cref="StepKind.Hours"/>, <see cref="StepKind.Materials"/> or <see cref="StepKind.Signature"/>.</param>
    /// <param name="requirement">Optional when <see langword="null"/>.</param>
    /// <param name="visibleWhen">Always shown when <see langword="null"/>.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException">An id or name is blank, or <paramref name="kind"/> is a form, photos or undefined kind.</exception>
    public static WorkflowStep Simple(string id, string name, StepKind kind, Requirement? requirement = null, Condition? visibleWhen = null)
    {
        Guard.Against.EnumOutOfRange(kind);
        if (kind is StepKind.Form or StepKind.Photos)
        {
            throw new ArgumentException("Use WorkflowStep.Form or WorkflowStep.Photos for these kinds.", nameof(kind));
        }
        return Create(id, name, kind, requirement, visibleWhen, [], 0, false);
    }

    /// <inheritdoc />
    public bool Equals(WorkflowStep? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind && MinPhotos == other.MinPhotos && RecordsResult == other.RecordsResult
        && Requirement.Equals(other.Requirement) && Equals(VisibleWhen, other.VisibleWhen) && Fields.SequenceEqual(other.Fields);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, MinPhotos, Requirement, VisibleWhen, Fields.Length);

    private static WorkflowStep Create(string id, string name, StepKind kind, Requirement? requirement, Condition? visibleWhen, ImmutableArray<FormField> fields, int minPhotos, bool recordsResult)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        return new WorkflowStep(id, name, kind, requirement ?? Requirement.Optional, visibleWhen, fields, minPhotos, recordsResult);
    }
}
