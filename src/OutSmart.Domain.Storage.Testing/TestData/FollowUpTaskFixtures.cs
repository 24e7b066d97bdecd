using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>Tasks that use every part of the model, for round-trip and storage tests.</summary>
internal static class FollowUpTaskFixtures
{
    /// <summary>An in-progress task with a due moment, reminders, links, checklist, subtask, comment and description.</summary>
    public static FollowUpTask Rich(TaskId id, Instant now)
    {
        var task = TaskBuilder.ATask().WithId(id).CreatedAt(now).DueAt(now + Duration.FromDays(3), DateTimeZoneProviders.Tzdb["Europe/Amsterdam"])
            .StartingOn(now.InUtc().Date).WithPriority(TaskPriority.High).AssignedTo(TestIds.Technician, TestIds.Owner).Build();
        task.Describe(TaskDescription.Create("Bring the pressure gauge.").AsT0, TaskDevicePolicy.AllowAll, TestIds.Office, now);
        task.Start(TestIds.Mobile, now);
        task.ChangeProgress(60, TestIds.Mobile, now);
        task.AddReminder(TaskReminder.Before(Duration.FromHours(4)), TestIds.Office, now);
        task.AddReminder(TaskReminder.AtInstant(now + Duration.FromHours(5)), TestIds.Office, now);
        task.AddLink(TestIds.Customer, TestIds.Office, now);
        task.AddLink(TestIds.WorkOrder, TestIds.Office, now);
        task.AddChecklistItem("Check pressure", TestIds.Mobile, now);
        task.AddChecklistItem("Bleed radiators", TestIds.Mobile, now);
        task.MarkChecklistItem(1, true, TestIds.Mobile, now);
        task.AddSubtask(new TaskId(TestIds.NumberedGuid(900)), TaskTitle.Create("Order part").AsT0, true, TestIds.Office, now);
        task.Comment("On my way", TestIds.Mobile, now);
        task.Repeat(TaskRecurrence.Parse("FREQ=MONTHLY;BYDAY=1MO", TaskRecurrenceBasis.DueDate).AsT0, TaskDevicePolicy.AllowAll, TestIds.Office, now);
        task.Stop("Waiting for the part", TestIds.Office, now);
        task.Reopen(TestIds.Office, now);
        task.ChangeCompletionPolicy(TaskCompletionPolicy.AllAssignees, TaskDevicePolicy.AllowAll, TestIds.Office, now);
        task.FinishPart(TestIds.Mobile, now);
        return task;
    }
}
