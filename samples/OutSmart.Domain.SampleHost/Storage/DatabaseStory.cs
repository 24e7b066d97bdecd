using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.SampleHost.Contracts;
using OutSmart.Domain.SampleHost.Signatures;
using OutSmart.Domain.SampleHost.Tasks;
using OutSmart.Domain.SampleHost.Timesheets;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.Timesheets;
using OutSmart.Domain.Timesheets.Csv;
using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.WorkOrders.Rendering;
using Spectre.Console;

namespace OutSmart.Domain.SampleHost.Storage;

/// <summary>
/// The chapter of the default story told on the database: a maintenance contract generates work orders; Bram completes
/// the next one with photos, hours and the customer's signature (the PNG written next to the database); his hours are
/// imported, approved and exported to a payroll CSV (next to the database); a follow-up task is created and completed.
/// </summary>
/// <remarks>
/// Every run continues from what is stored: it says what it found, generates up to the next visit that is not sent
/// yet, and completes that one, so each run takes the story one visit further with a new export batch. Every id is
/// derived (the contract's, the work orders' from their occurrence keys, the rest from the work order's), so the
/// same database always tells the same story.
/// </remarks>
internal static class DatabaseStory
{
    /// <summary>The chapter title.</summary>
    public const string Title = "On the database: one contract visit further on every run";

    /// <summary>The work type of the story's contract and workflow.</summary>
    public const string WorkType = "ketel-onderhoud";

    private const int MaxGenerationDays = 800;
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly EmployeeId Anna = AddressBook.Anna;
    private static readonly EmployeeId Bram = AddressBook.Bram;
    private static readonly Actor Office = Actor.Create(Anna, ActorChannel.BackOffice);
    private static readonly Actor AnnaAsAdmin = Actor.Create(Anna, ActorChannel.BackOffice, TimesheetPermissions.Admin, PayrollExport.Permission);
    private static readonly Actor Technician = Actor.Create(Bram, ActorChannel.MobileApp);
    private static readonly Actor Importer = Actor.Create(Anna, ActorChannel.System);
    private static readonly SignatureEvidence Tablet = SignatureEvidence.Create("tablet-7", "5.2.0", Offset.FromHours(1), "customer");
    private static readonly LocalDate ContractStart = new(2026, 3, 1);

    /// <summary>Gets the story's contract: Bakkerij De Vries, a monthly boiler check.</summary>
    public static ContractId ContractId { get; } = new(Guid.Parse("e1000000-0000-4000-8000-000000000001", CultureInfo.InvariantCulture));

    private static WorkflowId WorkflowId { get; } = new(Guid.Parse("e1000000-0000-4000-8000-000000000002", CultureInfo.InvariantCulture));

    private static CustomerId Bakery { get; } = new(Guid.Parse("e1000000-0000-4000-8000-000000000003", CultureInfo.InvariantCulture));

    /// <summary>Gets the work hour type the imported hours are paid at.</summary>
    public static HourType Work => TimesheetsWeek.Work;

    /// <summary>Adds the company's settings the chapter needs to the host's services (before the packages' defaults).</summary>
    public static void Configure(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(WorkOrderPolicy.Default.WithSignatureRequired(true).WithMinimumPhotos(2).WithHoursRequired(true));
        services.AddSingleton(TimesheetApprovers.Empty.WithTeamLead(Bram, Anna));
        services.AddSingleton(PayrollRates.None.WithRate(TimesheetEntryKind.Work, Work.ToRateSnapshot()));
    }

