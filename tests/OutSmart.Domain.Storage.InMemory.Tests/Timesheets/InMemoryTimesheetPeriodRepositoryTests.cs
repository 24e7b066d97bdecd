using OutSmart.Domain.Timesheets;
using OutSmart.Domain.Timesheets.Tests.Ports;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Storage.InMemory.Tests.Timesheets;

/// <summary>Runs the <see cref="ITimesheetPeriodRepository"/> contract against the in-memory adapter.</summary>
public sealed class InMemoryTimesheetPeriodRepositoryTests : TimesheetPeriodRepositoryContract
{
    protected override ITimesheetPeriodRepository CreateRepository() => new InMemoryTimesheetPeriodRepository();
}
