namespace OutSmart.Domain.Contracts;

/// <summary>Why generation reports a visit in <see cref="GenerationReport.Notes"/>.</summary>
public enum GenerationNoteKind
{
    /// <summary>Skipped: the target passed while generation did not run and the contract's policy is
    /// <see cref="MissedVisitPolicy.Skip"/>.</summary>
    MissedAndSkipped = 1,

    /// <summary>Created deadline-only: the contract's employee is absent on the target date
    /// (<see cref="IEmployeeAvailability"/>).</summary>
    EmployeeAbsent = 2,

    /// <summary>Skipped: no published workflow exists for the template's work type; the visit is planned again on the
    /// next run.</summary>
    NoPublishedWorkflow = 3,
}
