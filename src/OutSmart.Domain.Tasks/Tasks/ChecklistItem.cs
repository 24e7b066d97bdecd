using Ardalis.GuardClauses;

namespace OutSmart.Domain.Tasks;

/// <summary>One line of a task's checklist (TSK-11): a short text that is done or not.</summary>
/// <remarks>
/// <para>Items are numbered by the task from 1 upwards in the order they are added; a number is never reused, even
/// after its item is removed.</para>
/// <para>Two items are equal when their numbers, texts and done flags are equal.</para>
/// </remarks>
public sealed record ChecklistItem
{
    /// <summary>The longest item text, in UTF-16 code units after trimming.</summary>
    public const int MaxTextLength = 500;

    private ChecklistItem(int number, string text, bool isDone)
    {
        Number = number;
        Text = text;
        IsDone = isDone;
    }

    /// <summary>Gets the item's number within its task; 1 or more.</summary>
    public int Number { get; }

    /// <summary>Gets the trimmed text; 1 to <see cref="MaxTextLength"/> characters.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether the item has been ticked off.</summary>
    public bool IsDone { get; }

    /// <summary>Creates an item; used by the task and by storage adapters that read one back.</summary>
    /// <param name="number">1 or more.</param>
    /// <param name="text">1 to <see cref="MaxTextLength"/> characters after trimming.</param>
    /// <param name="isDone">Whether it is ticked off.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is not positive, or <paramref name="text"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ChecklistItem Create(int number, string text, bool isDone)
    {
        Guard.Against.NegativeOrZero(number);
        string trimmed = Guard.Against.NullOrWhiteSpace(text).Trim();
        Guard.Against.OutOfRange(trimmed.Length, nameof(text), 1, MaxTextLength);
        return new ChecklistItem(number, trimmed, isDone);
    }

    internal ChecklistItem WithDone(bool isDone) => new(Number, Text, isDone);
}
