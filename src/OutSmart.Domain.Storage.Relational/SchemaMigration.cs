using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>One forward-only step of a database schema: a version number, a name and the statements that apply it.</summary>
/// <remarks>
/// <para>A dialect lists its migrations in <see cref="SqlDialect.Migrations"/> with versions 1, 2, 3 … in order. The
/// <see cref="RelationalStore"/> applies the ones a database lacks, each in the same transaction as its row in the
/// <c>schema_migrations</c> table, and never changes or undoes an applied one: a later change is a new migration.</para>
/// <para>Two migrations are equal when version, name and statements are equal, statements compared in order.</para>
/// </remarks>
public sealed record SchemaMigration
{
    /// <summary>Creates a migration.</summary>
    /// <param name="version">The schema version it brings the database to; 1 or more.</param>
    /// <param name="name">A short name saying what it does, stored beside the version.</param>
    /// <param name="statements">The SQL statements, run in order in one transaction.</param>
    /// <exception cref="ArgumentException"><paramref name="version"/> is zero or less, <paramref name="name"/> is blank,
    /// or <paramref name="statements"/> is empty or holds a blank statement.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="statements"/> is null.</exception>
    public SchemaMigration(int version, string name, IEnumerable<string> statements)
    {
        Version = Guard.Against.NegativeOrZero(version);
        Name = Guard.Against.NullOrWhiteSpace(name);
        ImmutableArray<string> all = [.. Guard.Against.Null(statements)];
        Guard.Against.Zero(all.Length, nameof(statements));
        foreach (string statement in all)
        {
            Guard.Against.NullOrWhiteSpace(statement, nameof(statements));
        }
        Statements = all;
    }

    /// <summary>Gets the schema version this migration brings the database to.</summary>
    public int Version { get; }

    /// <summary>Gets the short name stored beside the version.</summary>
    public string Name { get; }

    /// <summary>Gets the SQL statements, run in order in one transaction.</summary>
    public ImmutableArray<string> Statements { get; }

    /// <inheritdoc />
    public bool Equals(SchemaMigration? other) =>
        other is not null && Version == other.Version && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Statements.SequenceEqual(other.Statements, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Version, Name, Statements.Length);
}
