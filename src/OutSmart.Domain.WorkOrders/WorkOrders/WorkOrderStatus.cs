namespace OutSmart.Domain.WorkOrders;

/// <summary>Where a work order is in its life.</summary>
/// <remarks><see cref="Sent"/>, <see cref="CannotComplete"/> and <see cref="Cancelled"/> are final: the work order is read-only (WO-07, WO-11).</remarks>
public enum WorkOrderStatus
{
    /// <summary>Planned; nothing registered yet.</summary>
    Planned = 1,

    /// <summary>The technician is working on it.</summary>
    InProgress = 2,

    /// <summary>The technician finished it and nothing blocks sending; any later change returns it to <see cref="InProgress"/>.</summary>
    Completed = 3,

    /// <summary>Sent to the back office.</summary>
    Sent = 4,

    /// <summary>Sent to the back office with at least one required step that could not be completed (WO-08).</summary>
    CannotComplete = 5,

    /// <summary>Withdrawn before any work was done (geannuleerd), for example because a contract's schedule changed (WO-11).</summary>
    Cancelled = 6,
}
