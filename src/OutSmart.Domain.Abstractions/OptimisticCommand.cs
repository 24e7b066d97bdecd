using Ardalis.GuardClauses;
using OneOf;
using OneOf.Types;

namespace OutSmart.Domain.Abstractions;

/// <summary>The "load, run the command, save, retry on a concurrency conflict" loop that every host would otherwise
/// write by hand, for any aggregate and storage port.</summary>
/// <remarks>
/// <para>Each attempt loads the aggregate afresh, runs the command on it and, when the command answers
/// <see cref="Success"/>, saves it. A save that answers <see cref="ConcurrencyConflict"/> (someone else saved first)
/// starts the next attempt on the newly stored state, so the command is judged again against what is really stored:
/// a refusal that only the other save made possible is reported as that refusal. After the last attempt the conflict
/// is returned as a value. Nothing is saved when the command refuses.</para>
/// <para>The command may run more than once and must therefore only act on the aggregate it is given: no sending,
/// no other writes.</para>
/// <para>Each package wraps this loop in a small service with its own not-found refusal, derived from
/// <see cref="AggregateCommands{TId, TAggregate, TNotFound}"/> (for example <c>TaskCommands</c> in
/// OutSmart.Domain.Tasks); hosts normally use those.</para>
/// </remarks>
public static class OptimisticCommand
{
    /// <summary>The number of attempts the package services make by default: the first try and two retries.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>Loads an aggregate, runs a command on it and saves it, retrying on a concurrency conflict.</summary>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <typeparam name="TNotFound">The refusal returned when the aggregate does not exist.</typeparam>
    /// <param name="load">Loads the current stored state; returns <see langword="null"/> when there is none.</param>
    /// <param name="notFound">Creates the refusal for a missing aggregate.</param>
    /// <param name="command">Runs the command on the loaded aggregate and returns its result: <see cref="Success"/>
    /// or an <see cref="IDomainError"/> refusal (any union of those, such as the aggregate's own command results).</param>
    /// <param name="save">Saves the changed aggregate, comparing the version it was loaded with.</param>
    /// <param name="maxAttempts">How many times to try in all; one or more.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>The saved aggregate (with the events its command recorded); the not-found refusal; the command's own
    /// refusal; or the <see cref="ConcurrencyConflict"/> of the last attempt.</returns>
    /// <exception cref="ArgumentNullException">A delegate is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maxAttempts"/> is zero or negative.</exception>
    /// <exception cref="InvalidOperationException">The command answered something that is neither <see cref="Success"/>
    /// nor an <see cref="IDomainError"/>.</exception>
    public static async Task<OneOf<TAggregate, TNotFound, ConcurrencyConflict, IDomainError>> RunAsync<TAggregate, TNotFound>(
        Func<CancellationToken, Task<TAggregate?>> load,
        Func<TNotFound> notFound,
        Func<TAggregate, IOneOf> command,
        Func<TAggregate, CancellationToken, Task<OneOf<Success, ConcurrencyConflict>>> save,
        int maxAttempts,
        CancellationToken cancellationToken)
        where TAggregate : class
        where TNotFound : IDomainError
    {
        Guard.Against.Null(load);
        Guard.Against.Null(notFound);
        Guard.Against.Null(command);
        Guard.Against.Null(save);
        Guard.Against.NegativeOrZero(maxAttempts);

        ConcurrencyConflict? lastConflict = null;
        for (int attempt = 0; attempt < maxAttempts; attempt++)
        {
            TAggregate? aggregate = await load(cancellationToken).ConfigureAwait(false);
            if (aggregate is null)
            {
                return notFound();
            }
            switch (command(aggregate).Value)
            {
                case Success:
                    break;
                case IDomainError refusal:
                    return OneOf<TAggregate, TNotFound, ConcurrencyConflict, IDomainError>.FromT3(refusal);
                case var other:
                    throw new InvalidOperationException(
                        $"A command must answer Success or an IDomainError refusal; it answered {other?.GetType().Name ?? "null"}.");
            }
            OneOf<Success, ConcurrencyConflict> saved = await save(aggregate, cancellationToken).ConfigureAwait(false);
            if (saved.TryPickT1(out ConcurrencyConflict conflict, out _))
            {
                lastConflict = conflict;
                continue;
            }
            return aggregate;
        }
        return lastConflict!;
    }
}
