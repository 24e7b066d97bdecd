namespace OutSmart.Domain.WorkOrders;

/// <summary>Why sending a work order is blocked (WO-05); each kind has a stable code.</summary>
public enum SendBlockerKind
{
    /// <summary><c>STEP_REQUIRED_INCOMPLETE</c>: a required, visible step is not complete.</summary>
    StepRequiredIncomplete = 1,

    /// <summary><c>FIELD_REQUIRED</c>: a required, visible field of a required form step has no answer.</summary>
    FieldRequired = 2,

    /// <summary><c>PHOTO_COUNT_BELOW_MIN</c>: too few photos.</summary>
    PhotoCountBelowMin = 3,

    /// <summary><c>SIGNATURE_MISSING</c>: a required signature was not captured.</summary>
    SignatureMissing = 4,

    /// <summary><c>SIGNATURE_INVALID</c>: the signature does not meet the policy, for example it has no signer name.</summary>
    SignatureInvalid = 5,

    /// <summary><c>SIGNATURE_STALE</c>: the signed content changed after signing (SIG-10).</summary>
    SignatureStale = 6,

    /// <summary><c>HOURS_MISSING</c>: hours are required and none are registered.</summary>
    HoursMissing = 7,

    /// <summary><c>TIMER_RUNNING</c>: a timer is still running.</summary>
    TimerRunning = 8,
}
