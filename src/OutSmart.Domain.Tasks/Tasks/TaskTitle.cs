using Ardalis.GuardClauses;
using OneOf;

namespace OutSmart.Domain.Tasks;

/// <summary>A task's title (TSK-01): 1 to <see cref="MaxLength"/> characters after trimming.</summary>
/// <remarks>The text is stored trimmed. Two titles are equal when their texts are equal ordinally.</remarks>
public sealed record TaskTitle
{
    /// <summary>The longest title, in UTF-16 code units after trimming.</summary>
    public const int MaxLength = 200;

    private TaskTitle(string value) => Value = value;

    /// <summary>Gets the trimmed title; never blank.</summary>
    public string Value { get; }

    /// <summary>Creates a title from user input.</summary>
    /// <param name="text">The text; leading and trailing white space is removed.</param>
    /// <returns>The title, <see cref="TaskTitleRequired"/> when it is blank, or <see cref="TaskTitleTooLong"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<TaskTitle, TaskTitleRequired, TaskTitleTooLong> Create(string text)
    {
        Guard.Against.Null(text);
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new TaskTitleRequired();
        }
        if (trimmed.Length > MaxLength)
        {
            return new TaskTitleTooLong(trimmed.Length, MaxLength);
        }
        return new TaskTitle(trimmed);
    }

    /// <summary>Returns the title text.</summary>
    /// <returns>The <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
