using OneOf;
using OneOf.Types;

namespace OutSmart.Domain.Abstractions.Tests;

public sealed class OptimisticCommandTests
{
    private sealed class Counter
    {
        public int Value { get; set; }

        public AggregateVersion Version { get; set; }
    }

    private sealed record CounterMissing : IDomainError
    {
        public string Code => "COUNTER_MISSING";

        public string Message => "No counter.";
    }

    private sealed record CounterTooHigh(int Value) : IDomainError
    {
        public string Code => "COUNTER_TOO_HIGH";

        public string Message => "Too high.";
    }

    /// <summary>A store holding one counter; <see cref="ConflictsToCause"/> concurrent writers save before each of our saves.</summary>
    private sealed class Store
    {
        public int StoredValue { get; set; }

        public AggregateVersion StoredVersion { get; set; } = AggregateVersion.From(1);

        public bool Exists { get; set; } = true;

        public int ConflictsToCause { get; set; }

        public int Saves { get; private set; }

        public int Loads { get; private set; }

        public Task<Counter?> Load(CancellationToken cancellationToken)
        {
            Loads++;
            return Task.FromResult(Exists ? new Counter { Value = StoredValue, Version = StoredVersion } : null);
        }

        public Task<OneOf<Success, ConcurrencyConflict>> Save(Counter counter, CancellationToken cancellationToken)
        {
            if (ConflictsToCause > 0)
            {
                ConflictsToCause--;
                StoredValue += 10;
                StoredVersion = StoredVersion.Next();
            }
            if (counter.Version != StoredVersion)
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(
                    new ConcurrencyConflict("Counter", Guid.Empty, counter.Version, StoredVersion));
            }
            StoredValue = counter.Value;
            StoredVersion = StoredVersion.Next();
            Saves++;
            return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
        }
    }

    private static OneOf<Success, CounterTooHigh> Increment(Counter counter)
    {
        if (counter.Value >= 15)
        {
            return new CounterTooHigh(counter.Value);
        }
        counter.Value++;
        return new Success();
    }

    private static Task<OneOf<Counter, CounterMissing, ConcurrencyConflict, IDomainError>> Run(Store store, int maxAttempts = 3) =>
        OptimisticCommand.RunAsync(store.Load, () => new CounterMissing(), c => Increment(c), store.Save, maxAttempts, CancellationToken.None);

    [Fact]
    public async Task RunAsync_WhenNobodyElseSaves_SavesOnceAndReturnsTheSavedAggregate()
    {
        var store = new Store { StoredValue = 1 };

        var result = await Run(store);

        Assert.Equal(2, result.AsT0.Value);
        Assert.Equal(2, store.StoredValue);
        Assert.Equal(1, store.Saves);
    }

    [Fact]
    public async Task RunAsync_WhenSomeoneElseSavesFirst_RunsTheCommandAgainOnTheirState()
    {
        var store = new Store { StoredValue = 1, ConflictsToCause = 1 };

        var result = await Run(store);

        Assert.True(result.IsT0);
        Assert.Equal(12, store.StoredValue);
        Assert.Equal(2, store.Loads);
    }

    [Fact]
    public async Task RunAsync_WhenEveryAttemptConflicts_ReturnsTheLastConflictAfterMaxAttempts()
    {
        var store = new Store { StoredValue = 1, ConflictsToCause = 2 };

        var result = await Run(store, maxAttempts: 2);

        Assert.True(result.IsT2);
        Assert.Equal(0, store.Saves);
        Assert.Equal(2, store.Loads);
    }

    [Fact]
    public async Task RunAsync_WhenTheCommandRefusesOnTheReloadedState_ReturnsThatRefusalAndSavesNothing()
    {
        var store = new Store { StoredValue = 1, ConflictsToCause = 1 };
        store.StoredValue = 5; // the concurrent writer adds 10: 15 is too high on the second attempt

        var result = await Run(store);

        Assert.IsType<CounterTooHigh>(result.AsT3);
        Assert.Equal(0, store.Saves);
    }

    [Fact]
    public async Task RunAsync_WhenTheAggregateDoesNotExist_ReturnsNotFound()
    {
        var store = new Store { Exists = false };

        var result = await Run(store);

        Assert.True(result.IsT1);
    }

    [Fact]
    public async Task RunAsync_WhenMaxAttemptsIsZero_Throws()
    {
        var store = new Store();

        await Assert.ThrowsAsync<ArgumentException>(() => Run(store, maxAttempts: 0));
    }

    [Fact]
    public async Task RunAsync_WhenTheCommandAnswersSomethingElse_Throws()
    {
        var store = new Store();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            OptimisticCommand.RunAsync(store.Load, () => new CounterMissing(), _ => (OneOf<Success, int>)42, store.Save, 1, CancellationToken.None));
    }
}
