namespace OutSmart.Domain.Contracts;

/// <summary>Why an <see cref="SlaEventLog"/> cannot be read; each problem has its own code in <see cref="SlaEventLogInvalid"/>.</summary>
public enum SlaEventLogProblem
{
    /// <summary><c>SLA_EVENT_OUT_OF_ORDER</c>: an event is earlier than the one before it.</summary>
    OutOfOrder = 1,

    /// <summary><c>SLA_EVENT_BEFORE_CREATED</c>: an event is earlier than the moment the clock started.</summary>
    BeforeCreated = 2,

    /// <summary><c>SLA_PAUSE_MISMATCH</c>: a pause while already paused, or a resume while not paused.</summary>
    PauseMismatch = 3,

    /// <summary><c>SLA_EVENT_REPEATED</c>: responded, on site or resolved happened a second time.</summary>
    Repeated = 4,

    /// <summary><c>SLA_EVENT_AFTER_NOW</c>: the clock is read at a moment before one of its events.</summary>
    AfterNow = 5,

    /// <summary><c>SLA_READ_BEFORE_CREATED</c>: the clock is read at a moment before the work order was created.</summary>
    ReadBeforeCreated = 6,
}
