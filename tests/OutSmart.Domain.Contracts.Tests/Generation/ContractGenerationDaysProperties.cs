using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.WorkOrders;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Generation;

public sealed partial class ContractGenerationProperties
{
    [Property(MaxTest = 40)]
    public async Task RunDaysAsync_OverAnyHorizon_CreatesWhatDailyRunsCreateWithTheSameDailyReports(
        byte startOffset, byte daysInAdvance, byte rule, bool employee, bool skipMissed, bool terminate, byte absentDay, byte horizon)
    {
        LocalDate from = new(2026, 1, 1);
        LocalDate to = from.PlusDays(horizon % 90);
        var absent = new AbsentOn(from.PlusDays(absentDay % 60), from.PlusDays((absentDay % 60) + 7));
        var daily = new GenerationRig(absent);
        var bulk = new GenerationRig(absent);
        foreach (GenerationRig rig in new[] { daily, bulk })
        {
            for (int n = 0; n < 3; n++)
            {
                var contract = Create(
                    id: new ContractId(new Guid($"c0000000-0000-0000-0000-00000000010{n}")),
                    service: ContractService.Preventive([Schedule("visit", Rules[(rule + n) % Rules.Length], 1)]).AsT0,
                    planning: ContractPlanning.Default.WithDaysInAdvance((daysInAdvance + (n * 11)) % 30)
                        .WithEmployee(employee ? Technician : null)
                        .WithMissed(skipMissed ? MissedVisitPolicy.Skip : MissedVisitPolicy.CatchUp),
                    terms: ContractTerms.Create(Period.FromMonths(2), InvoicePeriod.Monthly).AsT0,
                    start: new LocalDate(2025, 12, 1).PlusDays((startOffset + (n * 17)) % 90));
                if (terminate && n == 1)
                {
                    contract.Terminate(contract.Start.PlusDays(20), Cancellation(), Planner, Now);
                }
                await rig.AddAsync(contract);
            }
        }

        var dailyReports = await daily.RunDailyAsync(from, to);
        var bulkReports = await bulk.Service.RunDaysAsync(new DateInterval(from, to), ContractPartition.All, Planner, TestContext.Current.CancellationToken);

        Assert.Equal(dailyReports.Select(Summary), bulkReports.Select(Summary));
        for (int n = 0; n < 3; n++)
        {
            var contract = new ContractId(new Guid($"c0000000-0000-0000-0000-00000000010{n}"));
            Assert.Equal(Describe(await daily.WorkOrdersOfAsync(contract)), Describe(await bulk.WorkOrdersOfAsync(contract)));
            Assert.Equal(
                (await daily.Contracts.GetAsync(contract, TestContext.Current.CancellationToken))!.GeneratedThrough,
                (await bulk.Contracts.GetAsync(contract, TestContext.Current.CancellationToken))!.GeneratedThrough);
        }
    }

    private static string Summary(GenerationReport report) =>
        $"{report.Day:uuuu-MM-dd} {report.Contracts} {report.Created} {report.AlreadyThere} " +
        string.Join(",", report.Notes.Select(note => $"{note.Kind}:{note.Key}"));

    private static List<string> Describe(List<WorkOrder> orders) =>
        [.. orders.Select(o => $"{o.Id.Value} {o.Origin.Occurrence} {o.Schedule} {string.Join("+", o.AssignedEmployees.Select(e => e.Value))}").Order(StringComparer.Ordinal)];
}
