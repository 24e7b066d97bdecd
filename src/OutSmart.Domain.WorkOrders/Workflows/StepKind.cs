namespace OutSmart.Domain.WorkOrders;

/// <summary>What a workflow step asks the technician to do (WO-01).</summary>
public enum StepKind
{
    /// <summary>Answer the fields of a form.</summary>
    Form = 1,

    /// <summary>Take at least a minimum number of photos.</summary>
    Photos = 2,

    /// <summary>Write notes.</summary>
    Notes = 3,

    /// <summary>Register hours.</summary>
    Hours = 4,

    /// <summary>Register used materials.</summary>
    Materials = 5,

    /// <summary>Have the customer sign.</summary>
    Signature = 6,
}
