using Ardalis.GuardClauses;
using OneOf;

namespace OutSmart.Domain.Tasks;

/// <summary>A task's description (TSK-01): free text of at most <see cref="MaxLength"/> characters; may be empty.</summary>
/// <remarks>The text is stored as given, without trimming. Two descriptions are equal when their texts are equal ordinally.</remarks>
public sealed record TaskDescription
{
    /// <summary>The longest description, in UTF-16 code units.</summary>
    public const int MaxLength = 10_000;

    private TaskDescription(string value) => Value = value;

    /// <summary>Gets the empty description.</summary>
    public static TaskDescription Empty { get; } = new(string.Empty);

    /// <summary>Gets the text; possibly empty.</summary>
    public string Value { get; }

    /// <summary>Creates a description from user input.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The description, or <see cref="TaskDescriptionTooLong"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<TaskDescription, TaskDescriptionTooLong> Create(string text)
    {
        Guard.Against.Null(text);
        if (text.Length > MaxLength)
        {
            return new TaskDescriptionTooLong(text.Length, MaxLength);
        }
        return text.Length == 0 ? Empty : new TaskDescription(text);
    }

    /// <summary>Returns the text.</summary>
    /// <returns>The <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
