using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// What every work order a contract generates looks like (werkbon-sjabloon): the work type (which selects the
/// published workflow), a description, the expected duration, the time of day or window, and the materials to bring.
/// </summary>
/// <remarks>
/// <para>The work type and description are trimmed; the work type is 1 to <see cref="MaxWorkTypeLength"/> characters,
/// the description at most <see cref="MaxDescriptionLength"/>; the expected duration is positive and at most a day;
/// materials are at most <see cref="MaxMaterials"/> non-blank article codes.</para>
/// <para>Two templates are equal when all their values are equal, materials compared in order.</para>
/// </remarks>
public sealed record WorkOrderTemplate
{
    /// <summary>The longest work type, in characters.</summary>
    public const int MaxWorkTypeLength = 100;

    /// <summary>The longest description, in characters.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>The most materials a template lists.</summary>
    public const int MaxMaterials = 50;

    private WorkOrderTemplate(string workType, string description, Duration expectedDuration, VisitTime time, ImmutableArray<string> materials)
    {
        WorkType = workType;
        Description = description;
        ExpectedDuration = expectedDuration;
        Time = time;
        Materials = materials;
    }

    /// <summary>Gets the work type (werksoort), for example <c>cv-onderhoud</c>.</summary>
    public string WorkType { get; }

    /// <summary>Gets the description given to every generated work order; may be empty.</summary>
    public string Description { get; }

    /// <summary>Gets how long a visit is expected to take.</summary>
    public Duration ExpectedDuration { get; }

    /// <summary>Gets the time of day or window a visit is planned at.</summary>
    public VisitTime Time { get; }

    /// <summary>Gets the article codes of the materials to bring, in the order given.</summary>
    public ImmutableArray<string> Materials { get; }

    /// <summary>Creates a template without materials.</summary>
    /// <param name="workType">The work type, 1 to <see cref="MaxWorkTypeLength"/> characters after trimming.</param>
    /// <param name="description">The description, at most <see cref="MaxDescriptionLength"/> characters after trimming.</param>
    /// <param name="expectedDuration">Positive, at most one standard day.</param>
    /// <param name="time">When on the day.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value is blank, too long or out of range.</exception>
    public static WorkOrderTemplate Create(string workType, string description, Duration expectedDuration, VisitTime time)
    {
        Guard.Against.NullOrWhiteSpace(workType);
        Guard.Against.Null(description);
        Guard.Against.Null(time);
        Guard.Against.OutOfRange(workType.Trim().Length, nameof(workType), 1, MaxWorkTypeLength);
        Guard.Against.OutOfRange(description.Trim().Length, nameof(description), 0, MaxDescriptionLength);
        Guard.Against.Expression(d => d <= Duration.Zero || d > Duration.FromDays(1), expectedDuration, "The expected duration is positive and at most a day.");
        return new(workType.Trim(), description.Trim(), expectedDuration, time, []);
    }

    /// <summary>Returns this template listing <paramref name="materials"/> instead.</summary>
    /// <param name="materials">Article codes, not blank, at most <see cref="MaxMaterials"/>; trimmed.</param>
    /// <returns>The new template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="materials"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A code is blank or there are too many.</exception>
    public WorkOrderTemplate WithMaterials(IEnumerable<string> materials)
    {
        Guard.Against.Null(materials);
        ImmutableArray<string> list = [.. materials.Select(m => Guard.Against.NullOrWhiteSpace(m, nameof(materials)).Trim())];
        Guard.Against.OutOfRange(list.Length, nameof(materials), 0, MaxMaterials);
        return new(WorkType, Description, ExpectedDuration, Time, list);
    }

    /// <inheritdoc />
    public bool Equals(WorkOrderTemplate? other) =>
        other is not null && WorkType == other.WorkType && Description == other.Description
        && ExpectedDuration == other.ExpectedDuration && Time == other.Time && Materials.SequenceEqual(other.Materials);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WorkType, ExpectedDuration, Time, Materials.Length);
}
