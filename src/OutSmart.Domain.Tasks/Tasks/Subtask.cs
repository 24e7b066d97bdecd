using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>A smaller piece of work inside a task (TSK-11); subtasks are one level deep and have no subtasks of their own.</summary>
/// <remarks>
/// <para>A required subtask blocks completing its parent while it is not done (Odoo-style blocking); subtasks are not
/// required unless the caller says so.</para>
/// <para>Two subtasks are equal when all their properties are equal.</para>
/// </remarks>
public sealed record Subtask
{
    private Subtask(TaskId id, TaskTitle title, bool isRequired, bool isDone)
    {
        Id = id;
        Title = title;
        IsRequired = isRequired;
        IsDone = isDone;
    }

    /// <summary>Gets the subtask's id, chosen by the caller and unique within its parent.</summary>
    public TaskId Id { get; }

    /// <summary>Gets the subtask's title.</summary>
    public TaskTitle Title { get; }

    /// <summary>Gets a value indicating whether the parent cannot be completed while this subtask is not done.</summary>
    public bool IsRequired { get; }

    /// <summary>Gets a value indicating whether the subtask is done.</summary>
    public bool IsDone { get; }

    /// <summary>Creates a subtask; used by the task and by storage adapters that read one back.</summary>
    /// <param name="id">Not empty.</param>
    /// <param name="title">The title.</param>
    /// <param name="isRequired">Whether it blocks completing the parent.</param>
    /// <param name="isDone">Whether it is done.</param>
    /// <returns>The subtask.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public static Subtask Create(TaskId id, TaskTitle title, bool isRequired, bool isDone)
    {
        Guard.Against.Default(id);
        Guard.Against.Null(title);
        return new Subtask(id, title, isRequired, isDone);
    }

    internal Subtask WithDone(bool isDone) => new(Id, Title, IsRequired, isDone);
}
