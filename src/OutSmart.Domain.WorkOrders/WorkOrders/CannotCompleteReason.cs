using OneOf;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Why a required step could not be completed: at least <see cref="MinLength"/> characters after trimming (WO-08).</summary>
/// <remarks>Two reasons are equal when their trimmed texts are equal ordinally.</remarks>
public sealed record CannotCompleteReason
{
    /// <summary>The fewest characters of a reason after trimming (WO-08).</summary>
    public const int MinLength = 10;

    /// <summary>The most characters of a reason after trimming.</summary>
    public const int MaxLength = WorkOrder.MaxNotesLength;

    private CannotCompleteReason(string value) => Value = value;

    /// <summary>Gets the trimmed reason, <see cref="MinLength"/> to <see cref="MaxLength"/> characters.</summary>
    public string Value { get; }

    /// <summary>Creates a reason from what the technician typed.</summary>
    /// <param name="value">The reason; leading and trailing white space is removed. <see langword="null"/> is treated as blank.</param>
    /// <returns>The reason, <see cref="ReasonRequired"/> when the trimmed text is shorter than <see cref="MinLength"/>
    /// (blank included), or <see cref="ReasonTooLong"/> when it is longer than <see cref="MaxLength"/>.</returns>
    public static OneOf<CannotCompleteReason, ReasonRequired, ReasonTooLong> Create(string? value)
    {
        string trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length < MinLength)
        {
            return new ReasonRequired(trimmed.Length);
        }
        if (trimmed.Length > MaxLength)
        {
            return new ReasonTooLong(trimmed.Length, MaxLength);
        }
        return new CannotCompleteReason(trimmed);
    }

    /// <summary>Returns the reason.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
