using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OneOf;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>Who is responsible for a task (TSK-02): exactly one owner plus a set of 0 to <see cref="MaxAssignees"/> assignees.</summary>
/// <remarks>
/// <para>The owner is accountable; assignees do the work. The owner may also be an assignee. Assignees form a set: a
/// repeated id is kept once, in the order it first appeared.</para>
/// <para>Two values are equal when they have the same owner and the same assignees in the same order.</para>
/// </remarks>
public sealed record TaskParticipants
{
    /// <summary>The largest number of assignees on one task.</summary>
    public const int MaxAssignees = 50;

    private TaskParticipants(EmployeeId owner, ImmutableArray<EmployeeId> assignees)
    {
        Owner = owner;
        Assignees = assignees;
    }

    /// <summary>Gets the employee accountable for the task; never empty.</summary>
    public EmployeeId Owner { get; }

    /// <summary>Gets the employees assigned to the task, without duplicates, in the order they were assigned.</summary>
    public ImmutableArray<EmployeeId> Assignees { get; }

    /// <summary>Gets everyone who receives the task's reminders (TSK-08): the owner, then the assignees, each once.</summary>
    public IEnumerable<EmployeeId> Recipients => Assignees.Insert(0, Owner).Distinct();

    /// <summary>Creates the participants of a task.</summary>
    /// <param name="owner">The owner; <see cref="TaskOwnerRequired"/> when it is empty.</param>
    /// <param name="assignees">The assignees; duplicates are kept once.</param>
    /// <returns>The participants, <see cref="TaskOwnerRequired"/>, or <see cref="TaskLimitReached"/> when there are more than <see cref="MaxAssignees"/> distinct assignees.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignees"/> is null.</exception>
    /// <exception cref="ArgumentException">An assignee id is empty.</exception>
    public static OneOf<TaskParticipants, TaskOwnerRequired, TaskLimitReached> Create(EmployeeId owner, params IEnumerable<EmployeeId> assignees)
    {
        Guard.Against.Null(assignees);
        var distinct = new List<EmployeeId>();
        foreach (EmployeeId assignee in assignees)
        {
            Guard.Against.Default(assignee, nameof(assignees));
            if (!distinct.Contains(assignee))
            {
                distinct.Add(assignee);
            }
        }
        if (owner.IsEmpty)
        {
            return new TaskOwnerRequired();
        }
        if (distinct.Count > MaxAssignees)
        {
            return new TaskLimitReached(TaskLimit.Assignees, MaxAssignees);
        }
        return new TaskParticipants(owner, [.. distinct]);
    }

    /// <summary>Tells whether the employee is the owner or one of the assignees.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns><see langword="true"/> when the employee takes part in the task.</returns>
    public bool Includes(EmployeeId employee) => Owner == employee || Assignees.Contains(employee);

    /// <summary>Tells whether the employee is one of the assignees.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns><see langword="true"/> when the employee is assigned.</returns>
    public bool IsAssigned(EmployeeId employee) => Assignees.Contains(employee);

    internal TaskParticipants WithOwner(EmployeeId owner) => new(owner, Assignees);

    internal TaskParticipants WithAssignee(EmployeeId employee) => new(Owner, Assignees.Add(employee));

    internal TaskParticipants WithoutAssignee(EmployeeId employee) => new(Owner, Assignees.Remove(employee));

    /// <inheritdoc />
    public bool Equals(TaskParticipants? other) =>
        other is not null && Owner == other.Owner && Assignees.SequenceEqual(other.Assignees);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Owner, Assignees.Length);
}
