namespace OutSmart.Domain.Abstractions;

/// <summary>A save was refused because someone else saved the same aggregate first.</summary>
/// <param name="AggregateType">The aggregate's type name, for example <c>FollowUpTask</c>.</param>
/// <param name="Id">The aggregate's id.</param>
/// <param name="Expected">The version the caller loaded and expected to replace.</param>
/// <param name="Actual">The version storage holds now, or <see langword="null"/> when the aggregate no longer exists.</param>
/// <remarks>Reload the aggregate, apply the command again and save again.</remarks>
public sealed record ConcurrencyConflict(string AggregateType, Guid Id, AggregateVersion Expected, AggregateVersion? Actual) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONCURRENCY_CONFLICT";

    /// <inheritdoc />
    public string Message => Actual is { } actual
        ? $"{AggregateType} {Id:D} was changed by someone else (version {actual}, expected {Expected}). Reload it and try again."
        : $"{AggregateType} {Id:D} no longer exists (expected version {Expected}).";
}
