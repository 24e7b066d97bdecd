using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>Bulk approval and rejection (TS-26): one decision over many entries, returning one result per entry.</summary>
/// <remarks>
/// <para>Approval first validates all entries at once with <see cref="TimesheetRules"/> (grouped per employee, each
/// group sorted once), then runs <see cref="TimesheetEntry.Approve"/> on each entry. An entry with an error violation
/// (its own, or its day's or week's when such a rule is set as an error) is refused with
/// <see cref="TimesheetEntryInvalid"/>; warnings travel with the result. The cost is O(n log n) for n entries.</para>
/// <para>The entries given are changed in place; the caller saves the approved or rejected ones
/// (<see cref="TimesheetCommands.ApproveAsync"/> does). Not thread-safe for the same entries.</para>
/// </remarks>
public static class TimesheetReview
{
    /// <summary>Approves every eligible entry and reports every other one.</summary>
    /// <param name="entries">The entries to approve, and for the rules over days and weeks, ideally the employees' other
    /// entries of those weeks too (pass them in <paramref name="context"/>).</param>
    /// <param name="context">Other entries the rules should see (not approved); may be empty.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="policy">Who may approve whom.</param>
    /// <param name="approvers">The organisation's structure.</param>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">The approver.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>One review per entry in <paramref name="entries"/>, in order.</returns>
    /// <exception cref="ArgumentNullException">A reference argument or an entry is null.</exception>
    public static ReviewResult ApproveAll(
        IReadOnlyList<TimesheetEntry> entries,
        IReadOnlyList<TimesheetEntry> context,
        TimesheetRules rules,
        ApprovalPolicy policy,
        TimesheetApprovers approvers,
        PeriodLocks locks,
        Actor actor,
        Instant now)
    {
        Guard.Against.Null(entries);
        Guard.Against.Null(context);
        Guard.Against.Null(rules);
        Guard.Against.Null(policy);
        Guard.Against.Null(approvers);
        Guard.Against.Null(locks);
        Guard.Against.Null(actor);
        var facts = new TimesheetRules.EntryFacts[entries.Count + context.Count];
        var seen = new HashSet<TimesheetEntryId>(facts.Length);
        int n = 0;
        foreach (TimesheetEntry entry in entries)
        {
            Guard.Against.Null(entry, nameof(entries));
            if (seen.Add(entry.Id))
            {
                facts[n++] = new(entry.Id, entry.EmployeeId, entry.Content, entry.Zone);
            }
        }
        foreach (TimesheetEntry entry in context)
        {
            Guard.Against.Null(entry, nameof(context));
            if (seen.Add(entry.Id))
            {
                facts[n++] = new(entry.Id, entry.EmployeeId, entry.Content, entry.Zone);
            }
        }
        Array.Resize(ref facts, n);
        TimesheetValidation validation = rules.ValidateFacts(facts, now);
        var errors = Index(validation.Errors);
        var warnings = Index(validation.Warnings);
        var reviews = ImmutableArray.CreateBuilder<EntryReview>(entries.Count);
        foreach (TimesheetEntry entry in entries)
        {
            ImmutableArray<TimesheetViolation> entryErrors = errors.For(entry);
            ImmutableArray<TimesheetViolation> entryWarnings = warnings.For(entry);
            if (!entryErrors.IsEmpty && entry.Status == TimesheetEntryStatus.Submitted)
            {
                reviews.Add(new EntryReview(entry.Id, entry.EmployeeId, ReviewOutcome.Refused, new TimesheetEntryInvalid(entryErrors), entryWarnings));
                continue;
            }
            var result = entry.Approve(policy, approvers, locks, actor, now);
            IDomainError? refusal = result.Match<IDomainError?>(_ => null, t => t, a => a, l => l);
            reviews.Add(new EntryReview(entry.Id, entry.EmployeeId, refusal is null ? ReviewOutcome.Approved : ReviewOutcome.Refused, refusal, entryWarnings));
        }
        return new ReviewResult(reviews.MoveToImmutable());
    }

