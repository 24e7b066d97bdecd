using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// Generates the work orders of contracts for a run day (werkbonnen genereren), exactly once per occurrence: it reads
/// the contracts that may generate that day page by page, asks the pure <see cref="ContractPlanner"/> for the visits
/// due, and adds one work order per visit through <see cref="IWorkOrderRepository"/>.
/// </summary>
/// <remarks>
/// <para><b>Exactly once.</b> The occurrence key (contract, schedule, target date, object) is the guard, enforced by
/// storage: a second work order for a key is refused with <see cref="OccurrenceAlreadyPlanned"/>, which the report
/// counts as <see cref="GenerationReport.AlreadyThere"/>, never as an error. The work order's id is derived from its
/// key, so two hosts planning the same visit try the same id: the loser's <see cref="ConcurrencyConflict"/> also means
/// "already there". Running a day again, running every day instead of once, or running on several hosts at once
/// creates each occurrence once.</para>
/// <para><b>Catch-up.</b> After a run the contract remembers the last target date it handled
/// (<see cref="Contract.GeneratedThrough"/>); the next run plans the targets after it, so after downtime the missed
/// targets are generated on the first run (<see cref="MissedVisitPolicy.CatchUp"/>) or reported as skipped
/// (<see cref="MissedVisitPolicy.Skip"/>). Saving that marker may conflict with another host or an edit; the run then
/// leaves it, and the next run plans the same targets again and finds them there.</para>
/// <para><b>Planned or deadline-only.</b> A visit of a contract with an employee is planned at its date and time and
/// assigned; when the optional <see cref="IEmployeeAvailability"/> says the employee is absent that day, the work
/// order gets only a deadline and the report says why.</para>
/// <para><b>Streaming and batches.</b> Contracts are read <see cref="PageSize"/> at a time, so memory does not grow with
/// the number of contracts; each page's work orders are written with one <see cref="IWorkOrderRepository.AddManyAsync"/>.
/// <b>Partitions</b> (<see cref="ContractPartition"/>) let several hosts share the contracts; correctness never depends
/// on them. Each work type's published workflow is read once per run. When none is published, the visit is
/// skipped, reported, and planned again on the next run.</para>
/// <para>Instances are thread-safe when the ports are; runs may overlap.</para>
/// </remarks>
public sealed class ContractGenerationService
{
    /// <summary>How many contracts a run reads per page.</summary>
    public const int PageSize = 500;

    /// <summary>At most how many work orders one <see cref="IWorkOrderRepository.AddManyAsync"/> call writes.</summary>
    public const int MaxBatch = 2_000;

    private static readonly ImmutableHashSet<OccurrenceKey> NoKeys = [];

    private readonly IContractRepository _contracts;
    private readonly IWorkOrderRepository _workOrders;
    private readonly IWorkflowRepository _workflows;
    private readonly IClock _clock;
    private readonly IEmployeeAvailability? _availability;

    /// <summary>Creates the service.</summary>
    /// <param name="contracts">Where contracts are stored.</param>
    /// <param name="workOrders">Where work orders are stored; it refuses a second work order per occurrence key.</param>
    /// <param name="workflows">Where the published workflow of each work type is found.</param>
    /// <param name="clock">The clock giving "now" for the created work orders.</param>
    /// <param name="availability">Says when employees are absent, or <see langword="null"/>: every employee is available.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    public ContractGenerationService(IContractRepository contracts, IWorkOrderRepository workOrders, IWorkflowRepository workflows, IClock clock, IEmployeeAvailability? availability)
    {
        _contracts = Guard.Against.Null(contracts);
        _workOrders = Guard.Against.Null(workOrders);
        _workflows = Guard.Against.Null(workflows);
        _clock = Guard.Against.Null(clock);
        _availability = availability;
    }

    /// <summary>Runs generation for one day over every contract that may generate that day.</summary>
    /// <param name="day">The run day (a day in the contracts' zones; a host runs it once a day, or more often).</param>
    /// <param name="actor">Who (which process) generates; recorded on the work orders.</param>
    /// <param name="cancellationToken">Cancels the run between pages of contracts; what was created stays.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public Task<GenerationReport> RunAsync(LocalDate day, Actor actor, CancellationToken cancellationToken) =>
        RunAsync(day, ContractPartition.All, actor, cancellationToken);

