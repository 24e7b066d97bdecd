using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>One visit generation skipped or created differently than planned, and why.</summary>
/// <param name="Key">The occurrence.</param>
/// <param name="Kind">What happened.</param>
public sealed record GenerationNote(OccurrenceKey Key, GenerationNoteKind Kind)
{
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
