namespace OutSmart.Domain.Abstractions;

/// <summary>An expected business failure: a rule said no.</summary>
/// <remarks>
/// <para>Every package reports expected failures as values, never as exceptions: a method returns
/// <c>OneOf&lt;Success, SpecificError, …&gt;</c> where each error is a <see langword="sealed"/> record that implements
/// this interface, is named for the condition (<c>TaskTitleRequired</c>, <c>SignatureStale</c>) and carries the ids
/// and values a caller needs. Programmer errors (null, empty id, undefined enum) throw the
/// <see cref="ArgumentException"/> family instead.</para>
/// <para><see cref="Code"/> is stable and suits logs, translations and APIs; <see cref="Message"/> is English text
/// that an end user understands.</para>
/// </remarks>
public interface IDomainError
{
    /// <summary>Gets the stable, upper-case code of the refusal, unique across all packages and listed in the repository's <c>docs/rules.md</c> (for example <c>TASK_TITLE_REQUIRED</c>).</summary>
    string Code { get; }

    /// <summary>Gets an English message that says what was refused and why.</summary>
    string Message { get; }
}
