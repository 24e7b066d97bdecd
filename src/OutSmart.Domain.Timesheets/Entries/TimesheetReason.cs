using Ardalis.GuardClauses;
using OneOf;

namespace OutSmart.Domain.Timesheets;

/// <summary>Why an entry was rejected or reopened, or a period reopened: 1 to 500 characters, kept in the history (TS-21, TS-23).</summary>
/// <remarks>Two reasons are equal when their texts are equal (ordinal).</remarks>
public sealed record TimesheetReason
{
    /// <summary>The longest reason, in UTF-16 code units.</summary>
    public const int MaxLength = 500;

    private TimesheetReason(string text) => Text = text;

    /// <summary>Gets the reason, trimmed.</summary>
    public string Text { get; }

    /// <summary>Creates a reason from user input.</summary>
    /// <param name="text">The text; trimmed.</param>
    /// <returns>The reason, <see cref="TimesheetReasonRequired"/> when blank, or <see cref="TimesheetReasonTooLong"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<TimesheetReason, TimesheetReasonRequired, TimesheetReasonTooLong> Create(string text)
    {
        Guard.Against.Null(text);
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new TimesheetReasonRequired();
        }
        if (trimmed.Length > MaxLength)
        {
            return new TimesheetReasonTooLong(trimmed.Length);
        }
        return new TimesheetReason(trimmed);
    }

    /// <summary>Returns the text.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
