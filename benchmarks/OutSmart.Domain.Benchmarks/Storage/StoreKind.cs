namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>Where a storage benchmark keeps its aggregates.</summary>
public enum StoreKind
{
    /// <summary>The in-memory reference adapter (OutSmart.Domain.Storage.InMemory).</summary>
    InMemory,

    /// <summary>SQLite on a temporary file, with the adapter's defaults (WAL, synchronous NORMAL).</summary>
    Sqlite,

    /// <summary>PostgreSQL on a throwaway local server (fsync off, as the test server runs).</summary>
    PostgreSql,
}
