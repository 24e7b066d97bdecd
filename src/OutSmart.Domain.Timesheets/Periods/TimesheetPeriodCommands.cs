using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The application service that runs one command on a stored timesheet period (close, reopen): load it, run
/// the command, save it, and retry on a concurrency conflict; an <see cref="AggregateCommands{TId, TAggregate, TNotFound}"/>
/// over <see cref="ITimesheetPeriodRepository"/>.</summary>
/// <remarks>Registered by <see cref="TimesheetsServiceCollectionExtensions.AddOutSmartTimesheets"/> as transient.
/// Instances are stateless and thread-safe when the repository is.</remarks>
public sealed class TimesheetPeriodCommands : AggregateCommands<TimesheetPeriodId, TimesheetPeriod, TimesheetPeriodNotFound>
{
    /// <summary>Creates the service with <see cref="OptimisticCommand.DefaultMaxAttempts"/> attempts.</summary>
    /// <param name="repository">Where periods are stored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> is null.</exception>
    public TimesheetPeriodCommands(ITimesheetPeriodRepository repository)
        : base(Guard.Against.Null(repository).GetAsync, repository.SaveAsync, static id => new TimesheetPeriodNotFound(id), OptimisticCommand.DefaultMaxAttempts)
    {
    }
}
