namespace OutSmart.Domain.TestSupport.Processes;

/// <summary>
/// The base of the separate-process tests: a test project says how to create an empty database and how to open a store
/// on it (the same <see cref="OpenChildStore"/> its entry point gives its child processes); the stores a test opens
/// are disposed with it.
/// </summary>
public abstract class ProcessTestBase : IAsyncDisposable
{
    private readonly List<ChildStore> _stores = [];
    private readonly List<IDisposable> _owned = [];

    /// <summary>Gets the test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty database and returns its location (a connection string, a file path).</summary>
    /// <returns>The location.</returns>
    protected abstract string CreateDatabase();

    /// <summary>Opens a store on a location, as the child processes do.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The store.</returns>
    protected abstract ChildStore Open(string location);

    /// <summary>Opens a store on a location that is disposed with the test.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The store.</returns>
    protected ChildStore OpenForTest(string location)
    {
        ChildStore store = Open(location);
        _stores.Add(store);
        return store;
    }

    /// <summary>Keeps a resource (a temporary database) to dispose with the test, after the stores.</summary>
    /// <typeparam name="T">The resource's type.</typeparam>
    /// <param name="resource">The resource.</param>
    /// <returns><paramref name="resource"/>.</returns>
    protected T Owned<T>(T resource)
        where T : IDisposable
    {
        _owned.Add(resource);
        return resource;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (ChildStore store in _stores)
        {
            await store.DisposeAsync();
        }
        _owned.ForEach(resource => resource.Dispose());
        GC.SuppressFinalize(this);
    }
}
