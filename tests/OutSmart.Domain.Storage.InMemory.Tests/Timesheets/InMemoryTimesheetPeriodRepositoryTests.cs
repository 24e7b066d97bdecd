using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.InMemory.Tests.Timesheets;

/// <summary>Runs the kit's <see cref="ITimesheetPeriodRepository"/> contract against the in-memory adapter.</summary>
public sealed class InMemoryTimesheetPeriodRepositoryTests : TimesheetPeriodRepositoryContract
{
    protected override ITimesheetPeriodRepository CreateRepository() => new InMemoryTimesheetPeriodRepository();
}
