namespace OutSmart.Domain.WorkOrders;

/// <summary>Why signature ink was refused.</summary>
public enum SignatureRejectionReason
{
    /// <summary>The input is not well-formed JSON or not in the expected shape.</summary>
    Malformed = 1,

    /// <summary>A coordinate is not finite or lies beyond the canvas plus margin (SIG-02), or a pressure lies outside [0, 1] (SIG-05).</summary>
    PointOutOfRange = 2,

    /// <summary>The canvas size stored with the ink breaks SIG-03 (code <c>SIGNATURE_INK_CANVAS_INVALID</c>).</summary>
    CanvasInvalid = 3,

    /// <summary>Too many strokes or points, too long a capture, or too large a document (SIG-04).</summary>
    TooLarge = 4,

    /// <summary>Time decreases within or between strokes (SIG-05).</summary>
    TimeInvalid = 5,

    /// <summary>There is no ink at all (SIG-07).</summary>
    Empty = 6,

    /// <summary>The ink is below the thresholds of SIG-07: a dot, a tick, a scribble.</summary>
    TooSimple = 7,

    /// <summary>A JSON object repeats a key (after unescaping, compared ordinally), so which value counts would be a guess.</summary>
    DuplicateKey = 8,
}
