using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The application service for timesheet entries: load, run the command, save, and retry on a concurrency
/// conflict, with the period locks, the employee's settings and the rules over the employee's other entries always
/// applied.</summary>
/// <remarks>
/// <para>Every command reads the closed periods covering the dates it touches from <see cref="ITimesheetPeriodRepository"/>
/// and passes them to the entry as <see cref="PeriodLocks"/>, so a lock cannot be bypassed through this service. For
/// that reason it offers named commands only, not the free-form <c>RunAsync</c> of <see cref="AggregateCommands{TId, TAggregate, TNotFound}"/>,
/// whose command could pass <see cref="PeriodLocks.None"/>; the retry loop is the same (<see cref="OptimisticCommand"/>).</para>
/// <para>Registering, importing and editing also check the employee's overlapping entries (TS-05) on the day before,
/// the day itself and the day after, and refuse with <see cref="TimesheetEntryInvalid"/> on an error.</para>
/// <para>Registered by <see cref="TimesheetsServiceCollectionExtensions.AddOutSmartTimesheets"/> as transient.
/// Instances are stateless and thread-safe when the repositories are.</para>
/// </remarks>
public sealed class TimesheetCommands
{
    private const int PageSize = PageRequest.MaxLimit;
    private readonly ITimesheetEntryRepository _entries;
    private readonly ITimesheetPeriodRepository _periods;
    private readonly ITimesheetEmployeeRepository _employees;
    private readonly TimesheetRules _rules;
    private readonly ApprovalPolicy _policy;
    private readonly TimesheetApprovers _approvers;

