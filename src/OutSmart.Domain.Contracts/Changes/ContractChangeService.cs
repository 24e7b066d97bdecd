using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// Edits a contract's schedules in two steps (wijzigingsplan): <see cref="ProposeAsync"/> computes the change plan
/// against the work orders already generated, so a planner sees what the edit does before it is saved, and
/// <see cref="ApplyAsync"/> saves it, refusing when the contract changed since the plan was made.
/// </summary>
/// <remarks>
/// <para>Work orders that were started or completed are never touched: the plan keeps them whatever the edit. Not
/// started work orders the plan moves or cancels (<see cref="ChangePlan.WorkOrdersToMove"/>,
/// <see cref="ChangePlan.WorkOrdersToCancel"/>) are cancelled or rescheduled by <see cref="ApplyAsync"/>; a moved
/// visit whose target date changes has a new <see cref="OccurrenceKey"/>, so its work order is cancelled and
/// generation creates the new occurrence (and the added ones) under the new key from the next run on.</para>
/// <para>A generated work order counts as not started while it is <see cref="WorkOrderStatus.Planned"/>, as started
/// while <see cref="WorkOrderStatus.InProgress"/>, and as completed otherwise; a cancelled one is no longer a
/// generated visit.</para>
/// <para>Instances are thread-safe when the ports are.</para>
/// </remarks>
public sealed class ContractChangeService
{
    /// <summary>How far ahead a proposal looks, in days from the day of the edit.</summary>
    public const int HorizonDays = 366;

    private readonly IContractRepository _contracts;
    private readonly IWorkOrderRepository _workOrders;
    private readonly IClock _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="contracts">Where contracts are stored.</param>
    /// <param name="workOrders">Where the generated work orders are stored.</param>
    /// <param name="clock">The clock giving "now" when a change is applied.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ContractChangeService(IContractRepository contracts, IWorkOrderRepository workOrders, IClock clock)
    {
        _contracts = Guard.Against.Null(contracts);
        _workOrders = Guard.Against.Null(workOrders);
        _clock = Guard.Against.Null(clock);
    }

    /// <summary>Computes the change plan of an edit, from <paramref name="day"/> to <see cref="HorizonDays"/> days
    /// later, against the contract's generated work orders. Nothing is saved.</summary>
    /// <param name="contractId">The contract.</param>
    /// <param name="schedules">The schedules after the edit.</param>
    /// <param name="planning">The planning after the edit (time, employee, days in advance and objects are compared).</param>
    /// <param name="day">The day of the edit; earlier occurrences are left alone.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The proposal; <see cref="ContractNotFound"/>; <see cref="ContractReadOnly"/>; or
    /// <see cref="ContractServiceInvalid"/> when the contract has no schedules or the new ones do not fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> or <paramref name="planning"/> is <see langword="null"/>.</exception>
    public async Task<OneOf<ContractChangeProposal, ContractNotFound, ContractReadOnly, ContractServiceInvalid>> ProposeAsync(
        ContractId contractId, IEnumerable<ContractSchedule> schedules, ContractPlanning planning, LocalDate day, CancellationToken cancellationToken)
    {
        Guard.Against.Null(schedules);
        Guard.Against.Null(planning);
        ImmutableArray<ContractSchedule> list = [.. schedules];
        Contract? contract = await _contracts.GetAsync(contractId, cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            return new ContractNotFound(contractId);
        }
        if (contract.Termination is not null)
        {
            return new ContractReadOnly(contractId);
        }
        if (contract.ToPlanningView() is not { } current)
        {
            return new ContractServiceInvalid("The contract plans no visits.");
        }
        var changed = contract.ToPlanningViewWith(list, planning);
        if (changed.TryPickT1(out ContractServiceInvalid invalid, out ContractPlanningView next))
        {
            return invalid;
        }
        List<GeneratedVisit> generated = await GeneratedAsync(contractId, cancellationToken).ConfigureAwait(false);
        ChangePlan plan = ChangePlanner.Plan(current, next, day, day.PlusDays(HorizonDays), generated);
        return new ContractChangeProposal(contractId, contract.Version, list, planning, plan);
    }

