using NodaTime;
using NodaTime.Testing;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts.Tests.TestData;

/// <summary>In-memory stores, a published workflow and a generation service over them.</summary>
internal sealed class GenerationRig
{
    public GenerationRig(IEmployeeAvailability? availability = null, bool publishWorkflow = true)
    {
        if (publishWorkflow)
        {
            Workflows.AddAsync(ContractFixtures.PublishedWorkflow(), CancellationToken.None).GetAwaiter().GetResult();
        }
        Service = new ContractGenerationService(Contracts, WorkOrders, Workflows, Clock, availability);
    }

    public InMemoryContractRepository Contracts { get; } = new();

    public InMemoryWorkOrderRepository WorkOrders { get; } = new();

    public InMemoryWorkflowRepository Workflows { get; } = new();

    public FakeClock Clock { get; } = new(ContractFixtures.Now);

    public ContractGenerationService Service { get; }

    public async Task AddAsync(Contract contract) => await Contracts.AddAsync(contract, TestContext.Current.CancellationToken);

    public async Task<GenerationReport> RunAsync(LocalDate day) =>
        await Service.RunAsync(day, ContractFixtures.Planner, TestContext.Current.CancellationToken);

    public async Task<List<GenerationReport>> RunDailyAsync(LocalDate from, LocalDate to)
    {
        var reports = new List<GenerationReport>();
        for (LocalDate day = from; day <= to; day = day.PlusDays(1))
        {
            reports.Add(await RunAsync(day));
        }
        return reports;
    }

    public async Task<List<WorkOrder>> WorkOrdersOfAsync(ContractId contract)
    {
        var all = new List<WorkOrder>();
        PageRequest page = PageRequest.First(PageRequest.MaxLimit);
        while (true)
        {
            var found = await WorkOrders.FindByContractAsync(contract, page, TestContext.Current.CancellationToken);
            all.AddRange(found.Items);
            if (!found.HasMore)
            {
                return all;
            }
            page = page.Next();
        }
    }
}

/// <summary>An availability where the listed days are absences of every employee.</summary>
internal sealed class AbsentOn(params LocalDate[] days) : IEmployeeAvailability
{
    public Task<bool> IsAvailableAsync(EmployeeId employee, LocalDate day, CancellationToken cancellationToken) =>
        Task.FromResult(!days.Contains(day));
}
