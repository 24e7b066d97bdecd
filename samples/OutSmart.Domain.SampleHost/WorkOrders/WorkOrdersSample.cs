using System.Collections.Immutable;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.SampleHost.Signatures;
using OutSmart.Domain.SampleHost.Timesheets;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.Timesheets;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.SampleHost.WorkOrders;

/// <summary>
/// The WorkOrders sample: a technician completes a boiler-maintenance work order step by step on a sequential
/// workflow, sees what still blocks sending after each step, has the customer sign (the committed signature_pad
/// sample), sees the signature go stale when the content changes, signs again and sends. It runs on the in-memory
/// storage adapter through DI, with a clock that starts on Thursday 20 November 2025, 09:00 Amsterdam.
/// </summary>
internal sealed class WorkOrdersSample : ISample
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly ZonedDateTimePattern LocalPattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM HH:mm", null);

    private static readonly WorkflowId BoilerV1 = new(Guid.Parse("d0000000-0000-0000-0000-000000000001"));
    private static readonly WorkOrderId Order = new(Guid.Parse("d0000000-0000-0000-0000-000000000002"));
    private static readonly CustomerId Jansen = new(Guid.Parse("c0000000-0000-0000-0000-000000000001"));
    private static readonly EmployeeId Bram = new(Guid.Parse("a0000000-0000-0000-0000-000000000002"));
    private static readonly EmployeeId Planner = new(Guid.Parse("a0000000-0000-0000-0000-000000000001"));
    private static readonly Actor Technician = Actor.Create(Bram, ActorChannel.MobileApp);
    private static readonly Actor Office = Actor.Create(Planner, ActorChannel.BackOffice);
    private static readonly SignatureEvidence Tablet = SignatureEvidence.Create("tablet-7", "5.2.0", Offset.FromHours(1), "customer");
    private static readonly SendId FirstSend = new(Guid.Parse("e0000000-0000-0000-0000-000000000001"));
    private static readonly SendId OtherSend = new(Guid.Parse("e0000000-0000-0000-0000-000000000002"));

    private readonly Option<FileInfo> _signature = new("--signature")
    {
        Description = "A signature_pad toData() JSON file to sign with (default: samples/signatures/signature.json).",
    };

    public string Title => "WorkOrders: steps, the send gate, signing and sending a werkbon";

    /// <summary>Gets the default signature file: copied next to the host by its project file.</summary>
    public static string DefaultSignaturePath => Path.Combine(AppContext.BaseDirectory, "signatures", "signature.json");

    public Command CreateCommand()
    {
        var command = new Command("workorders", "Tells the WorkOrders story: complete the steps, see the blockers, sign, send.");
        command.Options.Add(_signature);
        command.SetAction(parseResult =>
        {
            string path = parseResult.GetValue(_signature)?.FullName ?? DefaultSignaturePath;
            return Tell(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, path);
        });
        return command;
    }

    public int TellStory(StoryContext context) => Tell(context.Output, context.Output, DefaultSignaturePath);

    private static int Tell(TextWriter output, TextWriter error, string signaturePath)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!File.Exists(signaturePath))
        {
            error.WriteLine($"SIGNATURE_FILE_MISSING: {signaturePath} does not exist.");
            return ExitCodes.Refused;
        }
        if (!SignatureSample.TryReadInput(signaturePath, error, out string? json))
        {
            return ExitCodes.Refused;
        }
        var canvas = CanvasSize.Create(600, 200).AsT0;
        OneOf<SignatureInk, SignatureRejected> parsed = SignaturePadJson.Parse(json, canvas);
        if (parsed.TryPickT1(out SignatureRejected rejected, out SignatureInk ink))
        {
            error.WriteLine($"{rejected.Code}: {rejected.Message}");
            return ExitCodes.Refused;
        }
        return TellStoryAsync(output, ink, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static async Task<int> TellStoryAsync(TextWriter output, SignatureInk ink, CancellationToken cancellationToken)
    {
        var clock = new Clock(new LocalDateTime(2025, 11, 20, 9, 0).InZoneStrictly(Amsterdam).ToInstant());
        var services = new ServiceCollection();
        // The company requires a signature with the signer's name and at least two photos on every work order.
        services.AddSingleton(WorkOrderPolicy.Default.WithSignatureRequired(true).WithMinimumPhotos(2).WithHoursRequired(true));
        services.AddOutSmartWorkOrders();
        // The host imports a sent work order's hours into Timesheets (WorkOrderHours maps WorkOrderSent onto it).
        services.AddOutSmartTimesheets();
        services.AddOutSmartInMemoryStorage();
        services.AddSingleton<IClock>(clock);
        await using ServiceProvider provider = services.BuildServiceProvider();
        var workflows = provider.GetRequiredService<IWorkflowRepository>();
        var orders = provider.GetRequiredService<IWorkOrderRepository>();
        var policy = provider.GetRequiredService<WorkOrderPolicy>();

        Say(output, clock, "The office publishes version 1 of the sequential workflow \"Boiler maintenance\".");
        Workflow workflow = BoilerWorkflow(clock.GetCurrentInstant());
        await workflows.AddAsync(workflow, cancellationToken);
        foreach (WorkflowStep step in workflow.Steps)
        {
            output.WriteLine($"    {step.Name,-20} {StoryText.Words(step.Kind),-10} {step.Requirement}{(step.VisibleWhen is { } v ? $", shown when {v}" : "")}");
        }
        Report(output, "Changing the published version", workflow.AddStep(WorkflowStep.Simple("late", "Late step", StepKind.Notes), Office, clock.GetCurrentInstant()));

        Say(output, clock, "The planner plans work order WO-2025-0042 at Jansen for today 09:00.");
        var order = WorkOrder.Plan(Order, "WO-2025-0042", Jansen, null, WorkOrderOrigin.Manual,
            WorkOrderSchedule.At(new LocalDateTime(2025, 11, 20, 9, 0), Amsterdam), workflow, policy, Office, clock.GetCurrentInstant());
        order.Assign(Bram, Office, clock.GetCurrentInstant());
        Blockers(output, order);

        Say(output, clock, "Bram arrives, starts his timer and wants to take photos first.");
        order.StartTimer(Bram, "Werktijd", Technician, clock.GetCurrentInstant());
        Report(output, "Photo before the intake", order.AddPhoto("photos", Sha256('1'), Technician, clock.GetCurrentInstant()));

        Say(output, clock, "Bram fills in the intake: the boiler works, but there is a leak.");
        order.AnswerField("boiler-ok", "yes", Technician, clock.GetCurrentInstant());
        order.AnswerField("leak", "yes", Technician, clock.GetCurrentInstant());
        Blockers(output, order);

        clock.Advance(Duration.FromMinutes(10));
        Say(output, clock, "He describes the leak and takes one photo.");
        order.AnswerField("leak-details", "Drip at the pump coupling", Technician, clock.GetCurrentInstant());
        order.AddPhoto("photos", Sha256('1'), Technician, clock.GetCurrentInstant());
        Blockers(output, order);

        clock.Advance(Duration.FromMinutes(35));
        Say(output, clock, "A second photo, notes on the leak, a new gasket, and he stops the timer.");
        order.AddPhoto("photos", Sha256('2'), Technician, clock.GetCurrentInstant());
        order.WriteNotes("leak-notes", "Replaced the gasket of the pump coupling; no more leaking after 10 minutes at 1.5 bar.", Technician, clock.GetCurrentInstant());
        order.AddMaterial(MaterialLine.Create("GSK-22", "Gasket 22 mm", 1, "pcs"), Technician, clock.GetCurrentInstant());
        order.StopTimer(Bram, Technician, clock.GetCurrentInstant());
        Blockers(output, order);

        clock.Advance(Duration.FromMinutes(2));
        Say(output, clock, $"Mrs. Jansen signs on the tablet ({ink.PointCount} points in {ink.Strokes.Length} strokes on a {ink.Canvas} canvas).");
        Report(output, "Signing without a name", order.Sign(ink, null, Tablet, Technician, clock.GetCurrentInstant()));
        Report(output, "Signing as \"M. Jansen\"", order.Sign(ink, SignerName.Create("M. Jansen").AsT0, Tablet, Technician, clock.GetCurrentInstant()));
        output.WriteLine($"    content hash {order.Signature!.ContentHash}");
        output.WriteLine($"    progress {order.GetProgress().Percent}%");
        Blockers(output, order);

        clock.Advance(Duration.FromMinutes(1));
        Say(output, clock, "Bram remembers a second gasket he used and adds it after the signature.");
        order.AddMaterial(MaterialLine.Create("GSK-22", "Gasket 22 mm", 1, "pcs"), Technician, clock.GetCurrentInstant());
        Blockers(output, order);
        Report(output, "Sending anyway", order.Send(FirstSend, Technician, clock.GetCurrentInstant()));

        Say(output, clock, "He clears the old signature and Mrs. Jansen signs again.");
        order.ClearSignature(Technician, clock.GetCurrentInstant());
        order.Sign(ink, SignerName.Create("M. Jansen").AsT0, Tablet, Technician, clock.GetCurrentInstant());
        output.WriteLine($"    content hash {order.Signature!.ContentHash}");
        Blockers(output, order);

        Say(output, clock, "Bram sends the work order.");
        Report(output, "Sending", order.Send(FirstSend, Technician, clock.GetCurrentInstant()));
        WorkOrderSent sent = order.DomainEvents.OfType<WorkOrderSent>().Single();
        output.WriteLine($"    status {StoryText.Words(order.Status)}; the sent event carries hash {sent.ContentHash}");
        output.WriteLine($"    {sent.Content.Answers.Length} answers, {sent.Content.PhotoHashes.Length} photos, {sent.Content.Materials.Length} material lines, {sent.Hours.Length} hour registration(s) of {sent.Hours.Sum(h => h.Duration.TotalMinutes)} min for Timesheets");
        output.WriteLine($"    events: {StoryText.Events(order.DomainEvents)}");
        await provider.GetRequiredService<ITimesheetEmployeeRepository>().SaveAsync(TimesheetEmployee.Enabled(Bram, Amsterdam), cancellationToken);
        var timesheets = provider.GetRequiredService<TimesheetCommands>();
        var imported = new HashSet<TimesheetEntryId>();
        int handled = 0;
        foreach (int pass in new[] { 1, 2 })
        {
            foreach (ImportFromWorkOrder import in WorkOrderHours.ToImports(sent, Jansen, Amsterdam))
            {
                var result = await timesheets.ImportFromWorkOrderAsync(import, Office, clock.GetCurrentInstant(), cancellationToken);
                handled++;
                if (result.TryPickT0(out TimesheetEntry entry, out _))
                {
                    imported.Add(entry.Id);
                }
            }
        }
        output.WriteLine($"    Timesheets imports the sent event's hours: {handled} import(s) over two deliveries of the event, {imported.Count} draft entr{(imported.Count == 1 ? "y" : "ies")} for Bram");
        Report(output, "The app retries the same send", order.Send(FirstSend, Technician, clock.GetCurrentInstant()));
        Report(output, "Another device sends again", order.Send(OtherSend, Technician, clock.GetCurrentInstant()));
        Report(output, "Adding a note after sending", order.WriteNotes(null, "Too late", Technician, clock.GetCurrentInstant()));
        Report(output, "Clearing the signature after sending", order.ClearSignature(Technician, clock.GetCurrentInstant()));

        Report(output, "Storing the work order", await orders.AddAsync(order, cancellationToken));
        order.ClearDomainEvents();
        var commands = provider.GetRequiredService<WorkOrderCommands>();
        Report(output, "The office adds a note to the stored work order", await commands.RunAsync(Order, o => o.WriteNotes(null, "Invoice next week", Office, clock.GetCurrentInstant()), cancellationToken));
        WorkOrder reloaded = (await orders.GetAsync(Order, cancellationToken))!;
        output.WriteLine($"    stored as version {reloaded.Version}; reloaded: {StoryText.Words(reloaded.Status)}, signature stale: {(reloaded.IsSignatureStale ? "yes" : "no")}");
        return ExitCodes.Success;
    }

    private static Workflow BoilerWorkflow(Instant now)
    {
        var workflow = Workflow.Draft(BoilerV1, "Boiler maintenance", 1, isSequential: true, Office, now);
        Condition leak = Condition.Equal("leak", "yes");
        workflow.AddStep(WorkflowStep.Form("intake", "Intake", [
            FormField.Create("boiler-ok", "Does the boiler work?", FieldKind.YesNo, Requirement.Required),
            FormField.Create("leak", "Is there a leak?", FieldKind.YesNo, Requirement.Required),
            FormField.Create("leak-details", "Where is the leak?", FieldKind.Text, Requirement.Required, leak),
        ], Requirement.Required), Office, now);
        workflow.AddStep(WorkflowStep.Photos("photos", "Photos", 2, Requirement.Required), Office, now);
        workflow.AddStep(WorkflowStep.Simple("leak-notes", "Leak repair notes", StepKind.Notes, Requirement.RequiredWhen(leak), leak), Office, now);
        workflow.AddStep(WorkflowStep.Simple("materials", "Materials", StepKind.Materials), Office, now);
        workflow.AddStep(WorkflowStep.Simple("hours", "Hours", StepKind.Hours, Requirement.Required), Office, now);
        workflow.AddStep(WorkflowStep.Simple("signature", "Customer signature", StepKind.Signature, Requirement.Required), Office, now);
        workflow.Publish(Office, now);
        return workflow;
    }

    private static void Blockers(TextWriter output, WorkOrder order)
    {
        ImmutableArray<SendBlocker> blockers = order.GetSendBlockers();
        WorkOrderProgress progress = order.GetProgress();
        output.WriteLine(blockers.IsEmpty
            ? $"    send check: ready to send ({progress.Percent}% of required steps done)"
            : $"    send check: {blockers.Length} blocker(s), {progress.Percent}% of required steps done");
        foreach (SendBlocker blocker in blockers)
        {
            output.WriteLine($"      {blocker.Code,-24} {blocker.StepName ?? "(policy)",-20} {AddressBook.Readable(blocker.Message)}");
        }
    }

    private static void Report<T0, T1>(TextWriter output, string action, OneOf<T0, T1> result) =>
        output.WriteLine($"    {action}: {Describe(result.Value)}");

    private static void Report<T0, T1, T2>(TextWriter output, string action, OneOf<T0, T1, T2> result) =>
        output.WriteLine($"    {action}: {Describe(result.Value)}");

    private static void Report<T0, T1, T2, T3>(TextWriter output, string action, OneOf<T0, T1, T2, T3> result) =>
        output.WriteLine($"    {action}: {Describe(result.Value)}");

    private static string Describe(object value) => value switch
    {
        SendBlocked blocked => $"SEND_BLOCKED: {string.Join(", ", blocked.Blockers.Select(b => b.Code))}",
        IDomainError error => $"{error.Code}: {AddressBook.Readable(error.Message)}",
        _ => "ok",
    };

    private static void Say(TextWriter output, Clock clock, string text)
    {
        output.WriteLine();
        output.WriteLine($"[{LocalPattern.Format(clock.GetCurrentInstant().InZone(Amsterdam))}] {text}");
    }

    private static string Sha256(char digit) => new(digit, 64);

    /// <summary>A clock that moves only when the story says so, so the output is reproducible.</summary>
    private sealed class Clock(Instant start) : IClock
    {
        private Instant _now = start;

        public Instant GetCurrentInstant() => _now;

        public void Advance(Duration duration) => _now += duration;
    }
}
