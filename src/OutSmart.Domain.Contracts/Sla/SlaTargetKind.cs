namespace OutSmart.Domain.Contracts;

/// <summary>The three moments a service-level agreement promises, each ended by its own event in the <see cref="SlaEventLog"/>.</summary>
public enum SlaTargetKind
{
    /// <summary>The customer hears back (<i>reactietijd</i>); ended by <see cref="SlaEventKind.Responded"/>.</summary>
    Response = 1,

    /// <summary>A technician is on site (<i>aanrijtijd</i>); ended by <see cref="SlaEventKind.OnSite"/>.</summary>
    OnSite = 2,

    /// <summary>The problem is solved (<i>oplostijd</i>); ended by <see cref="SlaEventKind.Resolved"/>.</summary>
    Resolution = 3,
}