    /// <summary>Applies a proposal to the stored contract (<see cref="Contract.ApplyChange"/>), saves it, and then
    /// withdraws the generated work orders the plan names, each saved through <see cref="IWorkOrderRepository"/>.</summary>
    /// <param name="proposal">The proposal from <see cref="ProposeAsync"/>.</param>
    /// <param name="actor">Who applies it.</param>
    /// <param name="cancellationToken">Cancels the read and the write.</param>
    /// <remarks>
    /// <para>Each work order of <see cref="ChangePlan.WorkOrdersToCancel"/> is cancelled (<see cref="WorkOrder.Cancel"/>).
    /// Each of <see cref="ChangePlan.WorkOrdersToMove"/> is rescheduled (<see cref="WorkOrder.Reschedule"/>, and the
    /// new employee assigned; an earlier assignee stays assigned) when its target date stays, so its
    /// <see cref="OccurrenceKey"/> stays; when the target date changes the key changes too, so the old work order is
    /// cancelled and generation creates the visit on the new date under its new key.</para>
    /// <para>A work order that was started, sent, cancelled or removed since the plan was made, or that another save
    /// changed meanwhile, is left alone and reported in <see cref="ContractChangeApplied.LeftAlone"/>. Nothing is
    /// done to work orders when the contract is refused.</para>
    /// </remarks>
    /// <returns>The saved contract and what became of the work orders; <see cref="ContractNotFound"/>; <see cref="ContractChangedSincePlan"/> when the
    /// contract changed since the proposal was made (also when a save races with another); or the contract's refusal
    /// (<see cref="ContractReadOnly"/>, <see cref="ContractServiceInvalid"/>) as an <see cref="IDomainError"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> or <paramref name="actor"/> is <see langword="null"/>.</exception>
    public async Task<OneOf<ContractChangeApplied, ContractNotFound, ContractChangedSincePlan, IDomainError>> ApplyAsync(ContractChangeProposal proposal, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(proposal);
        Guard.Against.Null(actor);
        Contract? contract = await _contracts.GetAsync(proposal.ContractId, cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            return new ContractNotFound(proposal.ContractId);
        }
        Instant now = _clock.GetCurrentInstant();
        var applied = contract.ApplyChange(proposal, actor, now);
        if (applied.TryPickT2(out ContractChangedSincePlan changed, out var rest))
        {
            return changed;
        }
        if (!rest.IsT0)
        {
            IDomainError refusal = rest.IsT1 ? rest.AsT1 : rest.AsT2;
            return OneOf<ContractChangeApplied, ContractNotFound, ContractChangedSincePlan, IDomainError>.FromT3(refusal);
        }
        var saved = await _contracts.SaveAsync(contract, cancellationToken).ConfigureAwait(false);
        if (!saved.IsT0)
        {
            return new ContractChangedSincePlan(proposal.ContractId, proposal.Version, saved.AsT1.Actual ?? proposal.Version);
        }
        var cancelled = ImmutableArray.CreateBuilder<WorkOrderId>();
        var rescheduled = ImmutableArray.CreateBuilder<WorkOrderId>();
        var leftAlone = ImmutableArray.CreateBuilder<WorkOrderId>();
        string reason = $"The schedule of contract {contract.Id} changed.";
        foreach (ChangePlanEntry entry in proposal.Plan.Entries)
        {
            if (entry.WorkOrder is not { } visit || entry.Action is not (ChangeAction.Cancel or ChangeAction.Move))
            {
                continue;
            }
            PlannedVisit? sameKey = entry.Action == ChangeAction.Move && entry.NewVisit is { } moved && moved.Key == visit.Key ? moved : null;
            bool done = sameKey is not null
                ? await RescheduleAsync(visit.WorkOrder, sameKey, actor, now, cancellationToken).ConfigureAwait(false)
                : await CancelAsync(visit.WorkOrder, reason, actor, now, cancellationToken).ConfigureAwait(false);
            (done ? (sameKey is not null ? rescheduled : cancelled) : leftAlone).Add(visit.WorkOrder);
        }
        return new ContractChangeApplied(contract, cancelled.ToImmutable(), rescheduled.ToImmutable(), leftAlone.ToImmutable());
    }

    private async Task<bool> CancelAsync(WorkOrderId id, string reason, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        WorkOrder? order = await _workOrders.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (order is null || !order.Cancel(reason, actor, now).IsT0)
        {
            return false;
        }
        return (await _workOrders.SaveAsync(order, cancellationToken).ConfigureAwait(false)).IsT0;
    }

    private async Task<bool> RescheduleAsync(WorkOrderId id, PlannedVisit visit, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        WorkOrder? order = await _workOrders.GetAsync(id, cancellationToken).ConfigureAwait(false);
        WorkOrderSchedule schedule = visit.Planned is { } planned ? WorkOrderSchedule.At(planned) : WorkOrderSchedule.Before(visit.Target);
        if (order is null || !order.Reschedule(schedule, actor, now).IsT0)
        {
            return false;
        }
        if (visit.Employee is { } employee && !order.Assign(employee, actor, now).IsT0)
        {
            return false;
        }
        return (await _workOrders.SaveAsync(order, cancellationToken).ConfigureAwait(false)).IsT0;
    }

    private async Task<List<GeneratedVisit>> GeneratedAsync(ContractId contractId, CancellationToken cancellationToken)
    {
        var visits = new List<GeneratedVisit>();
        PageRequest page = PageRequest.First(PageRequest.MaxLimit);
        while (true)
        {
            Page<WorkOrder> found = await _workOrders.FindByContractAsync(contractId, page, cancellationToken).ConfigureAwait(false);
            foreach (WorkOrder order in found.Items)
            {
                if (order.Origin.Occurrence is not { } key || order.Status == WorkOrderStatus.Cancelled)
                {
                    continue;
                }
                GeneratedVisitState state = order.Status switch
                {
                    WorkOrderStatus.Planned => GeneratedVisitState.NotStarted,
                    WorkOrderStatus.InProgress => GeneratedVisitState.Started,
                    _ => GeneratedVisitState.Completed,
                };
                EmployeeId? employee = order.AssignedEmployees.Count > 0 ? order.AssignedEmployees[0] : null;
                visits.Add(new GeneratedVisit(order.Id, key, state, order.Schedule.PlannedAt, employee));
            }
            if (!found.HasMore)
            {
                return visits;
            }
            page = page.Next();
        }
    }
}
