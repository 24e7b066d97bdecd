using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.WorkOrders;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Generation;

/// <summary>Partitions and batches: neither changes what is generated.</summary>
public sealed partial class ContractGenerationProperties
{
    private static readonly LocalDate HorizonStart = new(2026, 1, 1);
    private static readonly LocalDate HorizonEnd = new(2026, 2, 28);

    [Property(MaxTest = 15)]
    public async Task RunAsync_OverEveryPartitionOfACount_GeneratesWhatOneFullRunGenerates(Guid[] ids, byte count, byte rule, byte daysInAdvance)
    {
        Contract[] Contracts() => ContractsFor(ids, rule, daysInAdvance);
        int n = (count % 5) + 1;
        var full = new GenerationRig();
        foreach (Contract contract in Contracts())
        {
            await full.AddAsync(contract);
        }
        var parted = new GenerationRig();
        foreach (Contract contract in Contracts())
        {
            await parted.AddAsync(contract);
        }

        var fullReports = await full.RunDailyAsync(HorizonStart, HorizonEnd);
        var partReports = new List<GenerationReport>();
        for (LocalDate day = HorizonStart; day <= HorizonEnd; day = day.PlusDays(1))
        {
            for (int i = 1; i <= n; i++)
            {
                partReports.Add(await parted.Service.RunAsync(day, ContractPartition.Create(i, n), Planner, CancellationToken.None));
            }
        }

        Assert.Equal(await StoredAsync(full.WorkOrders), await StoredAsync(parted.WorkOrders));
        Assert.Equal(fullReports.Sum(r => r.Created), partReports.Sum(r => r.Created));
        Assert.Equal(fullReports.Sum(r => r.Contracts), partReports.Sum(r => r.Contracts));
        Assert.Equal(0, partReports.Sum(r => r.AlreadyThere));
    }

    [Property(MaxTest = 15)]
    public async Task RunAsync_WritingEachPageAsOneBatch_GeneratesAndReportsWhatOneByOneAddsDo(Guid[] ids, byte rule, byte daysInAdvance, byte earlierDays)
    {
        // Another host (its own copy of the contracts) generated the first days already, so runs meet both new and existing work orders.
        async Task<(List<WorkOrderSnapshot> Stored, List<(int, int, int)> Counts, List<GenerationNote> Notes, int Batches)> RunAsync(bool oneByOne)
        {
            var store = new InMemoryWorkOrderRepository();
            var counting = new OneByOneWorkOrderRepository(store);
            IWorkOrderRepository workOrders = oneByOne ? counting : store;
            var workflows = new InMemoryWorkflowRepository();
            await workflows.AddAsync(PublishedWorkflow(), CancellationToken.None);
            var clock = new FakeClock(Now);
            var earlier = new InMemoryContractRepository();
            var contracts = new InMemoryContractRepository();
            foreach (Contract contract in ContractsFor(ids, rule, daysInAdvance))
            {
                await contracts.AddAsync(contract, CancellationToken.None);
            }
            foreach (Contract contract in ContractsFor(ids, rule, daysInAdvance))
            {
                await earlier.AddAsync(contract, CancellationToken.None);
            }
            var otherHost = new ContractGenerationService(earlier, workOrders, workflows, clock, null);
            for (LocalDate day = HorizonStart; day <= HorizonStart.PlusDays(earlierDays % 30); day = day.PlusDays(1))
            {
                await otherHost.RunAsync(day, Planner, CancellationToken.None);
            }
            var service = new ContractGenerationService(contracts, workOrders, workflows, clock, null);
            var reports = new List<GenerationReport>();
            for (LocalDate day = HorizonStart; day <= HorizonEnd; day = day.PlusDays(1))
            {
                reports.Add(await service.RunAsync(day, Planner, CancellationToken.None));
            }
            return (await StoredAsync(store), [.. reports.Select(r => (r.Contracts, r.Created, r.AlreadyThere))], [.. reports.SelectMany(r => r.Notes)], counting.Batches);
        }

        var batched = await RunAsync(oneByOne: false);
        var reference = await RunAsync(oneByOne: true);

        Assert.Equal(reference.Stored, batched.Stored);
        Assert.Equal(reference.Counts, batched.Counts);
        Assert.Equal(reference.Notes, batched.Notes);
        Assert.True(reference.Batches <= 2 * (HorizonEnd - HorizonStart).Days + 2);
    }

    private static Contract[] ContractsFor(Guid[] ids, byte rule, byte daysInAdvance)
    {
        var service = ContractService.Preventive([Schedule("visit", Rules[rule % Rules.Length], 1)]).AsT0;
        return
        [
            .. (ids ?? []).Where(g => g != Guid.Empty).Distinct().Take(8).Select((g, i) => Create(
                service: service,
                planning: ContractPlanning.Default.WithDaysInAdvance(daysInAdvance % 20).WithEmployee(i % 2 == 0 ? Technician : null),
                id: new ContractId(g))),
        ];
    }

    private static async Task<List<WorkOrderSnapshot>> StoredAsync(InMemoryWorkOrderRepository store)
    {
        var all = new List<WorkOrderSnapshot>();
        PageRequest page = PageRequest.First(PageRequest.MaxLimit);
        while (true)
        {
            var found = await store.FindByCustomerAsync(Customer, page, CancellationToken.None);
            all.AddRange(found.Items.Select(o => o.ToSnapshot()));
            if (!found.HasMore)
            {
                return [.. all.OrderBy(s => s.Id.Value)];
            }
            page = page.Next();
        }
    }
}
