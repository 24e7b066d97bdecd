namespace OutSmart.Domain.WorkOrders;

/// <summary>How a step of a work order ended up, for display and for the send gate.</summary>
public enum StepResolution
{
    /// <summary>The step is not complete (yet).</summary>
    Open = 1,

    /// <summary>The step is complete under WO-02.</summary>
    Complete = 2,

    /// <summary>The technician marked an optional step as not applicable (WO-08).</summary>
    NotApplicable = 3,

    /// <summary>The technician could not complete a required step and gave a reason (WO-08).</summary>
    CannotComplete = 4,
}
