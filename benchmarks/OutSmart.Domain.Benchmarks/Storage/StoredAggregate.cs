using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Benchmarks.WorkOrders;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>The aggregates whose save and load <see cref="AggregateStorageBenchmarks"/> measures.</summary>
public enum StoredAggregateKind
{
    /// <summary>A follow-up task with an owner, an assignee, a due date, a description and two record links.</summary>
    Task,

    /// <summary>A work order on a 20-step workflow, every step done, signed with a 215-point signature.</summary>
    WorkOrder,

    /// <summary>A published 20-step workflow revision.</summary>
    Workflow,

    /// <summary>A preventive maintenance contract, the first of <see cref="GenerationFixture"/>'s.</summary>
    Contract,
}

/// <summary>One stored aggregate behind its port: save it again, load it, and read its snapshot; the relational table
/// and id tell the floor which row holds the same JSON text.</summary>
internal sealed class StoredAggregate(string table, Guid id, Func<CancellationToken, Task<bool>> save, Func<CancellationToken, Task<object?>> load, Func<object> snapshot)
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 30, 10, 0);
    private static readonly EmployeeId Owner = new(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"));
    private static readonly EmployeeId Technician = new(new Guid("33333333-3333-3333-3333-333333333333"));

    /// <summary>Gets the relational table that holds the aggregate's row.</summary>
    public string Table { get; } = table;

    /// <summary>Gets the aggregate's id.</summary>
    public Guid Id { get; } = id;

    /// <summary>Saves the unchanged aggregate again through its port (a versioned update).</summary>
    public Task<bool> SaveAsync(CancellationToken cancellationToken) => save(cancellationToken);

    /// <summary>Loads a new copy of the aggregate through its port.</summary>
    public Task<object?> LoadAsync(CancellationToken cancellationToken) => load(cancellationToken);

    /// <summary>Returns the aggregate's snapshot, as the in-memory floor keeps it.</summary>
    public object ToSnapshot() => snapshot();

    /// <summary>Builds the aggregate of <paramref name="kind"/> and adds it through the port over <paramref name="store"/>
    /// (the in-memory adapter when null).</summary>
    public static async Task<StoredAggregate> AddAsync(StoredAggregateKind kind, RelationalStore? store, CancellationToken cancellationToken) => kind switch
    {
        StoredAggregateKind.Task => await AddTaskAsync(store, cancellationToken),
        StoredAggregateKind.WorkOrder => await AddWorkOrderAsync(store, cancellationToken),
        StoredAggregateKind.Workflow => await AddWorkflowAsync(store, cancellationToken),
        StoredAggregateKind.Contract => await AddContractAsync(store, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static async Task<StoredAggregate> AddTaskAsync(RelationalStore? store, CancellationToken cancellationToken)
    {
        ITaskRepository repository = store is null ? new InMemoryTaskRepository() : new RelationalTaskRepository(store);
        var id = new TaskId(new Guid("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        var actor = Actor.Create(Owner, ActorChannel.BackOffice);
        FollowUpTask task = FollowUpTask.Create(id, TaskTitle.Create("Call the customer back about the boiler").AsT0,
            TaskDescription.Create("The customer asked for a second visit after the annual maintenance; check the pressure valve.").AsT0,
            TaskParticipants.Create(Owner, [Technician]).AsT0,
            TaskSchedule.DueOn(TaskDue.OnDate(new LocalDate(2026, 4, 2))), TaskPriority.High, TaskDevicePolicy.AllowAll, actor, Now).AsT0;
        task.AddLink(RecordLink.To(new CustomerId(new Guid("22222222-2222-2222-2222-222222222222"))), actor, Now);
        task.AddLink(RecordLink.To(new WorkOrderId(new Guid("11111111-1111-1111-1111-111111111111"))), actor, Now);
        task.ClearDomainEvents();
        Require((await repository.AddAsync(task, cancellationToken)).IsT0);
        return new StoredAggregate("tasks", id.Value,
            async ct => (await repository.SaveAsync(task, ct)).IsT0,
            async ct => await repository.GetAsync(id, ct),
            task.ToSnapshot);
    }

    private static async Task<StoredAggregate> AddWorkOrderAsync(RelationalStore? store, CancellationToken cancellationToken)
    {
        IWorkOrderRepository repository = store is null ? new InMemoryWorkOrderRepository() : new RelationalWorkOrderRepository(store);
        WorkOrder order = SendGateBenchmarks.Complete(SendGateBenchmarks.Plan(new Guid("11111111-1111-1111-1111-1111111111a1")));
        Require((await repository.AddAsync(order, cancellationToken)).IsT0);
        return new StoredAggregate("work_orders", order.Id.Value,
            async ct => (await repository.SaveAsync(order, ct)).IsT0,
            async ct => await repository.GetAsync(order.Id, ct),
            order.ToSnapshot);
    }

    private static async Task<StoredAggregate> AddWorkflowAsync(RelationalStore? store, CancellationToken cancellationToken)
    {
        IWorkflowRepository repository = store is null ? new InMemoryWorkflowRepository() : new RelationalWorkflowRepository(store);
        Workflow workflow = SendGateBenchmarks.CreateWorkflow();
        workflow.ClearDomainEvents();
        Require((await repository.AddAsync(workflow, cancellationToken)).IsT0);
        return new StoredAggregate("workflows", workflow.Id.Value,
            async ct => (await repository.SaveAsync(workflow, ct)).IsT0,
            async ct => await repository.GetAsync(workflow.Id, ct),
            workflow.ToSnapshot);
    }

    private static async Task<StoredAggregate> AddContractAsync(RelationalStore? store, CancellationToken cancellationToken)
    {
        IContractRepository repository = store is null ? new InMemoryContractRepository() : new RelationalContractRepository(store);
        Contract contract = GenerationFixture.CreateContracts().First(c => c.Service.Kind == ContractKind.Preventive);
        Require((await repository.AddAsync(contract, cancellationToken)).IsT0);
        return new StoredAggregate("contracts", contract.Id.Value,
            async ct => (await repository.SaveAsync(contract, ct)).IsT0,
            async ct => await repository.GetAsync(contract.Id, ct),
            contract.ToSnapshot);
    }

    private static void Require(bool stored)
    {
        if (!stored)
        {
            throw new InvalidOperationException("The benchmark could not add its aggregate.");
        }
    }
}
