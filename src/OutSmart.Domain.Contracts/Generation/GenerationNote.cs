using Ardalis.GuardClauses;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>One visit generation skipped or created differently than planned, and why.</summary>
/// <remarks>Two notes are equal when key and kind are equal.</remarks>
public sealed record GenerationNote
{
    /// <summary>Creates a note.</summary>
    /// <param name="key">The occurrence.</param>
    /// <param name="kind">What happened.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public GenerationNote(OccurrenceKey key, GenerationNoteKind kind)
    {
        Key = Guard.Against.Null(key);
        Kind = kind;
    }

    /// <summary>Gets the occurrence.</summary>
    public OccurrenceKey Key { get; }

    /// <summary>Gets what happened.</summary>
    public GenerationNoteKind Kind { get; }

    /// <summary>Gets the reason in English, for a report.</summary>
    public string Reason => Kind switch
    {
        GenerationNoteKind.MissedAndSkipped => "skipped: the target passed while generation did not run (missed policy skip)",
        GenerationNoteKind.EmployeeAbsent => "created deadline-only: the employee is absent that day",
        GenerationNoteKind.NoPublishedWorkflow => "skipped: no published workflow for the work type",
        _ => Kind.ToString(),
    };

    /// <summary>Gets a value indicating whether the visit was not created.</summary>
    public bool IsSkipped => Kind != GenerationNoteKind.EmployeeAbsent;
}
