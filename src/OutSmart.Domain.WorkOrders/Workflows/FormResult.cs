namespace OutSmart.Domain.WorkOrders;

/// <summary>The overall result of an inspection form, for forms that record one (WO-10).</summary>
public enum FormResult
{
    /// <summary>Everything inspected is in order.</summary>
    Pass = 1,

    /// <summary>The inspection failed.</summary>
    Fail = 2,

    /// <summary>Part of the inspection passed.</summary>
    Partial = 3,

    /// <summary>The inspection does not apply.</summary>
    NotApplicable = 4,
}
