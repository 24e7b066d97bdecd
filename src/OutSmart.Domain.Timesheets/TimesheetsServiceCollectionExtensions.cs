using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutSmart.Domain.Timesheets;

/// <summary>Registers the Timesheets package in a service collection.</summary>
public static class TimesheetsServiceCollectionExtensions
{
    /// <summary>Registers the Timesheets package's services with <c>TryAdd*</c>, so a host can replace any of them.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>
    /// Registers <see cref="TimesheetRules.Default"/>, <see cref="ApprovalPolicy.Default"/>,
    /// <see cref="TimesheetApprovers.Empty"/> and <see cref="KilometreAllowanceRates.Default"/> as singletons, and
    /// <see cref="TimesheetCommands"/> and <see cref="TimesheetPeriodCommands"/> as transient; for the payroll export,
    /// <see cref="PayrollRates.None"/> as singleton and <see cref="PayrollExport"/> as transient. Register your own rules,
    /// policy or organisation structure before calling this method to replace them. No <c>IClock</c> is registered: the
    /// host chooses the clock. A storage adapter (for example <c>AddOutSmartInMemoryStorage()</c>) provides
    /// <see cref="ITimesheetEntryRepository"/>, <see cref="ITimesheetPeriodRepository"/>, <see cref="ITimesheetEmployeeRepository"/>
    /// and <see cref="IExportBatchRepository"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddOutSmartTimesheets(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        services.TryAddSingleton(TimesheetRules.Default);
        services.TryAddSingleton(ApprovalPolicy.Default);
        services.TryAddSingleton(TimesheetApprovers.Empty);
        services.TryAddSingleton(KilometreAllowanceRates.Default);
        services.TryAddTransient<TimesheetCommands>();
        services.TryAddTransient<TimesheetPeriodCommands>();
        services.TryAddSingleton(PayrollRates.None);
        services.TryAddTransient<PayrollExport>();
        return services;
    }
}
