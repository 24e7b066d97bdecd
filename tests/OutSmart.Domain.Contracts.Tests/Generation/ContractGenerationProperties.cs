using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Contracts.Tests.TestData;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Generation;

public sealed partial class ContractGenerationProperties
{
    private static readonly string[] Rules = ["FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=DAILY;INTERVAL=3", "FREQ=MONTHLY;BYDAY=1SA"];

    [Property(MaxTest = 40)]
    public async Task RunAsync_DailyOverAnyHorizon_NeverGeneratesATargetOutsideTheContractsLife(byte startOffset, byte daysInAdvance, byte lastDayOffset, bool terminate, byte rule)
    {
        var rig = new GenerationRig();
        LocalDate start = new LocalDate(2026, 1, 1).PlusDays(startOffset % 60);
        var contract = Create(
            service: rule % 6 == 5
                ? ContractService.YearlyOrders(12, 20).AsT0
                : ContractService.Preventive([Schedule("visit", Rules[rule % Rules.Length], 1, (HolidayAdjustment)((rule % 5) + 1))]).AsT0,
            planning: ContractPlanning.Default.WithDaysInAdvance(daysInAdvance % 40),
            terms: ContractTerms.Create(Period.FromMonths(3), InvoicePeriod.Monthly).AsT0,
            start: start);
        if (terminate)
        {
            contract.Terminate(start.PlusDays((lastDayOffset % 80) - 1), Cancellation(), Planner, Now);
        }
        await rig.AddAsync(contract);

        await rig.RunDailyAsync(new LocalDate(2025, 12, 1), new LocalDate(2026, 6, 30));

        LocalDate last = contract.LastDay!.Value;
        var targets = (await rig.WorkOrdersOfAsync(Id)).Select(o => o.Origin.OccurrenceDate!.Value).ToList();
        Assert.All(targets, t => Assert.InRange(t, start, last));
        Assert.Equal(targets.Count, targets.Distinct().Count());
    }

    [Property(MaxTest = 25)]
    public async Task RunAsync_TwoHostsAtOnceAndAgain_CreateEveryOccurrenceExactlyOnceAsOneRunDoes(byte daysInAdvance, byte rule, bool employee)
    {
        var planning = ContractPlanning.Default.WithDaysInAdvance(daysInAdvance % 30).WithEmployee(employee ? Technician : null);
        var service = ContractService.Preventive([Schedule("visit", Rules[rule % Rules.Length], 1)]).AsT0;
        var single = new GenerationRig();
        await single.AddAsync(Create(service: service, planning: planning));
        await single.RunDailyAsync(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));
        var shared = new GenerationRig();
        await shared.AddAsync(Create(service: service, planning: planning));
        var otherHost = new ContractGenerationService(shared.Contracts, shared.WorkOrders, shared.Workflows, shared.Clock, null);

        for (LocalDate day = new(2026, 1, 1); day <= new LocalDate(2026, 3, 31); day = day.PlusDays(1))
        {
            LocalDate run = day;
            await Task.WhenAll(
                Task.Run(() => shared.Service.RunAsync(run, Planner, CancellationToken.None)),
                Task.Run(() => otherHost.RunAsync(run, Planner, CancellationToken.None)));
        }
        var rerun = await shared.RunDailyAsync(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));

        var expected = (await single.WorkOrdersOfAsync(Id)).Select(o => o.Origin.Occurrence!).OrderBy(k => k.Target).ToList();
        var actual = (await shared.WorkOrdersOfAsync(Id)).Select(o => o.Origin.Occurrence!).OrderBy(k => k.Target).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(0, rerun.Sum(r => r.Created));
    }
}