    /// <summary>Creates the service.</summary>
    /// <param name="entries">Where entries are stored.</param>
    /// <param name="periods">Where periods are stored.</param>
    /// <param name="employees">Where employees' timesheet settings are stored.</param>
    /// <param name="rules">The company's rules.</param>
    /// <param name="policy">Who may approve whom.</param>
    /// <param name="approvers">The organisation's structure.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TimesheetCommands(
        ITimesheetEntryRepository entries,
        ITimesheetPeriodRepository periods,
        ITimesheetEmployeeRepository employees,
        TimesheetRules rules,
        ApprovalPolicy policy,
        TimesheetApprovers approvers)
    {
        _entries = Guard.Against.Null(entries);
        _periods = Guard.Against.Null(periods);
        _employees = Guard.Against.Null(employees);
        _rules = Guard.Against.Null(rules);
        _policy = Guard.Against.Null(policy);
        _approvers = Guard.Against.Null(approvers);
    }

    /// <summary>Registers an entry by hand and stores it (see <see cref="TimesheetEntry.Register"/>).</summary>
    /// <param name="id">The new entry's id.</param>
    /// <param name="employeeId">Whose hours.</param>
    /// <param name="content">What it records.</param>
    /// <param name="links">What it is for.</param>
    /// <param name="description">A description; possibly empty.</param>
    /// <param name="actor">Who registers it.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and storing.</param>
    /// <returns>The stored entry; <see cref="ConcurrencyConflict"/> when the id is taken; or the refusal:
    /// <see cref="TimesheetDisabled"/> (also when the employee has no settings), <see cref="TimesheetPeriodLocked"/>,
    /// <see cref="TimesheetEntryInvalid"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public async Task<OneOf<TimesheetEntry, ConcurrencyConflict, IDomainError>> RegisterAsync(
        TimesheetEntryId id, EmployeeId employeeId, TimesheetEntryContent content, EntryLinks links, string description, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(actor);
        TimesheetEmployee? employee = await _employees.GetAsync(employeeId, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return new TimesheetDisabled(employeeId);
        }
        PeriodLocks locks = await LocksAsync(content.Date, content.Date, cancellationToken).ConfigureAwait(false);
        var created = TimesheetEntry.Register(id, employee, content, links, description, _rules, locks, actor, now);
        if (!created.TryPickT0(out TimesheetEntry entry, out var refusal))
        {
            return refusal.Match<IDomainError>(d => d, l => l, i => i).ToResult();
        }
        if (await OverlapAsync(entry, cancellationToken).ConfigureAwait(false) is { } invalid)
        {
            return invalid;
        }
        var added = await _entries.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        return added.Match<OneOf<TimesheetEntry, ConcurrencyConflict, IDomainError>>(_ => entry, c => c, t => t);
    }

    /// <summary>Imports the hours of a work order line (TS-13): creates the entry on the first import, updates it on a
    /// later one while it is draft or rejected, and refuses once it is submitted. Importing twice never stores a second entry.</summary>
    /// <param name="command">The hours, as plain values.</param>
    /// <param name="actor">Who imports (usually a system actor).</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and storing.</param>
    /// <returns>The stored entry; <see cref="ConcurrencyConflict"/> when every attempt lost a race; or the refusal:
    /// <see cref="DuplicateImportSource"/>, <see cref="TimesheetDisabled"/>, <see cref="TimesheetPeriodLocked"/>,
    /// <see cref="TimesheetEntryInvalid"/> (also with <c>TS_HOURTYPE_INVALID</c> when the named hour type is inactive or
    /// does not fit the kind, TS-14).</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public async Task<OneOf<TimesheetEntry, ConcurrencyConflict, IDomainError>> ImportFromWorkOrderAsync(
        ImportFromWorkOrder command, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        Guard.Against.Null(command);
        Guard.Against.Null(actor);
        ConcurrencyConflict? lastConflict = null;
        for (int attempt = 0; attempt < OptimisticCommand.DefaultMaxAttempts; attempt++)
        {
            TimesheetEntry? existing = await _entries.FindByImportKeyAsync(command.Key, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                if (HourTypeInvalid(command, existing.Id, existing.Zone) is { } wrongType)
                {
                    return wrongType;
                }
                var result = await RunAsync(
                    existing.Id,
                    [existing.Zone is { } zone ? command.ToContent(zone).Date : existing.Date],
                    (entry, locks) => entry.Reimport(command.ToContent(entry.Zone), _rules, locks, actor, now),
                    true,
                    now,
                    cancellationToken).ConfigureAwait(false);
                if (result.TryPickT0(out TimesheetEntry updated, out var failed))
                {
                    return updated;
                }
                if (failed.IsT0)
                {
                    continue; // removed meanwhile: import afresh
                }
                return failed.Match<OneOf<TimesheetEntry, ConcurrencyConflict, IDomainError>>(n => n, c => c, e => e.ToResult());
            }
            TimesheetEmployee? employee = await _employees.GetAsync(command.Key.EmployeeId, cancellationToken).ConfigureAwait(false);
            if (employee is null)
            {
                return new TimesheetDisabled(command.Key.EmployeeId);
            }
            if (HourTypeInvalid(command, command.NewEntryId, employee.Zone) is { } wrongHourType)
            {
                return wrongHourType;
            }
            TimesheetEntryContent content = command.ToContent(employee.Zone);
            PeriodLocks locks = await LocksAsync(content.Date, content.Date, cancellationToken).ConfigureAwait(false);
            var created = TimesheetEntry.Import(
                command.NewEntryId, command.Key, employee, content, EntryLinks.Create(command.Key.WorkOrderId, command.ProjectId, command.CustomerId),
                command.Description, _rules, locks, actor, now);
            if (!created.TryPickT0(out TimesheetEntry entry, out var refusal))
            {
                return refusal.Match<IDomainError>(d => d, l => l, i => i).ToResult();
            }
            if (await OverlapAsync(entry, cancellationToken).ConfigureAwait(false) is { } invalid)
            {
                return invalid;
            }
            var added = await _entries.AddAsync(entry, cancellationToken).ConfigureAwait(false);
            if (added.IsT0)
            {
                return entry;
            }
            if (added.IsT1)
            {
                lastConflict = added.AsT1;
            }
            // ImportKeyTaken: another import won the race; the next attempt updates its entry.
        }
        return lastConflict is { } conflict ? conflict : new ConcurrencyConflict(nameof(TimesheetEntry), command.NewEntryId.Value, AggregateVersion.New, null);
    }

    /// <summary>Edits an entry (see <see cref="TimesheetEntry.Edit"/>), checking overlaps with the employee's other entries.</summary>
    /// <param name="id">The entry.</param>
    /// <param name="content">The new content.</param>
    /// <param name="links">The new links.</param>
    /// <param name="description">The new description.</param>
    /// <param name="actor">Who edits.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>The saved entry, <see cref="TimesheetEntryNotFound"/>, <see cref="ConcurrencyConflict"/>, or the refusal.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public Task<OneOf<TimesheetEntry, TimesheetEntryNotFound, ConcurrencyConflict, IDomainError>> EditAsync(
        TimesheetEntryId id, TimesheetEntryContent content, EntryLinks links, string description, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        Guard.Against.Null(content);
        return RunAsync(id, [content.Date], (entry, locks) => entry.Edit(content, links, description, _rules, locks, actor, now), true, now, cancellationToken);
    }

    /// <summary>Submits an entry for approval.</summary>
    /// <param name="id">The entry.</param>
    /// <param name="actor">Who submits.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>The saved entry, <see cref="TimesheetEntryNotFound"/>, <see cref="ConcurrencyConflict"/>, or the refusal.</returns>
    public Task<OneOf<TimesheetEntry, TimesheetEntryNotFound, ConcurrencyConflict, IDomainError>> SubmitAsync(
        TimesheetEntryId id, Actor actor, Instant now, CancellationToken cancellationToken) =>
        RunAsync(id, [], (entry, locks) => entry.Submit(locks, actor, now), false, now, cancellationToken);

    /// <summary>Withdraws a submitted entry before a decision.</summary>
    /// <param name="id">The entry.</param>
    /// <param name="actor">Who withdraws.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>The saved entry, <see cref="TimesheetEntryNotFound"/>, <see cref="ConcurrencyConflict"/>, or the refusal.</returns>
    public Task<OneOf<TimesheetEntry, TimesheetEntryNotFound, ConcurrencyConflict, IDomainError>> WithdrawAsync(
        TimesheetEntryId id, Actor actor, Instant now, CancellationToken cancellationToken) =>
        RunAsync(id, [], (entry, locks) => entry.Withdraw(locks, actor, now), false, now, cancellationToken);

    /// <summary>Reopens an approved entry with a reason.</summary>
    /// <param name="id">The entry.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">The approver or admin.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>The saved entry, <see cref="TimesheetEntryNotFound"/>, <see cref="ConcurrencyConflict"/>, or the refusal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public Task<OneOf<TimesheetEntry, TimesheetEntryNotFound, ConcurrencyConflict, IDomainError>> ReopenAsync(
        TimesheetEntryId id, TimesheetReason reason, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        Guard.Against.Null(reason);
        return RunAsync(id, [], (entry, locks) => entry.Reopen(reason, _policy, _approvers, locks, actor, now), false, now, cancellationToken);
    }

    /// <summary>Approves entries in bulk (TS-26) and saves the approved ones; one result per id, in order.</summary>
    /// <param name="ids">The entries.</param>
    /// <param name="actor">The approver.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>One review per id: approved, or refused with the reason (including <see cref="TimesheetEntryNotFound"/>
    /// and a <see cref="ConcurrencyConflict"/> when the save lost a race).</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public Task<ReviewResult> ApproveAsync(IReadOnlyList<TimesheetEntryId> ids, Actor actor, Instant now, CancellationToken cancellationToken) =>
        ReviewAsync(ids, true, (entries, context, locks) => TimesheetReview.ApproveAll(entries, context, _rules, _policy, _approvers, locks, actor, now), cancellationToken);

    /// <summary>Rejects entries in bulk with one reason and saves the rejected ones; one result per id, in order.</summary>
    /// <param name="ids">The entries.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">The approver.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>One review per id.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public Task<ReviewResult> RejectAsync(IReadOnlyList<TimesheetEntryId> ids, TimesheetReason reason, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        Guard.Against.Null(reason);
        return ReviewAsync(ids, false, (entries, _, locks) => TimesheetReview.RejectAll(entries, reason, _policy, _approvers, locks, actor, now), cancellationToken);
    }

    private async Task<ReviewResult> ReviewAsync(
        IReadOnlyList<TimesheetEntryId> ids, bool withContext, Func<IReadOnlyList<TimesheetEntry>, IReadOnlyList<TimesheetEntry>, PeriodLocks, ReviewResult> review, CancellationToken cancellationToken)
    {
        Guard.Against.Null(ids);
        var found = new List<TimesheetEntry>(ids.Count);
        var missing = new Dictionary<int, TimesheetEntryId>();
        for (int i = 0; i < ids.Count; i++)
        {
            if (await _entries.GetAsync(ids[i], cancellationToken).ConfigureAwait(false) is { } entry)
            {
                found.Add(entry);
            }
            else
            {
                missing[i] = ids[i];
            }
        }
        var context = new List<TimesheetEntry>();
        PeriodLocks locks = PeriodLocks.None;
        if (found.Count > 0)
        {
            LocalDate first = found.Min(e => e.Date);
            LocalDate last = found.Max(e => e.Date);
            locks = await LocksAsync(first, last, cancellationToken).ConfigureAwait(false);
            if (withContext)
            {
                foreach (EmployeeId employee in found.Select(e => e.EmployeeId).Distinct())
                {
                    context.AddRange(await EntriesOfAsync(employee, new DateInterval(first.PlusDays(-7), last.PlusDays(7)), cancellationToken).ConfigureAwait(false));
                }
            }
        }
        ReviewResult decided = review(found, context, locks);
        var reviews = new List<EntryReview>(ids.Count);
        int next = 0;
        for (int i = 0; i < ids.Count; i++)
        {
            if (missing.TryGetValue(i, out TimesheetEntryId id))
            {
                reviews.Add(TimesheetReview.Refused(id, default, new TimesheetEntryNotFound(id)));
                continue;
            }
            EntryReview r = decided.Reviews[next];
            TimesheetEntry entry = found[next++];
            if (r.Outcome != ReviewOutcome.Refused)
            {
                var saved = await _entries.SaveAsync(entry, cancellationToken).ConfigureAwait(false);
                if (saved.TryPickT1(out ConcurrencyConflict conflict, out _))
                {
                    r = TimesheetReview.Refused(entry.Id, entry.EmployeeId, conflict);
                }
            }
            reviews.Add(r);
        }
        return TimesheetReview.Combine(reviews);
    }

    private Task<OneOf<TimesheetEntry, TimesheetEntryNotFound, ConcurrencyConflict, IDomainError>> RunAsync(
        TimesheetEntryId id, LocalDate[] extraDates, Func<TimesheetEntry, PeriodLocks, IOneOf> command, bool checkOverlap, Instant now, CancellationToken cancellationToken)
    {
        PeriodLocks locks = PeriodLocks.None;
        List<TimesheetEntry> context = [];
        return OptimisticCommand.RunAsync(
            async ct =>
            {
                TimesheetEntry? entry = await _entries.GetAsync(id, ct).ConfigureAwait(false);
                if (entry is not null)
                {
                    LocalDate first = extraDates.Length > 0 && extraDates.Min() < entry.Date ? extraDates.Min() : entry.Date;
                    LocalDate last = extraDates.Length > 0 && extraDates.Max() > entry.Date ? extraDates.Max() : entry.Date;
                    locks = await LocksAsync(first, last, ct).ConfigureAwait(false);
                    context = checkOverlap
                        ? await EntriesOfAsync(entry.EmployeeId, new DateInterval(first.PlusDays(-1), last.PlusDays(1)), ct).ConfigureAwait(false)
                        : [];
                }
                return entry;
            },
            () => new TimesheetEntryNotFound(id),
            entry =>
            {
                IOneOf result = command(entry, locks);
                if (result.Value is Success && checkOverlap && Overlap(entry, context) is { } invalid)
                {
                    return OneOf<Success, TimesheetEntryInvalid>.FromT1(invalid); // not saved: the loop saves only on success
                }
                return result;
            },
            _entries.SaveAsync,
            OptimisticCommand.DefaultMaxAttempts,
            cancellationToken);
    }

    // TS-05 against the employee's stored entries around the entry's date.
    // TS-14: the hour type the work order names must be active and fit the kind of hours.
    private TimesheetEntryInvalid? HourTypeInvalid(ImportFromWorkOrder command, TimesheetEntryId entryId, DateTimeZone zone)
    {
        if (command.HourType is not { } hourType)
        {
            return null;
        }
        TimesheetValidation validation = _rules.ValidateHourType(entryId, command.Key.EmployeeId, command.ToContent(zone), hourType);
        return validation.IsValid ? null : new TimesheetEntryInvalid(validation.Errors);
    }

    private async Task<TimesheetEntryInvalid?> OverlapAsync(TimesheetEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Content.Time?.Start is null || entry.Content.Kind == TimesheetEntryKind.Break)
        {
            return null;
        }
        var others = await EntriesOfAsync(entry.EmployeeId, new DateInterval(entry.Date.PlusDays(-1), entry.Date.PlusDays(1)), cancellationToken).ConfigureAwait(false);
        return Overlap(entry, others);
    }

    private TimesheetEntryInvalid? Overlap(TimesheetEntry entry, List<TimesheetEntry> others)
    {
        if (_rules.SeverityOf(TimesheetRule.Overlap) != ViolationSeverity.Error
            || entry.Content is not { Kind: not TimesheetEntryKind.Break, Time: { Start: { } start, End: { } end } })
        {
            return null;
        }
        foreach (TimesheetEntry other in others)
        {
            if (other.Id != entry.Id
                && other.Content is { Kind: not TimesheetEntryKind.Break, Time: { Start: { } otherStart, End: { } otherEnd } }
                && otherStart < end && start < otherEnd)
            {
                return new TimesheetEntryInvalid([new TimesheetViolation(
                    TimesheetRule.Overlap, ViolationSeverity.Error, entry.EmployeeId, entry.Id, entry.Date, "You already have an entry for this time.")]);
            }
        }
        return null;
    }

    private async Task<List<TimesheetEntry>> EntriesOfAsync(EmployeeId employee, DateInterval days, CancellationToken cancellationToken)
    {
        var result = new List<TimesheetEntry>();
        PageRequest page = PageRequest.First(PageSize);
        while (true)
        {
            Page<TimesheetEntry> found = await _entries.FindByEmployeeAsync(employee, days, page, cancellationToken).ConfigureAwait(false);
            result.AddRange(found.Items);
            if (!found.HasMore)
            {
                return result;
            }
            page = page.Next();
        }
    }

    private async Task<PeriodLocks> LocksAsync(LocalDate first, LocalDate last, CancellationToken cancellationToken)
    {
        var periods = new List<TimesheetPeriod>();
        PageRequest page = PageRequest.First(PageSize);
        while (true)
        {
            Page<TimesheetPeriod> found = await _periods.FindOverlappingAsync(new DateInterval(first, last), page, cancellationToken).ConfigureAwait(false);
            periods.AddRange(found.Items);
            if (!found.HasMore)
            {
                return PeriodLocks.From(periods);
            }
            page = page.Next();
        }
    }
}

internal static class DomainErrorExtensions
{
    public static OneOf<TimesheetEntry, ConcurrencyConflict, IDomainError> ToResult(this IDomainError error) =>
        OneOf<TimesheetEntry, ConcurrencyConflict, IDomainError>.FromT2(error);
}
