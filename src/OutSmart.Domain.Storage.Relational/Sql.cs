using System.Data.Common;
using System.Globalization;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>Runs dialect text over <see cref="DbConnection"/>: commands with named parameters, scalars and readers.</summary>
internal static class Sql
{
    /// <summary>Creates a command with parameters named <c>@name</c>; a null value is bound as <see cref="DBNull"/>.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        DbCommand command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        foreach ((string name, object? value) in parameters)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Runs a statement and returns how many rows it changed.</summary>
    public static async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string text, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        DbCommand command = Command(connection, transaction, text, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs statements in order, in one round trip where the provider batches (<see cref="DbConnection.CanCreateBatch"/>,
    /// as Npgsql does), else one after another, and returns how many rows each changed.</summary>
    public static async Task<int[]> ExecuteEachAsync(
        DbConnection connection, DbTransaction? transaction, IReadOnlyList<(string Text, (string Name, object? Value)[] Parameters)> statements, CancellationToken cancellationToken)
    {
        var changed = new int[statements.Count];
        if (!connection.CanCreateBatch || statements.Count < 2)
        {
            for (int i = 0; i < statements.Count; i++)
            {
                changed[i] = await ExecuteAsync(connection, transaction, statements[i].Text, statements[i].Parameters, cancellationToken).ConfigureAwait(false);
            }
            return changed;
        }
        DbBatch batch = connection.CreateBatch();
        await using (batch.ConfigureAwait(false))
        {
            batch.Transaction = transaction;
            foreach ((string text, (string Name, object? Value)[] parameters) in statements)
            {
                DbBatchCommand command = batch.CreateBatchCommand();
                command.CommandText = text;
                foreach ((string name, object? value) in parameters)
                {
                    DbParameter parameter = command.CreateParameter();
                    parameter.ParameterName = "@" + name;
                    parameter.Value = value ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < changed.Length; i++)
            {
                changed[i] = batch.BatchCommands[i].RecordsAffected;
            }
        }
        return changed;
    }

    /// <summary>Runs a query and returns its first column of the first row, or null when it returns no row or a null.</summary>
    public static async Task<object?> ScalarAsync(
        DbConnection connection, DbTransaction? transaction, string text, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        DbCommand command = Command(connection, transaction, text, parameters);
        await using (command.ConfigureAwait(false))
        {
            object? value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
    }

    /// <summary>Runs a query and returns its first column of the first row as a number, or null.</summary>
    public static async Task<long?> LongAsync(
        DbConnection connection, DbTransaction? transaction, string text, (string Name, object? Value)[] parameters, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, transaction, text, parameters, cancellationToken).ConfigureAwait(false) is { } value
            ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>Runs a query and returns the first column of every row as text.</summary>
    public static async Task<List<string>> StringsAsync(
        DbConnection connection, DbTransaction? transaction, string text, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        DbCommand command = Command(connection, transaction, text, parameters);
        await using (command.ConfigureAwait(false))
        {
            DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    values.Add(reader.GetString(0));
                }
            }
        }
        return values;
    }

    /// <summary>Runs a query and hands every row to <paramref name="row"/>, in order.</summary>
    public static async Task ReadAsync(
        DbConnection connection, DbTransaction? transaction, string text, (string Name, object? Value)[] parameters, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        DbCommand command = Command(connection, transaction, text, parameters);
        await using (command.ConfigureAwait(false))
        {
            DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    row(reader);
                }
            }
        }
    }
}