    /// <summary>Runs generation for one day over the contracts of one partition that may generate that day: one host's
    /// share when several hosts generate (see <see cref="ContractPartition"/>; correctness never depends on it).</summary>
    /// <param name="day">The run day (a day in the contracts' zones; a host runs it once a day, or more often).</param>
    /// <param name="partition">The share of the contracts to generate for; <see cref="ContractPartition.All"/> for
    /// every contract.</param>
    /// <param name="actor">Who (which process) generates; recorded on the work orders.</param>
    /// <param name="cancellationToken">Cancels the run between pages of contracts; what was created stays.</param>
    /// <returns>The report; <see cref="GenerationReport.Contracts"/> counts the partition's contracts only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partition"/> or <paramref name="actor"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <remarks>Each page of contracts is written as one batch: the page's work orders with one
    /// <see cref="IWorkOrderRepository.AddManyAsync"/> (one transaction), then the contracts' advanced
    /// <see cref="Contract.GeneratedThrough"/> with one <see cref="IContractRepository.SaveManyAsync"/>. A process killed in between leaves whole work orders whose contracts
    /// plan the same targets again on the next run and find them there.</remarks>
    public async Task<GenerationReport> RunAsync(LocalDate day, ContractPartition partition, Actor actor, CancellationToken cancellationToken) =>
        (await RunDaysAsync(new DateInterval(day, day), partition, actor, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Runs generation for every day of <paramref name="days"/>, in order, with the result of one
    /// <see cref="RunAsync(LocalDate, ContractPartition, Actor, CancellationToken)"/> per day, but reading and saving
    /// each contract once for the whole interval: the bulk path for a catch-up after downtime, a first run over a
    /// horizon, or a simulation of daily runs.</summary>
    /// <param name="days">The run days, first to last.</param>
    /// <param name="partition">The share of the contracts to generate for; <see cref="ContractPartition.All"/> for
    /// every contract.</param>
    /// <param name="actor">Who (which process) generates; recorded on the work orders.</param>
    /// <param name="cancellationToken">Cancels the run between pages of contracts; what was created stays.</param>
    /// <returns>One report per day of <paramref name="days"/>, in order; each counts what that day's daily run would
    /// have counted (a visit planned again on a later day because its workflow was missing counts there as already
    /// there once it is stored).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <remarks>Contracts are independent of each other, so planning day after day for one contract before turning to
    /// the next creates the same work orders, with the same ids, and leaves the same
    /// <see cref="Contract.GeneratedThrough"/> as running the days one after another over all contracts. Each page of
    /// contracts (<see cref="IContractRepository.FindGeneratingDuringAsync"/>) is written as one batch: the work
    /// orders of all its days with <see cref="IWorkOrderRepository.AddManyAsync"/> (in slices of
    /// <see cref="MaxBatch"/>), then the contracts' advanced marker with one
    /// <see cref="IContractRepository.SaveManyAsync"/>.</remarks>
    public async Task<ImmutableArray<GenerationReport>> RunDaysAsync(DateInterval days, ContractPartition partition, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(partition);
        Guard.Against.Null(actor);
        int length = days.Length;
        var tallies = new DayTally[length];
        for (int i = 0; i < length; i++)
        {
            tallies[i] = new DayTally();
        }
        var workflowCache = new Dictionary<string, Workflow?>(StringComparer.Ordinal);
        var visits = new List<PlannedVisit>();
        var missed = new List<MissedVisit>();
        var batch = new List<WorkOrder>();
        var batchDays = new List<int>();
        var advanced = new List<(Contract Contract, LocalDate Through)>();
        PageRequest request = PageRequest.First(PageSize);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Page<Contract> page = await _contracts.FindGeneratingDuringAsync(days, request, cancellationToken).ConfigureAwait(false);
            advanced.Clear();
            foreach (Contract contract in page.Items)
            {
                if (!partition.Contains(contract.Id))
                {
                    continue;
                }
                ContractPlanningView? view = contract.ToPlanningView();
                LocalDate? through = contract.GeneratedThrough;
                bool moved = false;
                for (int i = 0; i < length; i++)
                {
                    LocalDate day = days.Start.PlusDays(i);
                    if (!contract.MayGenerateOn(day))
                    {
                        continue;
                    }
                    DayTally tally = tallies[i];
                    tally.Contracts++;
                    if (view is null)
                    {
                        continue;
                    }
                    visits.Clear();
                    missed.Clear();
                    LocalDate? covered = ContractPlanner.PlanDay(view, new PlanningRun(day, through), NoKeys, visits, missed);
                    foreach (MissedVisit miss in missed)
                    {
                        tally.Notes.Add(new GenerationNote(miss.Key, GenerationNoteKind.MissedAndSkipped));
                    }
                    bool complete = true;
                    foreach (PlannedVisit visit in visits)
                    {
                        Workflow? workflow = await PublishedWorkflowAsync(contract.Template.WorkType, workflowCache, cancellationToken).ConfigureAwait(false);
                        if (workflow is null)
                        {
                            tally.Notes.Add(new GenerationNote(visit.Key, GenerationNoteKind.NoPublishedWorkflow));
                            complete = false;
                            continue;
                        }
                        PlannedVisit toCreate = visit;
                        if (visit.Employee is { } employee && _availability is not null
                            && !await _availability.IsAvailableAsync(employee, visit.Target, cancellationToken).ConfigureAwait(false))
                        {
                            toCreate = visit.AsDeadlineOnly();
                            tally.Notes.Add(new GenerationNote(visit.Key, GenerationNoteKind.EmployeeAbsent));
                        }
                        batch.Add(WorkOrderFor(contract, toCreate, workflow, actor));
                        batchDays.Add(i);
                    }
                    if (complete && covered is { } c && (through is not { } known || c > known))
                    {
                        through = c;
                        moved = true;
                    }
                }
                if (moved)
                {
                    advanced.Add((contract, through!.Value));
                }
                if (batch.Count >= MaxBatch)
                {
                    await AddBatchAsync(batch, batchDays, tallies, cancellationToken).ConfigureAwait(false);
                }
            }
            await AddBatchAsync(batch, batchDays, tallies, cancellationToken).ConfigureAwait(false);
            // Only after the work orders are stored do the contracts remember how far they generated, in one batch.
            if (advanced.Count > 0)
            {
                foreach ((Contract contract, LocalDate covered) in advanced)
                {
                    contract.MarkGeneratedThrough(covered);
                }
                // A conflict means another host or an edit saved first: the next run plans these targets again.
                _ = await _contracts.SaveManyAsync([.. advanced.Select(a => a.Contract)], cancellationToken).ConfigureAwait(false);
            }
            if (!page.HasMore)
            {
                break;
            }
            request = request.Next();
        }
        var reports = ImmutableArray.CreateBuilder<GenerationReport>(length);
        for (int i = 0; i < length; i++)
        {
            DayTally tally = tallies[i];
            reports.Add(new GenerationReport(days.Start.PlusDays(i), tally.Contracts, tally.Created, tally.AlreadyThere, tally.Notes.ToImmutable()));
        }
        return reports.MoveToImmutable();
    }

    /// <summary>Returns the id of the work order generated for <paramref name="key"/>: a stable hash of the key's text
    /// (<see cref="OccurrenceKey.ToString"/>), the same on every host and every run.</summary>
    /// <param name="key">The occurrence key.</param>
    /// <returns>The work order id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static WorkOrderId WorkOrderIdFor(OccurrenceKey key)
    {
        Guard.Against.Null(key);
        // FNV-1a, 128 bits, over the UTF-16 code units of the key's stable text form.
        UInt128 hash = new(0x6C62272E07BB0142, 0x62B821756295C58D);
        UInt128 prime = new(0x0000000001000000, 0x000000000000013B);
        foreach (char c in key.ToString())
        {
            hash ^= c;
            hash = unchecked(hash * prime);
        }
        Span<byte> bytes = stackalloc byte[16];
        for (int i = 15; i >= 0; i--)
        {
            bytes[i] = (byte)(hash & 0xFF);
            hash >>= 8;
        }
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // a custom (version 8) UUID
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new WorkOrderId(new Guid(bytes, bigEndian: true));
    }

    private WorkOrder WorkOrderFor(Contract contract, PlannedVisit visit, Workflow workflow, Actor actor)
    {
        Instant now = _clock.GetCurrentInstant();
        WorkOrderId id = WorkOrderIdFor(visit.Key);
        string number = string.Create(CultureInfo.InvariantCulture, $"C{visit.Target:uuuuMMdd}-{id.Value.ToString("N", CultureInfo.InvariantCulture)[..12]}");
        WorkOrderSchedule schedule = visit.Planned is { } planned ? WorkOrderSchedule.At(planned) : WorkOrderSchedule.Before(visit.Target);
        AssetId? asset = visit.Key.Asset ?? (contract.Planning.Objects.Length == 1 ? contract.Planning.Objects[0] : null);
        var order = WorkOrder.Plan(id, number, contract.CustomerId, asset, WorkOrderOrigin.FromContractOccurrence(visit.Key), schedule, workflow, WorkOrderPolicy.Default, actor, now);
        if (visit.Planned is not null && visit.Employee is { } employee)
        {
            _ = order.Assign(employee, actor, now);
        }
        return order;
    }

    private async Task AddBatchAsync(List<WorkOrder> batch, List<int> batchDays, DayTally[] tallies, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }
        // A taken key or id (the id is the key's hash) means another run created the work order first.
        var added = await _workOrders.AddManyAsync(batch, cancellationToken).ConfigureAwait(false);
        for (int j = 0; j < added.Length; j++)
        {
            DayTally tally = tallies[batchDays[j]];
            if (added[j].IsT0)
            {
                tally.Created++;
            }
            else
            {
                tally.AlreadyThere++;
            }
        }
        batch.Clear();
        batchDays.Clear();
    }

    private async Task<Workflow?> PublishedWorkflowAsync(string workType, Dictionary<string, Workflow?> cache, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(workType, out Workflow? workflow))
        {
            workflow = await _workflows.FindLatestPublishedAsync(workType, cancellationToken).ConfigureAwait(false);
            cache[workType] = workflow;
        }
        return workflow;
    }

    private sealed class DayTally
    {
        public int Contracts;
        public int Created;
        public int AlreadyThere;
        public readonly ImmutableArray<GenerationNote>.Builder Notes = ImmutableArray.CreateBuilder<GenerationNote>();
    }
}
