using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// Fixed ids, actors, zones and instants for follow-up task (<i>opvolgtaak</i>) tests, and a task that uses every part
/// of the model. The values never change between releases, so a test may compare against them.
/// </summary>
public static class TaskFixtures
{
    /// <summary>The owner of a <see cref="TaskBuilder"/> task (acts as <see cref="Office"/>).</summary>
    public static readonly EmployeeId Owner = new(Guid.Parse("10000000-0000-0000-0000-000000000001"));

    /// <summary>The assignee of a <see cref="TaskBuilder"/> task (acts as <see cref="Mobile"/>).</summary>
    public static readonly EmployeeId Technician = new(Guid.Parse("10000000-0000-0000-0000-000000000002"));

    /// <summary>An employee who is not on a <see cref="TaskBuilder"/> task (acts as <see cref="Scheduler"/>).</summary>
    public static readonly EmployeeId Planner = new(Guid.Parse("10000000-0000-0000-0000-000000000003"));

    /// <summary>The id a <see cref="TaskBuilder"/> task gets unless told otherwise.</summary>
    public static readonly TaskId Task1 = new(Guid.Parse("20000000-0000-0000-0000-000000000001"));

    /// <summary>A second task id.</summary>
    public static readonly TaskId Task2 = new(Guid.Parse("20000000-0000-0000-0000-000000000002"));

    /// <summary>A third task id.</summary>
    public static readonly TaskId Task3 = new(Guid.Parse("20000000-0000-0000-0000-000000000003"));

    /// <summary>A subtask id.</summary>
    public static readonly TaskId Subtask1 = new(Guid.Parse("30000000-0000-0000-0000-000000000001"));

    /// <summary>A second subtask id.</summary>
    public static readonly TaskId Subtask2 = new(Guid.Parse("30000000-0000-0000-0000-000000000002"));

    /// <summary>A link to a customer (<i>relatie</i>).</summary>
    public static readonly RecordLink Customer = RecordLink.To(new CustomerId(Guid.Parse("40000000-0000-0000-0000-000000000001")));

    /// <summary>A link to a work order (<i>werkbon</i>).</summary>
    public static readonly RecordLink WorkOrder = RecordLink.To(new WorkOrderId(Guid.Parse("40000000-0000-0000-0000-000000000002")));

    /// <summary>A link to an invoice (<i>factuur</i>).</summary>
    public static readonly RecordLink Invoice = RecordLink.To(new InvoiceId(Guid.Parse("40000000-0000-0000-0000-000000000003")));

    /// <summary>The <see cref="Owner"/> working in the back office.</summary>
    public static readonly Actor Office = Actor.Create(Owner, ActorChannel.BackOffice);

    /// <summary>The <see cref="Technician"/> working in the mobile app.</summary>
    public static readonly Actor Mobile = Actor.Create(Technician, ActorChannel.MobileApp);

    /// <summary>The <see cref="Planner"/> acting as the system (scheduled jobs).</summary>
    public static readonly Actor Scheduler = Actor.Create(Planner, ActorChannel.System);

    /// <summary>Europe/Amsterdam.</summary>
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>America/New_York.</summary>
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Monday 2 March 2026, 09:00 in Amsterdam (08:00 UTC): when a <see cref="TaskBuilder"/> task is created.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 8, 0);

    /// <summary>Returns the Guid whose first eight hex digits are <paramref name="n"/> (0 … 99,999,999) and the rest zero.</summary>
    /// <param name="n">The number.</param>
    /// <returns>For 7, <c>00000007-0000-0000-0000-000000000000</c>.</returns>
    public static Guid NumberedGuid(int n) => new($"{n:D8}-0000-0000-0000-000000000000");

    /// <summary>Returns a due moment at the wall-clock time that <paramref name="moment"/> has in <paramref name="zone"/> under today's rules.</summary>
    /// <param name="moment">The moment whose local time in <paramref name="zone"/> the task is due at.</param>
    /// <param name="zone">The zone the due moment is kept in.</param>
    /// <returns>The due moment.</returns>
    public static TaskDue DueAt(Instant moment, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TaskDue.At(moment.InZone(zone).LocalDateTime, zone);
    }

    /// <summary>
    /// Returns an in-progress task that uses every part of the model, for round-trip and storage tests: a start date and
    /// a due moment, high priority, two assignees, a description, progress, two reminders, two links, a checklist, a
    /// subtask, a comment, a recurrence, the all-assignees completion policy with one part finished, and a history of
    /// stopping and reopening. Its events are not cleared.
    /// </summary>
    /// <param name="id">The task's id.</param>
    /// <param name="now">When the task is created and every change is made.</param>
    /// <returns>A new task, version 0 (not yet stored).</returns>
    public static FollowUpTask Rich(TaskId id, Instant now)
    {
        var task = TaskBuilder.ATask().WithId(id).CreatedAt(now).DueAt(now + Duration.FromDays(3), Amsterdam)
            .StartingOn(now.InUtc().Date).WithPriority(TaskPriority.High).AssignedTo(Technician, Owner).Build();
        task.Describe(TaskDescription.Create("Bring the pressure gauge.").AsT0, TaskDevicePolicy.AllowAll, Office, now);
        task.Start(Mobile, now);
        task.ChangeProgress(60, Mobile, now);
        task.AddReminder(TaskReminder.Before(Duration.FromHours(4)), Office, now);
        task.AddReminder(TaskReminder.AtInstant(now + Duration.FromHours(5)), Office, now);
        task.AddLink(Customer, Office, now);
        task.AddLink(WorkOrder, Office, now);
        task.AddChecklistItem("Check pressure", Mobile, now);
        task.AddChecklistItem("Bleed radiators", Mobile, now);
        task.MarkChecklistItem(1, true, Mobile, now);
        task.AddSubtask(new TaskId(NumberedGuid(900)), TaskTitle.Create("Order part").AsT0, true, Office, now);
        task.Comment("On my way", Mobile, now);
        task.Repeat(TaskRecurrence.Parse("FREQ=MONTHLY;BYDAY=1MO", TaskRecurrenceBasis.DueDate).AsT0, TaskDevicePolicy.AllowAll, Office, now);
        task.Stop("Waiting for the part", Office, now);
        task.Reopen(Office, now);
        task.ChangeCompletionPolicy(TaskCompletionPolicy.AllAssignees, TaskDevicePolicy.AllowAll, Office, now);
        task.FinishPart(Mobile, now);
        return task;
    }
}
