namespace OutSmart.Domain.Timesheets;

/// <summary>Whether a broken rule refuses the entry or only warns.</summary>
public enum ViolationSeverity
{
    /// <summary>The entry is refused: it cannot be registered, changed or approved.</summary>
    Error = 0,

    /// <summary>The entry is accepted and the violation reported, as the Working Hours Act limits are by default.</summary>
    Warning = 1,
}