    /// <summary>Tells the chapter on <paramref name="context"/>'s database; returns the exit code.</summary>
    public static int Tell(StoryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TellAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static async Task<int> TellAsync(StoryContext context, CancellationToken cancellationToken)
    {
        TextWriter output = context.Output;
        IServiceProvider services = context.Services;
        StoryClock clock = context.Clock;
        if (!SignatureSample.TryReadInput(WorkOrders.WorkOrdersSample.DefaultSignaturePath, output, out string? json)
            || SignaturePadJson.Parse(json, CanvasSize.Create(600, 200).AsT0).TryPickT1(out SignatureRejected _, out SignatureInk ink))
        {
            output.WriteLine("The committed signature sample could not be read; the database chapter needs it.");
            return ExitCodes.Refused;
        }
        string stored = string.Join(", ", HostStore.Ports.Where(p => HostStore.IsStored(services, p.Port)).Select(p => p.Name));
        string inMemory = string.Join(", ", HostStore.Ports.Where(p => !HostStore.IsStored(services, p.Port)).Select(p => p.Name));
        output.WriteLine($"The store is the {context.Store.Describe()}; it keeps {stored}{(inMemory.Length > 0 ? $" (this build keeps {inMemory} in memory, for this run only)" : "")}.");
        output.WriteLine(context.Store.SqliteFile is null ? $"Files go to the working folder, {context.Folder}." : $"Files go next to it, in {context.Folder}.");

        // What the store holds already.
        var contracts = services.GetRequiredService<IContractRepository>();
        var workOrders = services.GetRequiredService<IWorkOrderRepository>();
        var workflows = services.GetRequiredService<IWorkflowRepository>();
        clock.Set(Amsterdam.AtStrictly(ContractStart.At(new LocalTime(7, 0))).ToInstant());
        bool workflowFound = await workflows.GetAsync(WorkflowId, cancellationToken) is not null;
        Contract? contract = await contracts.GetAsync(ContractId, cancellationToken);
        List<WorkOrder> orders = await OrdersAsync(workOrders, cancellationToken);
        int sent = orders.Count(o => o.Status == WorkOrderStatus.Sent);
        output.WriteLine(contract is null && orders.Count == 0
            ? "Found: nothing yet. This is the first run on this store."
            : $"Found: the contract of Bakkerij De Vries {(contract is null ? "(not stored: added again)" : "")}, {orders.Count} generated work order(s) of which {sent} sent{(workflowFound ? "" : ", no workflow")}.".Replace(" ,", ",", StringComparison.Ordinal));
        if (!workflowFound)
        {
            await workflows.AddAsync(BoilerWorkflow(clock.GetCurrentInstant()), cancellationToken);
            output.WriteLine("  The office publishes the workflow \"Boiler check\": two photos, hours, the customer's signature.");
        }
        if (contract is null)
        {
            contract = NewContract(clock.GetCurrentInstant());
            await contracts.AddAsync(contract, cancellationToken);
            output.WriteLine("  Bakkerij De Vries signs a contract from 1 March 2026: a boiler check on the 6th of every month, Dutch");
            output.WriteLine("  holidays moved to the next working day, generated 14 days ahead and planned for Bram at 08:00.");
        }

        // Generation, day by day from the contract's start, up to the first visit that is not sent yet.
        var generation = new ContractGenerationService(
            new PartitionedContractRepository(contracts, id => id == ContractId), workOrders, workflows, clock, services.GetService<IEmployeeAvailability>());
        int created = 0, existing = 0;
        LocalDate day = ContractStart;
        WorkOrder? next = null;
        async Task GenerateAsync(Action tick)
        {
            for (int i = 0; i < MaxGenerationDays && next is null; i++, day = day.PlusDays(1))
            {
                clock.Set(Amsterdam.AtStrictly(day.At(new LocalTime(6, 0))).ToInstant());
                GenerationReport report = await generation.RunAsync(day, Office, cancellationToken);
                created += report.Created;
                existing += report.AlreadyThere;
                if (report.Created > 0)
                {
                    orders = await OrdersAsync(workOrders, cancellationToken);
                }
                next = orders.Where(o => o.Status != WorkOrderStatus.Sent && o.Origin.Occurrence!.Target <= day)
                    .OrderBy(o => o.Origin.Occurrence!.Target).FirstOrDefault();
                tick();
            }
        }
        if (context.ProgressBars)
        {
            await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
                .StartAsync(async progress =>
                {
                    ProgressTask task = progress.AddTask("Daily generation up to the next visit", maxValue: 14 + (30 * (sent + 1)));
                    await GenerateAsync(() => task.Increment(1));
                    task.Value = task.MaxValue;
                });
        }
        else
        {
            await GenerateAsync(static () => { });
        }
        day = day.PlusDays(-1);
        output.WriteLine($"Daily generation from {Day(ContractStart)} to {Day(day)}: created {created} work order(s), {existing} already there.");
        if (next is null)
        {
            output.WriteLine("  No visit is due in that stretch: the contract has nothing more to do.");
            return ExitCodes.Success;
        }
        OccurrenceKey key = next.Origin.Occurrence!;
        output.WriteLine($"  Next visit: {next.Number}, the {key.Schedule} of {Day(key.Target)}, planned at {next.Schedule.PlannedAt!.LocalDateTime.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)} for {AddressBook.NameOf(Bram)}.");

        // The visit.
        LocalDate target = key.Target;
        clock.Set(Amsterdam.AtLeniently(target.At(new LocalTime(8, 0))).ToInstant());
        Report(output, "Bram starts his timer", next.StartTimer(Bram, "Werktijd", Technician, clock.GetCurrentInstant()));
        clock.Advance(Duration.FromMinutes(20));
        next.AddPhoto("photos", Sha256(target, 'a'), Technician, clock.GetCurrentInstant());
        Report(output, "Two photos of the boiler", next.AddPhoto("photos", Sha256(target, 'b'), Technician, clock.GetCurrentInstant()));
        clock.Advance(Duration.FromMinutes(25));
        Report(output, "He stops the timer after 45 minutes", next.StopTimer(Bram, Technician, clock.GetCurrentInstant()));
        clock.Advance(Duration.FromMinutes(2));
        Report(output, "Mr. De Vries signs on the tablet", next.Sign(ink, SignerName.Create("J. de Vries").AsT0, Tablet, Technician, clock.GetCurrentInstant()));
        var renderer = services.GetRequiredService<ISignatureRenderer>();
        SignatureImage image = renderer.Render(ink, SignatureRenderOptions.Create(600, 200).AsT0.WithFormat(SignatureImageFormat.Png));
        string png = Path.Combine(context.Folder, $"signature-{next.Number}.png");
        await File.WriteAllBytesAsync(png, image.Content.AsMemory(), cancellationToken);
        output.WriteLine($"    the signature as a {image.Width}x{image.Height} PNG: {Path.GetFileName(png)}");
        clock.Advance(Duration.FromMinutes(1));
        Report(output, "Bram sends the work order", next.Send(new SendId(Derived(next.Id.Value, 1)), Technician, clock.GetCurrentInstant()));
        WorkOrderSent? sentEvent = next.DomainEvents.OfType<WorkOrderSent>().SingleOrDefault();
        var saved = await workOrders.SaveAsync(next, cancellationToken);
        output.WriteLine(saved.IsT0
            ? $"    stored as version {next.Version}"
            : $"    not stored: {saved.AsT1.Message}");
        if (sentEvent is null || !saved.IsT0)
        {
            return ExitCodes.Refused;
        }
        next.ClearDomainEvents();

        // The hours: imported, submitted, approved, exported in a new batch.
        var employees = services.GetRequiredService<ITimesheetEmployeeRepository>();
        if (await employees.GetAsync(Bram, cancellationToken) is null)
        {
            await employees.SaveAsync(TimesheetEmployee.Enabled(Bram, Amsterdam), cancellationToken);
        }
        var timesheets = services.GetRequiredService<TimesheetCommands>();
        var entries = new List<TimesheetEntryId>();
        foreach (ImportFromWorkOrder import in WorkOrderHours.ToImports(sentEvent, Bakery, Amsterdam, Work, $"Boiler check {next.Number}"))
        {
            var imported = await timesheets.ImportFromWorkOrderAsync(import, Importer, clock.GetCurrentInstant(), cancellationToken);
            if (imported.TryPickT0(out TimesheetEntry entry, out _))
            {
                entries.Add(entry.Id);
                await timesheets.SubmitAsync(entry.Id, Technician, clock.GetCurrentInstant(), cancellationToken);
            }
        }
        clock.Set(Amsterdam.AtLeniently(target.At(new LocalTime(17, 0))).ToInstant());
        ReviewResult review = await timesheets.ApproveAsync(entries, Office, clock.GetCurrentInstant(), cancellationToken);
        output.WriteLine($"  Timesheets imports the sent hours as {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")} for Bram; Anna approves {review.DoneCount}.");
        clock.Advance(Duration.FromMinutes(30));
        var export = services.GetRequiredService<PayrollExport>();
        var batch = new ExportBatchId(Derived(next.Id.Value, 2));
        var exported = await export.ExportAsync(batch, new DateInterval(target, target), AnnaAsAdmin, clock.GetCurrentInstant(), cancellationToken);
        if (exported.TryPickT0(out PayrollExportResult result, out var refused))
        {
            string csv = Path.Combine(context.Folder, $"hours-{target:uuuu-MM-dd}.csv");
            await using (FileStream stream = File.Create(csv))
            {
                await PayrollCsvWriter.WriteAsync(result.Rows, stream, cancellationToken);
            }
            output.WriteLine($"  Anna exports {Day(target)} to payroll in a new batch: {result.Rows.Length} row(s), written to {Path.GetFileName(csv)}.");
        }
        else
        {
            var error = (IDomainError)refused.Value;
            output.WriteLine($"  Anna exports {Day(target)}: {error.Code}: {error.Message}");
        }

        // The follow-up task.
        var tasks = services.GetRequiredService<ITaskRepository>();
        var policy = services.GetRequiredService<TaskDevicePolicy>();
        var taskId = new TaskId(Derived(next.Id.Value, 3));
        clock.Advance(Duration.FromMinutes(15));
        if (await tasks.GetAsync(taskId, cancellationToken) is null)
        {
            var task = FollowUpTask.Create(
                taskId,
                TaskTitle.Create($"Check the boiler pressure at Bakkerij De Vries after {next.Number}").AsT0,
                TaskDescription.Empty,
                TaskParticipants.Create(Anna, Bram).AsT0,
                TaskSchedule.DueOn(TaskDue.OnDate(target.PlusDays(7))),
                TaskPriority.Normal,
                policy,
                Office,
                clock.GetCurrentInstant()).AsT0;
            task.AddLink(RecordLink.To(next.Id), Office, clock.GetCurrentInstant());
            await tasks.AddAsync(task, cancellationToken);
            output.WriteLine($"  Anna creates a follow-up task for Bram, due {Day(target.PlusDays(7))}.");
            clock.Set(Amsterdam.AtLeniently(target.PlusDays(2).At(new LocalTime(10, 0))).ToInstant());
            task.Start(Technician, clock.GetCurrentInstant());
            Report(output, "Two days later Bram checks the pressure and completes it", task.Complete(Technician, clock.GetCurrentInstant()));
            var savedTask = await tasks.SaveAsync(task, cancellationToken);
            output.WriteLine(savedTask.IsT0 ? $"    stored as version {task.Version}, {StoryText.Words(task.Status)}" : $"    not stored: {savedTask.AsT1.Message}");
        }
        output.WriteLine($"Run the story again on the same store to take it one visit further (the next one is in {MonthAfter(target)}).");
        return ExitCodes.Success;
    }

