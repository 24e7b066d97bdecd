using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

public sealed partial class TimesheetEntry
{
    /// <summary>Changes what the entry records, what it is for and its description; only in draft or rejected (TS-15).
    /// A rejected entry stays rejected until it is submitted again.</summary>
    /// <param name="content">The new content; the date may change.</param>
    /// <param name="links">The new links.</param>
    /// <param name="description">The new description; trimmed; at most <see cref="MaxDescriptionLength"/> characters.</param>
    /// <param name="rules">The rules the content is checked against.</param>
    /// <param name="locks">The closed periods; both the old and the new date must be open.</param>
    /// <param name="actor">Who edits.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="TimesheetEntryLocked"/> when submitted, approved or exported;
    /// <see cref="TimesheetPeriodLocked"/>; or <see cref="TimesheetEntryInvalid"/> with the content's errors.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The description is too long, or an imported entry's links name another work order.</exception>
    public OneOf<Success, TimesheetEntryLocked, TimesheetPeriodLocked, TimesheetEntryInvalid> Edit(
        TimesheetEntryContent content, EntryLinks links, string description, TimesheetRules rules, PeriodLocks locks, Actor actor, Instant now)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(links);
        string text = CheckDescription(description);
        Guard.Against.Null(rules);
        Guard.Against.Null(locks);
        Guard.Against.Null(actor);
        if (ImportKey is not null && links.WorkOrderId != ImportKey.WorkOrderId)
        {
            throw new ArgumentException("An imported entry stays linked to its work order.", nameof(links));
        }
        if (!IsEditable)
        {
            return new TimesheetEntryLocked(Id, Status);
        }
        return Change(content, links, text, rules, locks, TimesheetEntryAction.Edited, actor, now)
            .Match<OneOf<Success, TimesheetEntryLocked, TimesheetPeriodLocked, TimesheetEntryInvalid>>(s => s, l => l, i => i);
    }

    /// <summary>Updates an imported entry from its work order again (TS-13): allowed in draft or rejected, refused once
    /// submitted. The links and description stay as they are.</summary>
    /// <param name="content">The hours as the work order now carries them.</param>
    /// <param name="rules">The rules the content is checked against.</param>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="DuplicateImportSource"/> once submitted, approved or exported;
    /// <see cref="TimesheetPeriodLocked"/>; or <see cref="TimesheetEntryInvalid"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="InvalidOperationException">The entry was not imported.</exception>
    public OneOf<Success, DuplicateImportSource, TimesheetPeriodLocked, TimesheetEntryInvalid> Reimport(
        TimesheetEntryContent content, TimesheetRules rules, PeriodLocks locks, Actor actor, Instant now)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(rules);
        Guard.Against.Null(locks);
        Guard.Against.Null(actor);
        ImportKey key = ImportKey ?? throw new InvalidOperationException("Only an imported entry can be re-imported.");
        if (!IsEditable)
        {
            return new DuplicateImportSource(key, Id, Status);
        }
        if (content == Content)
        {
            return new Success(); // the same hours again: nothing changes, nothing is recorded
        }
        return Change(content, Links, Description, rules, locks, TimesheetEntryAction.Reimported, actor, now)
            .Match<OneOf<Success, DuplicateImportSource, TimesheetPeriodLocked, TimesheetEntryInvalid>>(s => s, l => l, i => i);
    }

    /// <summary>Submits the entry for approval (TS-17): from draft or rejected to submitted.</summary>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">Who submits.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="TimesheetTransitionInvalid"/>, or <see cref="TimesheetPeriodLocked"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TimesheetTransitionInvalid, TimesheetPeriodLocked> Submit(PeriodLocks locks, Actor actor, Instant now)
    {
        Guard.Against.Null(locks);
        Guard.Against.Null(actor);
        if (!IsEditable)
        {
            return new TimesheetTransitionInvalid(Id, Status, TimesheetEntryStatus.Submitted);
        }
        if (locks.IsLocked(Date))
        {
            return new TimesheetPeriodLocked(Date);
        }
        Record(TimesheetEntryAction.Submitted, TimesheetEntryStatus.Submitted, actor, now, null);
        Raise(new TimesheetEntrySubmitted(Id, EmployeeId, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Withdraws a submitted entry before a decision: back to draft.</summary>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">Who withdraws.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="TimesheetTransitionInvalid"/> unless submitted, or <see cref="TimesheetPeriodLocked"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TimesheetTransitionInvalid, TimesheetPeriodLocked> Withdraw(PeriodLocks locks, Actor actor, Instant now)
    {
        Guard.Against.Null(locks);
        Guard.Against.Null(actor);
        if (Status != TimesheetEntryStatus.Submitted)
        {
            return new TimesheetTransitionInvalid(Id, Status, TimesheetEntryStatus.Draft);
        }
        if (locks.IsLocked(Date))
        {
            return new TimesheetPeriodLocked(Date);
        }
        Record(TimesheetEntryAction.Withdrawn, TimesheetEntryStatus.Draft, actor, now, null);
        Raise(new TimesheetEntryWithdrawn(Id, EmployeeId, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Approves a submitted entry (TS-19, TS-20, TS-22).</summary>
    /// <param name="policy">Who may approve whom.</param>
    /// <param name="approvers">The organisation's structure.</param>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">The approver.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="TimesheetTransitionInvalid"/> unless submitted;
    /// <see cref="ApprovalRefused"/> (not an approver, self-approval, or a future entry); or <see cref="TimesheetPeriodLocked"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TimesheetTransitionInvalid, ApprovalRefused, TimesheetPeriodLocked> Approve(
        ApprovalPolicy policy, TimesheetApprovers approvers, PeriodLocks locks, Actor actor, Instant now)
    {
        if (Decide(TimesheetEntryStatus.Submitted, TimesheetEntryStatus.Approved, policy, approvers, locks, actor, now) is { } refusal)
        {
            return refusal.Match<OneOf<Success, TimesheetTransitionInvalid, ApprovalRefused, TimesheetPeriodLocked>>(t => t, a => a, l => l);
        }
        if (ApprovalPolicy.IsInFuture(Content, Zone, now))
        {
            return new ApprovalRefused(Id, ApprovalRefusalReason.InFuture);
        }
        Record(TimesheetEntryAction.Approved, TimesheetEntryStatus.Approved, actor, now, null);
        Raise(new TimesheetEntryApproved(Id, EmployeeId, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Rejects a submitted entry with a reason (TS-21); the employee edits and resubmits it.</summary>
    /// <param name="reason">Why; kept in the history and the event.</param>
    /// <param name="policy">Who may decide on whose hours.</param>
    /// <param name="approvers">The organisation's structure.</param>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">The approver.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="TimesheetTransitionInvalid"/> unless submitted;
    /// <see cref="ApprovalRefused"/>; or <see cref="TimesheetPeriodLocked"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TimesheetTransitionInvalid, ApprovalRefused, TimesheetPeriodLocked> Reject(
        TimesheetReason reason, ApprovalPolicy policy, TimesheetApprovers approvers, PeriodLocks locks, Actor actor, Instant now)
    {
        Guard.Against.Null(reason);
        if (Decide(TimesheetEntryStatus.Submitted, TimesheetEntryStatus.Rejected, policy, approvers, locks, actor, now) is { } refusal)
        {
            return refusal.Match<OneOf<Success, TimesheetTransitionInvalid, ApprovalRefused, TimesheetPeriodLocked>>(t => t, a => a, l => l);
        }
        Record(TimesheetEntryAction.Rejected, TimesheetEntryStatus.Rejected, actor, now, reason.Text);
        Raise(new TimesheetEntryRejected(Id, EmployeeId, actor.EmployeeId, reason.Text, now));
        return new Success();
    }

    /// <summary>Reopens an approved entry to draft with a reason (TS-23): only an approver of the employee or an admin;
    /// never once exported.</summary>
    /// <param name="reason">Why; kept in the history.</param>
    /// <param name="policy">Who may decide on whose hours.</param>
    /// <param name="approvers">The organisation's structure.</param>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">The approver or admin.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="TimesheetTransitionInvalid"/> unless approved;
    /// <see cref="ApprovalRefused"/> (<see cref="ApprovalRefusalReason.Exported"/> for an exported entry, or not an
    /// approver); or <see cref="TimesheetPeriodLocked"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TimesheetTransitionInvalid, ApprovalRefused, TimesheetPeriodLocked> Reopen(
        TimesheetReason reason, ApprovalPolicy policy, TimesheetApprovers approvers, PeriodLocks locks, Actor actor, Instant now)
    {
        Guard.Against.Null(reason);
        if (Status == TimesheetEntryStatus.Exported)
        {
            return new ApprovalRefused(Id, ApprovalRefusalReason.Exported);
        }
        if (Decide(TimesheetEntryStatus.Approved, TimesheetEntryStatus.Draft, policy, approvers, locks, actor, now) is { } refusal)
        {
            return refusal.Match<OneOf<Success, TimesheetTransitionInvalid, ApprovalRefused, TimesheetPeriodLocked>>(t => t, a => a, l => l);
        }
        Record(TimesheetEntryAction.Reopened, TimesheetEntryStatus.Draft, actor, now, reason.Text);
        Raise(new TimesheetEntryReopened(Id, EmployeeId, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Marks an approved entry as exported to payroll in a batch (TS-24); final. Period locks do not apply:
    /// a closed period is exactly what payroll exports.</summary>
    /// <param name="batch">The export batch; not empty.</param>
    /// <param name="actor">Who exports.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, or <see cref="TimesheetTransitionInvalid"/> unless approved (an exported entry
    /// is not exported again).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="batch"/> is empty.</exception>
    public OneOf<Success, TimesheetTransitionInvalid> Export(ExportBatchId batch, Actor actor, Instant now)
    {
        Guard.Against.Default(batch);
        Guard.Against.Null(actor);
        if (Status != TimesheetEntryStatus.Approved)
        {
            return new TimesheetTransitionInvalid(Id, Status, TimesheetEntryStatus.Exported);
        }
        ExportBatch = batch;
        Record(TimesheetEntryAction.Exported, TimesheetEntryStatus.Exported, actor, now, batch.ToString());
        Raise(new TimesheetEntryExported(Id, EmployeeId, batch, actor.EmployeeId, now));
        return new Success();
    }

    private OneOf<TimesheetTransitionInvalid, ApprovalRefused, TimesheetPeriodLocked>? Decide(
        TimesheetEntryStatus from, TimesheetEntryStatus to, ApprovalPolicy policy, TimesheetApprovers approvers, PeriodLocks locks, Actor actor, Instant now)
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(approvers);
        Guard.Against.Null(locks);
        Guard.Against.Null(actor);
        if (Status != from)
        {
            return new TimesheetTransitionInvalid(Id, Status, to);
        }
        if (policy.Judge(actor, EmployeeId, Links.ProjectId, approvers) is { } reason)
        {
            return new ApprovalRefused(Id, reason);
        }
        if (locks.IsLocked(Date))
        {
            return new TimesheetPeriodLocked(Date);
        }
        return null;
    }

    private OneOf<Success, TimesheetPeriodLocked, TimesheetEntryInvalid> Change(
        TimesheetEntryContent content, EntryLinks links, string description, TimesheetRules rules, PeriodLocks locks, TimesheetEntryAction action, Actor actor, Instant now)
    {
        if (locks.IsLocked(Date))
        {
            return new TimesheetPeriodLocked(Date);
        }
        if (locks.IsLocked(content.Date))
        {
            return new TimesheetPeriodLocked(content.Date);
        }
        TimesheetValidation validation = rules.ValidateContent(Id, TimesheetEmployee.Enabled(EmployeeId, Zone), content, now);
        if (!validation.IsValid)
        {
            return new TimesheetEntryInvalid(validation.Errors);
        }
        Content = content;
        Links = links;
        Description = description;
        Record(action, Status, actor, now, null);
        Raise(new TimesheetEntryEdited(Id, EmployeeId, actor.EmployeeId, now));
        return new Success();
    }
}