    /// <summary>Rejects every eligible entry with one reason and reports every other one.</summary>
    /// <param name="entries">The entries to reject.</param>
    /// <param name="reason">Why; kept in each entry's history.</param>
    /// <param name="policy">Who may decide on whose hours.</param>
    /// <param name="approvers">The organisation's structure.</param>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">The approver.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>One review per entry, in order.</returns>
    /// <exception cref="ArgumentNullException">A reference argument or an entry is null.</exception>
    public static ReviewResult RejectAll(
        IReadOnlyList<TimesheetEntry> entries,
        TimesheetReason reason,
        ApprovalPolicy policy,
        TimesheetApprovers approvers,
        PeriodLocks locks,
        Actor actor,
        Instant now)
    {
        Guard.Against.Null(entries);
        Guard.Against.Null(reason);
        var reviews = ImmutableArray.CreateBuilder<EntryReview>(entries.Count);
        foreach (TimesheetEntry entry in entries)
        {
            Guard.Against.Null(entry, nameof(entries));
            var result = entry.Reject(reason, policy, approvers, locks, actor, now);
            IDomainError? refusal = result.Match<IDomainError?>(_ => null, t => t, a => a, l => l);
            reviews.Add(new EntryReview(entry.Id, entry.EmployeeId, refusal is null ? ReviewOutcome.Rejected : ReviewOutcome.Refused, refusal, []));
        }
        return new ReviewResult(reviews.MoveToImmutable());
    }

    internal static ReviewResult Combine(IEnumerable<EntryReview> reviews) => new([.. reviews]);

    internal static EntryReview Refused(TimesheetEntryId id, EmployeeId employee, IDomainError refusal) =>
        new(id, employee, ReviewOutcome.Refused, refusal, []);

    private static ViolationIndex Index(ImmutableArray<TimesheetViolation> violations)
    {
        var index = new ViolationIndex();
        foreach (TimesheetViolation v in violations)
        {
            if (v.EntryId is { } id)
            {
                index.ByEntry.GetOrAdd(id).Add(v);
            }
            else
            {
                index.ByEmployee.GetOrAdd(v.EmployeeId).Add(v);
            }
        }
        return index;
    }

    private sealed class ViolationIndex
    {
        // The violations of one employee's day and week are the same for every entry of that day without violations
        // of its own: computed once per (employee, date) and shared, so the bulk path allocates nothing per entry.
        private readonly Dictionary<(EmployeeId Employee, LocalDate Date), ImmutableArray<TimesheetViolation>> _byDay = [];

        public Dictionary<TimesheetEntryId, List<TimesheetViolation>> ByEntry { get; } = [];

        public Dictionary<EmployeeId, List<TimesheetViolation>> ByEmployee { get; } = [];

        public ImmutableArray<TimesheetViolation> For(TimesheetEntry entry)
        {
            if (ByEntry.Count == 0 && ByEmployee.Count == 0)
            {
                return [];
            }
            if (!ByEntry.TryGetValue(entry.Id, out List<TimesheetViolation>? own))
            {
                var key = (entry.EmployeeId, entry.Date);
                if (!_byDay.TryGetValue(key, out ImmutableArray<TimesheetViolation> shared))
                {
                    shared = Collect(null, entry);
                    _byDay.Add(key, shared);
                }
                return shared;
            }
            return Collect(own, entry);
        }

        private ImmutableArray<TimesheetViolation> Collect(List<TimesheetViolation>? own, TimesheetEntry entry)
        {
            var found = ImmutableArray.CreateBuilder<TimesheetViolation>();
            if (own is not null)
            {
                found.AddRange(own);
            }
            if (ByEmployee.TryGetValue(entry.EmployeeId, out List<TimesheetViolation>? general))
            {
                foreach (TimesheetViolation v in general)
                {
                    bool weekly = v.Rule is TimesheetRule.WeekOverMax or TimesheetRule.AverageOverMax;
                    if (weekly ? entry.Date >= v.Date && entry.Date < v.Date.PlusDays(7) : entry.Date == v.Date)
                    {
                        found.Add(v);
                    }
                }
            }
            return found.Count == 0 ? [] : found.ToImmutable();
        }
    }
}

internal static class DictionaryExtensions
{
    public static List<TimesheetViolation> GetOrAdd<TKey>(this Dictionary<TKey, List<TimesheetViolation>> dictionary, TKey key)
        where TKey : notnull
    {
        if (!dictionary.TryGetValue(key, out List<TimesheetViolation>? list))
        {
            list = [];
            dictionary.Add(key, list);
        }
        return list;
    }
}