    private static async Task<List<WorkOrder>> OrdersAsync(IWorkOrderRepository workOrders, CancellationToken cancellationToken)
    {
        var orders = new List<WorkOrder>();
        PageRequest request = PageRequest.First(PageRequest.MaxLimit);
        while (true)
        {
            Page<WorkOrder> page = await workOrders.FindByContractAsync(ContractId, request, cancellationToken);
            orders.AddRange(page.Items.Where(o => o.Origin.Occurrence is not null));
            if (!page.HasMore)
            {
                return orders;
            }
            request = request.Next();
        }
    }

    private static Contract NewContract(Instant now)
    {
        ContractSchedule monthly = ContractSchedule.Create("monthly check", RecurrenceRule.Parse("FREQ=MONTHLY;BYMONTHDAY=6").AsT0, 1).AsT0
            .WithHolidays(DutchHolidayCalendar.Standard, HolidayAdjustment.NextWorkingDay);
        var terms = ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Quarterly).AsT0.WithAutomaticRenewal(Period.FromYears(1)).AsT0;
        return Contract.Create(ContractId, Bakery, ContractStart, Amsterdam, terms,
            ContractService.Preventive([monthly]).AsT0,
            WorkOrderTemplate.Create(WorkType, "Boiler check", Duration.FromHours(1), VisitTime.At(new LocalTime(8, 0))),
            ContractPlanning.Default.WithDaysInAdvance(14).WithEmployee(Bram), Office, now);
    }

    private static Workflow BoilerWorkflow(Instant now)
    {
        var workflow = Workflow.Draft(WorkflowId, WorkType, 1, isSequential: false, Office, now);
        workflow.AddStep(WorkflowStep.Photos("photos", "Photos", 2, Requirement.Required), Office, now);
        workflow.AddStep(WorkflowStep.Simple("hours", "Hours", StepKind.Hours, Requirement.Required), Office, now);
        workflow.AddStep(WorkflowStep.Simple("signature", "Customer signature", StepKind.Signature, Requirement.Required), Office, now);
        workflow.Publish(Office, now);
        return workflow;
    }

    // A deterministic id from a work order's id: the last byte turned by a tag (1 send, 2 export batch, 3 task).
    private static Guid Derived(Guid workOrder, byte tag)
    {
        byte[] bytes = workOrder.ToByteArray();
        bytes[0] ^= tag;
        return new Guid(bytes);
    }

    private static string Sha256(LocalDate date, char digit) =>
        string.Create(CultureInfo.InvariantCulture, $"{date:yyyyMMdd}").PadLeft(64, digit);

    private static string Day(LocalDate date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string MonthAfter(LocalDate date) => date.PlusMonths(1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static void Report<T0, T1>(TextWriter output, string action, OneOf<T0, T1> result) => Report(output, action, result.Value);

    private static void Report<T0, T1, T2>(TextWriter output, string action, OneOf<T0, T1, T2> result) => Report(output, action, result.Value);

    private static void Report<T0, T1, T2, T3>(TextWriter output, string action, OneOf<T0, T1, T2, T3> result) => Report(output, action, result.Value);

    private static void Report(TextWriter output, string action, object? value) =>
        output.WriteLine(value is IDomainError error ? $"  {action}: refused, {error.Code}: {AddressBook.Readable(error.Message)}" : $"  {action}: done.");
}
