using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.SampleHost.Tasks;

/// <summary>
/// The Tasks sample: a planner creates a follow-up task, assigns it, links it to the customer and the work order, sets a
/// reminder; the technician reports progress and completes it from the mobile app; the office lists what is overdue.
/// It runs on the in-memory storage adapter through DI, with a clock that starts on Monday 2 March 2026, 09:00 Amsterdam.
/// </summary>
internal sealed class TasksSample : ISample
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly ZonedDateTimePattern LocalPattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM HH:mm", null);

    private static readonly EmployeeId Anna = AddressBook.Anna;
    private static readonly EmployeeId Bram = AddressBook.Bram;
    private static readonly EmployeeId Chris = AddressBook.Chris;

    private static readonly TaskId VesselTask = new(Guid.Parse("b0000000-0000-0000-0000-000000000001"));
    private static readonly TaskId QuoteTask = new(Guid.Parse("b0000000-0000-0000-0000-000000000002"));
    private static readonly TaskId CallTask = new(Guid.Parse("b0000000-0000-0000-0000-000000000003"));
    private static readonly TaskId StockTask = new(Guid.Parse("b0000000-0000-0000-0000-000000000004"));
    private static readonly TaskId StockTaskNext = new(Guid.Parse("b0000000-0000-0000-0000-000000000005"));
    private static readonly RecordLink Customer = RecordLink.To(AddressBook.Jansen);
    private static readonly RecordLink WorkOrder = RecordLink.To(AddressBook.BoilerOrder);
    private static readonly RecordLink Quote = RecordLink.To(AddressBook.BoilerQuote);

    public string Title => "Tasks: follow-up work with owner, assignees, reminders and overdue lists";

    public Command CreateCommand()
    {
        var command = new Command("tasks", "Tells the Tasks story: create, assign, link, remind, progress, complete, list overdue.");
        command.SetAction(parseResult => TellStoryAsync(parseResult.InvocationConfiguration.Output, CancellationToken.None).GetAwaiter().GetResult());
        return command;
    }

    public int TellStory(StoryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TextWriter output = context.Output;
        return TellStoryAsync(output, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static async Task<int> TellStoryAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var clock = new StoryClock(new LocalDateTime(2026, 3, 2, 9, 0).InZoneStrictly(Amsterdam).ToInstant());
        var services = new ServiceCollection();
        // The company lets technicians work on tasks from the app, but not move their dates.
        services.AddSingleton(TaskDevicePolicy.Create(canCreate: true, canEdit: true, canChangeDueDate: false));
        services.AddOutSmartTasks();
        services.AddOutSmartInMemoryStorage();
        services.AddSingleton<IClock>(clock);
        await using ServiceProvider provider = services.BuildServiceProvider();
        var repository = provider.GetRequiredService<ITaskRepository>();
        var policy = provider.GetRequiredService<TaskDevicePolicy>();
        var office = Actor.Create(Anna, ActorChannel.BackOffice);
        var mobile = Actor.Create(Bram, ActorChannel.MobileApp);

        Say(output, clock, "Anna creates a follow-up task for Bram, due Friday 16:00, priority high.");
        var task = FollowUpTask.Create(
            VesselTask,
            TaskTitle.Create("Replace the expansion vessel at Jansen").AsT0,
            TaskDescription.Create("The pressure drops every night; the vessel is on order.").AsT0,
            TaskParticipants.Create(Anna, Bram).AsT0,
            TaskSchedule.DueOn(TaskDue.At(new LocalDateTime(2026, 3, 6, 16, 0), Amsterdam)),
            TaskPriority.High,
            policy,
            office,
            clock.GetCurrentInstant()).AsT0;
        Show(output, task);

        Say(output, clock, "Anna also assigns Chris, links the customer and the work order, and sets a reminder 2 hours before the due.");
        Instant now = clock.GetCurrentInstant();
        task.Assign(Chris, policy, office, now);
        task.AddLink(Customer, office, now);
        task.AddLink(WorkOrder, office, now);
        task.AddReminder(TaskReminder.Before(Duration.FromHours(2)), office, now);
        task.AddChecklistItem("Drain the system", office, now);
        task.AddChecklistItem("Fit the new vessel", office, now);
        task.AddChecklistItem("Refill to 1.5 bar", office, now);
        Show(output, task);
        Report(output, "Linking the work order twice", task.AddLink(WorkOrder, office, now));
        await SaveAsync(output, repository, task, added: true, cancellationToken);

        Say(output, clock, "Anna adds two more tasks: a quote to send by Tuesday (a date, no time) and a call at 17:00 today.");
        await AddAsync(output, repository, Plan(QuoteTask, "Send the quote for the new boiler", TaskSchedule.DueOn(TaskDue.OnDate(new LocalDate(2026, 3, 3))), Quote, policy, office, now), cancellationToken);
        await AddAsync(output, repository, Plan(CallTask, "Call Jansen about the invoice", TaskSchedule.DueOn(TaskDue.At(new LocalDateTime(2026, 3, 2, 17, 0), Amsterdam)), Customer, policy, office, now), cancellationToken);

        clock.Advance(Duration.FromDays(2));
        Say(output, clock, "Two days later Bram opens the task on his phone.");
        task = (await repository.GetAsync(VesselTask, cancellationToken))!;
        now = clock.GetCurrentInstant();
        Report(output, "Bram moves the due to next week", task.Reschedule(TaskSchedule.DueOn(TaskDue.OnDate(new LocalDate(2026, 3, 13))), policy, mobile, now));
        Report(output, "Bram starts the task", task.Start(mobile, now));
        clock.Advance(Duration.FromMinutes(90));
        now = clock.GetCurrentInstant();
        task.MarkChecklistItem(1, true, mobile, now);
        task.MarkChecklistItem(2, true, mobile, now);
        Report(output, "Bram reports 100% progress at 10:30", task.ChangeProgress(100, mobile, now));
        output.WriteLine($"    status is still {StoryText.Words(task.Status)}: reaching 100% does not complete a task");
        clock.Advance(Duration.FromMinutes(15));
        now = clock.GetCurrentInstant();
        task.MarkChecklistItem(3, true, mobile, now);
        task.Comment("Pressure holds at 1.5 bar.", mobile, now);
        Report(output, "Bram completes the task at 10:45", task.Complete(mobile, now));
        Show(output, task);
        Report(output, "Bram starts it again", task.Start(mobile, now));
        await SaveAsync(output, repository, task, added: false, cancellationToken);
        output.WriteLine($"    events raised: {StoryText.Events(task.DomainEvents)}");
        task.ClearDomainEvents();

        Say(output, clock, "A recurring task: check the van stock every Monday. Bram does Monday's check on Wednesday.");
        var stock = Plan(StockTask, "Check the van stock", TaskSchedule.DueOn(TaskDue.OnDate(new LocalDate(2026, 3, 2))), Customer, policy, office, now);
        stock.Repeat(TaskRecurrence.Parse("FREQ=WEEKLY;BYDAY=MO", TaskRecurrenceBasis.DueDate).AsT0, policy, office, now);
        stock.Start(mobile, now);
        var occurrence = stock.CompleteOccurrence(StockTaskNext, Amsterdam, mobile, now).AsT0;
        output.WriteLine($"    completed occurrence {stock.Occurrence} (due {stock.Due}); next occurrence {occurrence.Next!.Occurrence} is due {occurrence.Next.Due} [{StoryText.Words(occurrence.Next.Status)}]");
        await AddAsync(output, repository, stock, cancellationToken);
        await AddAsync(output, repository, occurrence.Next, cancellationToken);

        Say(output, clock, "Anna asks which tasks are overdue (judged in Europe/Amsterdam).");
        var overdue = await repository.FindOverdueAsync(clock.GetCurrentInstant(), Amsterdam, PageRequest.First(10), cancellationToken);
        foreach (FollowUpTask late in overdue.Items)
        {
            output.WriteLine($"    OVERDUE  {late.Title} (due {late.Due}, owner {AddressBook.NameOf(late.Participants.Owner)})");
        }
        output.WriteLine($"    {overdue.TotalCount} overdue; the completed vessel task is not among them.");

        var byWorkOrder = await repository.FindByLinkAsync(WorkOrder, PageRequest.First(10), cancellationToken);
        output.WriteLine($"    tasks linked to {AddressBook.NameOf(WorkOrder)}: {string.Join(", ", byWorkOrder.Items.Select(t => $"{t.Title} [{StoryText.Words(t.Status)}]"))}");

        Say(output, clock, "History of the vessel task:");
        foreach (TaskHistoryEntry entry in (await repository.GetAsync(VesselTask, cancellationToken))!.History)
        {
            output.WriteLine($"    {LocalPattern.Format(entry.At.InZone(Amsterdam))}  {AddressBook.NameOf(entry.Actor),-18}  {Describe(entry)}");
        }
        return ExitCodes.Success;
    }

    private static FollowUpTask Plan(TaskId id, string title, TaskSchedule schedule, RecordLink link, TaskDevicePolicy policy, Actor office, Instant now)
    {
        var task = FollowUpTask.Create(id, TaskTitle.Create(title).AsT0, TaskDescription.Empty, TaskParticipants.Create(Anna).AsT0, schedule, TaskPriority.Normal, policy, office, now).AsT0;
        task.AddLink(link, office, now);
        return task;
    }

    private static async Task AddAsync(TextWriter output, ITaskRepository repository, FollowUpTask task, CancellationToken cancellationToken)
    {
        await SaveAsync(output, repository, task, added: true, cancellationToken);
        task.ClearDomainEvents();
    }

    private static async Task SaveAsync(TextWriter output, ITaskRepository repository, FollowUpTask task, bool added, CancellationToken cancellationToken)
    {
        var result = added ? await repository.AddAsync(task, cancellationToken) : await repository.SaveAsync(task, cancellationToken);
        output.WriteLine(result.Match(
            _ => $"    saved \"{task.Title}\" at version {task.Version}",
            conflict => $"    not saved: {conflict.Message}"));
    }

    private static void Say(TextWriter output, StoryClock clock, string text)
    {
        output.WriteLine();
        output.WriteLine($"[{LocalPattern.Format(clock.GetCurrentInstant().InZone(Amsterdam))}] {text}");
    }

    private static void Show(TextWriter output, FollowUpTask task)
    {
        output.WriteLine($"    \"{task.Title}\" [{StoryText.Words(task.Status)}, {StoryText.Words(task.Priority)} priority, {task.Progress}%]");
        output.WriteLine($"    owner {AddressBook.NameOf(task.Participants.Owner)}; assignees {string.Join(", ", task.Participants.Assignees.Select(AddressBook.NameOf))}");
        output.WriteLine($"    due {task.Due}; reminders {(task.Reminders.Count == 0 ? "none" : string.Join(", ", task.GetReminderInstants().Select(i => LocalPattern.Format(i.InZone(Amsterdam)))))}");
        output.WriteLine($"    links {(task.Links.Count == 0 ? "none" : string.Join(", ", task.Links.Select(AddressBook.NameOf)))}; checklist {task.Checklist.Count(i => i.IsDone)}/{task.Checklist.Count} done");
        if (task.CompletedAt is { } completedAt)
        {
            output.WriteLine($"    completed {LocalPattern.Format(completedAt.InZone(Amsterdam))} by {AddressBook.NameOf(task.CompletedBy!.Value)}");
        }
    }

    private static void Report<T0, T1>(TextWriter output, string what, OneOf<T0, T1> result) => Report(output, what, result.Value);

    private static void Report<T0, T1, T2>(TextWriter output, string what, OneOf<T0, T1, T2> result) => Report(output, what, result.Value);

    private static void Report<T0, T1, T2, T3>(TextWriter output, string what, OneOf<T0, T1, T2, T3> result) => Report(output, what, result.Value);

    private static void Report(TextWriter output, string what, object? value) =>
        output.WriteLine(value is IDomainError error ? $"    {what}: refused, {error.Code}: {AddressBook.Readable(error.Message)}" : $"    {what}: done");

    private static string Describe(TaskHistoryEntry entry) => entry.Kind switch
    {
        TaskHistoryKind.Created => $"created \"{entry.NewValue}\"",
        TaskHistoryKind.StatusChanged => $"status {StoryText.Words(entry.OldValue!)} -> {StoryText.Words(entry.NewValue!)}",
        TaskHistoryKind.AssigneeAdded => $"assigned {AddressBook.Readable(entry.NewValue!)}",
        TaskHistoryKind.AssigneeRemoved => $"unassigned {AddressBook.Readable(entry.OldValue!)}",
        TaskHistoryKind.LinkAdded => $"linked {AddressBook.Readable(entry.NewValue!)}",
        TaskHistoryKind.LinkRemoved => $"unlinked {AddressBook.Readable(entry.OldValue!)}",
        TaskHistoryKind.Comment => $"commented \"{entry.NewValue}\"",
        _ => $"{entry.Field}: {AddressBook.Readable(entry.OldValue ?? "-")} -> {AddressBook.Readable(entry.NewValue ?? "-")}",
    };
}
