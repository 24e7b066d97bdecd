using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

public sealed class SqliteStorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AddOutSmartSqliteStorage_RegistersTheRelationalRepositoriesOverTheFile()
    {
        var services = new ServiceCollection().AddSingleton(TempDatabase.Clock);

        await using ServiceProvider provider = services.AddOutSmartSqliteStorage(_database.Options).BuildServiceProvider();

        Assert.IsType<RelationalTaskRepository>(provider.GetRequiredService<ITaskRepository>());
        Assert.IsType<RelationalWorkOrderRepository>(provider.GetRequiredService<IWorkOrderRepository>());
        Assert.IsType<RelationalWorkflowRepository>(provider.GetRequiredService<IWorkflowRepository>());
        Assert.Equal(SqliteDialect.Instance.Migrations.Count, await provider.GetRequiredService<RelationalStore>().MigrateAsync(TestContext.Current.CancellationToken));
        Assert.True(File.Exists(_database.Path));
    }

    [Fact]
    public void AddOutSmartSqliteStorage_WhenAPortHasAnImplementation_KeepsIt()
    {
        var mine = new InMemory.InMemoryTaskRepository();
        var services = new ServiceCollection().AddSingleton(TempDatabase.Clock).AddSingleton<ITaskRepository>(mine);

        using ServiceProvider provider = services.AddOutSmartSqliteStorage(_database.Options).BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<ITaskRepository>());
    }

    [Fact]
    public void AddOutSmartSqliteStorage_WhenOptionsAreNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddOutSmartSqliteStorage(null!));
    }
}
