namespace OutSmart.Domain.Contracts;

/// <summary>How often a contract is invoiced (factuurperiode).</summary>
public enum InvoicePeriod
{
    /// <summary>Every month.</summary>
    Monthly = 1,

    /// <summary>Every three months.</summary>
    Quarterly = 2,

    /// <summary>Every six months.</summary>
    HalfYearly = 3,

    /// <summary>Every year.</summary>
    Yearly = 4,
}
