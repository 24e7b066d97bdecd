using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.PostgreSql.Tests;

/// <summary>The registration wires every port to the relational repositories over one PostgreSQL store.</summary>
public sealed class PostgreSqlStorageServiceCollectionExtensionsTests(PostgreSqlServerFixture server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddOutSmartPostgreSqlStorage_WhenGivenAConnectionString_StoresTasksThroughThePorts()
    {
        string connectionString = await server.CreateSchemaAsync("di");
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(PostgreSqlStores.Clock);
        services.AddOutSmartPostgreSqlStorage(connectionString);
        await using ServiceProvider provider = services.BuildServiceProvider();
        var task = TaskBuilder.ATask().Build();

        var added = await provider.GetRequiredService<ITaskRepository>().AddAsync(task, Ct);

        Assert.True(added.IsT0);
        Assert.Equal(AggregateVersion.From(1), (await provider.GetRequiredService<ITaskRepository>().GetAsync(task.Id, Ct))!.Version);
        Assert.IsType<RelationalWorkOrderRepository>(provider.GetRequiredService<IWorkOrderRepository>());
        Assert.IsType<RelationalWorkflowRepository>(provider.GetRequiredService<IWorkflowRepository>());
        Assert.Same(PostgreSqlDialect.Instance, provider.GetRequiredService<RelationalStore>().Dialect);
    }

    [Fact]
    public async Task AddOutSmartPostgreSqlStorage_WhenGivenADataSource_UsesItAndLeavesItOpenAfterTheProvider()
    {
        await using NpgsqlDataSource dataSource = PostgreSqlStorage.CreateDataSource(await server.CreateSchemaAsync("di_source"));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(PostgreSqlStores.Clock);
        services.AddOutSmartPostgreSqlStorage(dataSource);

        await using (ServiceProvider provider = services.BuildServiceProvider())
        {
            Assert.Same(dataSource, provider.GetRequiredService<NpgsqlDataSource>());
            Assert.True((await provider.GetRequiredService<ITaskRepository>().AddAsync(TaskBuilder.ATask().Build(), Ct)).IsT0);
        }

        await using NpgsqlCommand count = dataSource.CreateCommand("SELECT count(*) FROM tasks");
        Assert.Equal(1L, await count.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public void AddOutSmartPostgreSqlStorage_WhenAServiceIsAlreadyRegistered_KeepsTheHostsChoice()
    {
        using NpgsqlDataSource dataSource = PostgreSqlStorage.CreateDataSource("Host=127.0.0.1;Database=unused");
        RelationalStore own = PostgreSqlStorage.CreateStore(dataSource, PostgreSqlStores.Clock);
        var services = new ServiceCollection();
        services.AddSingleton(own);

        services.AddOutSmartPostgreSqlStorage("Host=127.0.0.1;Database=other");

        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Same(own, provider.GetRequiredService<RelationalStore>());
    }

    [Fact]
    public void AddOutSmartPostgreSqlStorage_WhenTheConnectionStringIsMalformed_ThrowsAtRegistration()
    {
        var services = new ServiceCollection();

        Assert.ThrowsAny<ArgumentException>(() => services.AddOutSmartPostgreSqlStorage("Host=127.0.0.1;NoSuchKeyword=1"));
        Assert.ThrowsAny<ArgumentException>(() => services.AddOutSmartPostgreSqlStorage("  "));
    }
}
