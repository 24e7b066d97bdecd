using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

public sealed partial class TimesheetEntry
{
    /// <summary>Corrects an approved entry as a timesheet administrator (TS-25, a correctie na goedkeuring): the entry stays
    /// approved and the history gets one <see cref="TimesheetEntryAction.Corrected"/> line per changed field, with who,
    /// when, the field, the old and the new value and why, as <c>Field: old → new (reason)</c>.</summary>
    /// <remarks>Only an actor with <see cref="TimesheetPermissions.Admin"/> may correct, only while the entry is
    /// <see cref="TimesheetEntryStatus.Approved"/>: never once exported, and never when the old or the new date lies in a
    /// closed period. A correction that changes nothing records nothing.</remarks>
    /// <param name="content">The corrected content; the date may change.</param>
    /// <param name="links">The corrected links.</param>
    /// <param name="description">The corrected description; trimmed; at most <see cref="MaxDescriptionLength"/> characters.</param>
    /// <param name="reason">Why; kept on every audit line.</param>
    /// <param name="rules">The rules the content is checked against.</param>
    /// <param name="locks">The closed periods; both the old and the new date must be open.</param>
    /// <param name="actor">The administrator.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>; <see cref="TimesheetEntryLocked"/> when the actor is not an administrator or the
    /// entry is not approved (draft and rejected entries are edited with <see cref="Edit"/>; exported ones never change);
    /// <see cref="TimesheetPeriodLocked"/>; or <see cref="TimesheetEntryInvalid"/> with the content's errors.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The description is too long, or an imported entry's links name another work order.</exception>
    public OneOf<Success, TimesheetEntryLocked, TimesheetPeriodLocked, TimesheetEntryInvalid> CorrectApproved(
        TimesheetEntryContent content, EntryLinks links, string description, TimesheetReason reason, TimesheetRules rules, PeriodLocks locks, Actor actor, Instant now)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(links);
        string text = CheckDescription(description);
        Guard.Against.Null(reason);
        Guard.Against.Null(rules);
        Guard.Against.Null(locks);
        Guard.Against.Null(actor);
        if (ImportKey is not null && links.WorkOrderId != ImportKey.WorkOrderId)
        {
            throw new ArgumentException("An imported entry stays linked to its work order.", nameof(links));
        }
        if (Status != TimesheetEntryStatus.Approved || !actor.HasPermission(TimesheetPermissions.Admin))
        {
            return new TimesheetEntryLocked(Id, Status);
        }
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
        int before = _history.Count;
        Audit("Kind", Content.Kind, content.Kind);
        Audit("Date", Content.Date, content.Date);
        Audit("Time", Content.Time, content.Time);
        Audit("Expense", Content.Expense, content.Expense);
        Audit("Kilometres", Content.Kilometres, content.Kilometres);
        Audit("Rate", Content.Rate, content.Rate);
        Audit("WorkOrder", Links.WorkOrderId, links.WorkOrderId);
        Audit("Project", Links.ProjectId, links.ProjectId);
        Audit("Customer", Links.CustomerId, links.CustomerId);
        Audit("Description", Description, text);
        if (_history.Count == before)
        {
            return new Success(); // nothing differs: nothing is recorded
        }
        Content = content;
        Links = links;
        Description = text;
        Raise(new TimesheetEntryEdited(Id, EmployeeId, actor.EmployeeId, now));
        return new Success();

        void Audit<T>(string field, T old, T @new)
        {
            if (!EqualityComparer<T>.Default.Equals(old, @new))
            {
                Record(TimesheetEntryAction.Corrected, Status, actor, now,
                    string.Create(CultureInfo.InvariantCulture, $"{field}: {Show(old)} → {Show(@new)} ({reason.Text})"));
            }
        }

        static string Show<T>(T value) => value switch
        {
            null => "none",
            string s => $"\"{s}\"",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "none",
        };
    }
}
