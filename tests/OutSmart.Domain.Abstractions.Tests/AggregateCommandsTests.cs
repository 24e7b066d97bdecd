using OneOf;
using OneOf.Types;

namespace OutSmart.Domain.Abstractions.Tests;

public sealed class AggregateCommandsTests
{
    private static readonly TaskId Stored = new(new Guid("11111111-1111-1111-1111-111111111111"));
    private static readonly TaskId Missing = new(new Guid("22222222-2222-2222-2222-222222222222"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Note
    {
        public string Text { get; set; } = "";
    }

    private sealed record NoteNotFound(TaskId Id) : IDomainError
    {
        public string Code => "NOTE_NOT_FOUND";

        public string Message => "No note.";
    }

    /// <summary>A package's service as a package derives it: only its constructor over its port.</summary>
    private sealed class NoteCommands(Dictionary<TaskId, string> store, int maxAttempts)
        : AggregateCommands<TaskId, Note, NoteNotFound>(
            (id, _) => Task.FromResult(store.TryGetValue(id, out string? text) ? new Note { Text = text } : null),
            (_, _) => Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success()),
            id => new NoteNotFound(id),
            maxAttempts);

    [Fact]
    public async Task RunAsync_WhenTheIdIsStored_LoadsThatAggregateAndRunsTheCommandOnIt()
    {
        var commands = new NoteCommands(new Dictionary<TaskId, string> { [Stored] = "stored" }, maxAttempts: 1);
        string? seen = null;

        var result = await commands.RunAsync(Stored, note => { seen = note.Text; return (OneOf<Success>)new Success(); }, Ct);

        Assert.True(result.IsT0);
        Assert.Equal("stored", seen);
    }

    [Fact]
    public async Task RunAsync_WhenTheIdIsNotStored_ReturnsTheNotFoundRefusalForThatId()
    {
        var commands = new NoteCommands([], maxAttempts: 1);

        var result = await commands.RunAsync(Missing, _ => (OneOf<Success>)new Success(), Ct);

        Assert.Equal(new NoteNotFound(Missing), result.AsT1);
    }

    [Fact]
    public async Task RunAsync_WhenCommandIsNull_Throws()
    {
        var commands = new NoteCommands([], maxAttempts: 1);

        await Assert.ThrowsAsync<ArgumentNullException>(() => commands.RunAsync(Stored, null!, Ct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_WhenMaxAttemptsIsNotPositive_Throws(int maxAttempts)
    {
        Assert.ThrowsAny<ArgumentException>(() => new NoteCommands([], maxAttempts));
    }
}
