using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Testing;

namespace OutSmart.Domain.Storage.PostgreSql.Tests;

/// <summary>Snapshots keep any text a user may type, also characters PostgreSQL's text types cannot hold.</summary>
public sealed class SnapshotTextTests(PostgreSqlServerFixture server) : IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "text");

    [Theory]
    [InlineData("Boiler\0room")]
    [InlineData("Ketel \u00e9\u00e8 \ud83d\udd25 \\u0000 \"quoted\"")]
    public async Task AddAsync_WhenTheTitleHoldsUnusualCharacters_ReadsItBackUnchanged(string title)
    {
        var repository = new RelationalTaskRepository(_stores.Create());
        var task = TaskBuilder.ATask().WithTitle(title).Build();

        var added = await repository.AddAsync(task, TestContext.Current.CancellationToken);

        Assert.True(added.IsT0);
        Assert.Equal(task.Title, (await repository.GetAsync(task.Id, TestContext.Current.CancellationToken))!.Title);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();
}
