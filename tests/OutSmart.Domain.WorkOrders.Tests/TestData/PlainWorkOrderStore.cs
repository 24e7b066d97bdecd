using NodaTime;
using NodaTime.Text;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders.Tests.TestData;

/// <summary>A work order written as plain data only (Guids, strings, numbers), as a relational or document adapter stores it.</summary>
internal sealed record PlainWorkOrder(
    Guid Id,
    long Version,
    string PlannedAt,
    Guid PlannedBy,
    string Number,
    Guid Customer,
    Guid? Asset,
    Guid? OriginContract,
    string? OriginSchedule,
    string? OriginDate,
    Guid? OriginAsset,
    string? PlannedLocal,
    string? Zone,
    string? Deadline,
    Guid WorkflowId,
    bool[] PolicyFlags,
    int MinimumPhotos,
    int Status,
    Guid[] Assigned,
    (string Key, string Value)[] Answers,
    (string Key, string Value)[] Notes,
    (string Article, string Description, decimal Quantity, string Unit)[] Materials,
    (Guid Employee, string HourType, string? Start, string? End, string? Date, long DurationMs)[] Hours,
    (string? Step, string Hash, string TakenAt)[] Photos,
    (Guid Employee, string HourType, string StartedAt)[] Timers,
    (string Step, int Resolution, string? Reason)[] Marks,
    (string Step, int Result)[] Results,
    PlainSignature? Signature,
    Guid? SentWith,
    string? SentAt);

/// <summary>A signature as plain data.</summary>
internal sealed record PlainSignature(
    double CanvasWidth,
    double CanvasHeight,
    (double X, double Y, long T, float? P)[][] Strokes,
    string? SignerName,
    string? SignerRole,
    string CapturedAt,
    int CapturedOffsetSeconds,
    Guid CapturedBy,
    string DeviceId,
    string AppVersion,
    (double Lat, double Lon, double Accuracy, string FixedAt)? Location,
    string ContentHash);

/// <summary>Maps a <see cref="WorkOrderSnapshot"/> to plain data and back using only the package's public API.</summary>
internal static class PlainWorkOrderStore
{
    private static readonly InstantPattern Instants = InstantPattern.ExtendedIso;
    private static readonly LocalDatePattern Dates = LocalDatePattern.Iso;

    public static PlainWorkOrder Write(WorkOrderSnapshot s) => new(
        s.Id.Value,
        s.Version.Value,
        Instants.Format(s.PlannedAt),
        s.PlannedBy.Value,
        s.Number,
        s.CustomerId.Value,
        s.AssetId?.Value,
        s.Origin.Occurrence?.Contract.Value,
        s.Origin.Occurrence?.Schedule,
        s.Origin.Occurrence is { } o ? Dates.Format(o.Target) : null,
        s.Origin.Occurrence?.Asset?.Value,
        s.Schedule.PlannedAt is { } p ? LocalDateTimePattern.ExtendedIso.Format(p.LocalDateTime) : null,
        s.Schedule.PlannedAt?.Zone.Id,
        s.Schedule.Deadline is { } dl ? Dates.Format(dl) : null,
        s.Workflow.Id.Value,
        [s.Policy.SignatureRequired, s.Policy.SignerNameRequired, s.Policy.HoursRequired, s.Policy.CannotCompleteAllowed],
        s.Policy.MinimumPhotos,
        (int)s.Status,
        [.. s.AssignedEmployees.Select(e => e.Value)],
        [.. s.Answers.Select(a => (a.Key, a.Value))],
        [.. s.Notes.Select(n => (n.Key, n.Value))],
        [.. s.Materials.Select(m => (m.ArticleCode, m.Description, m.Quantity, m.Unit))],
        [.. s.Hours.Select(h => (h.EmployeeId.Value, h.HourType, Format(h.Start), Format(h.End), h.Date is { } hd ? Dates.Format(hd) : null, (long)h.Duration.TotalMilliseconds))],
        [.. s.Photos.Select(ph => (ph.StepId, ph.ContentHash, Instants.Format(ph.TakenAt)))],
        [.. s.RunningTimers.Select(t => (t.EmployeeId.Value, t.HourType, Instants.Format(t.StartedAt)))],
        [.. s.StepMarks.Select(m => (m.StepId, (int)m.Resolution, m.Reason))],
        [.. s.FormResults.Select(r => (r.Key, (int)r.Value))],
        s.Signature is { } sig ? Write(sig) : null,
        s.SentWith?.Value,
        Format(s.SentAt));

    public static WorkOrderSnapshot Read(PlainWorkOrder p, Func<WorkflowId, WorkflowSnapshot> workflows) => new(
        new WorkOrderId(p.Id),
        AggregateVersion.From(p.Version),
        p.Number,
        new CustomerId(p.Customer),
        p.Asset is { } asset ? new AssetId(asset) : null,
        p.OriginContract is { } contract
            ? WorkOrderOrigin.FromContractOccurrence(OccurrenceKey.Create(new ContractId(contract), p.OriginSchedule!, Dates.Parse(p.OriginDate!).Value, p.OriginAsset is { } a ? new AssetId(a) : null))
            : WorkOrderOrigin.Manual,
        p.PlannedLocal is { } planned
            ? WorkOrderSchedule.At(LocalDateTimePattern.ExtendedIso.Parse(planned).Value, DateTimeZoneProviders.Tzdb[p.Zone!])
            : WorkOrderSchedule.Before(Dates.Parse(p.Deadline!).Value),
        workflows(new WorkflowId(p.WorkflowId)),
        WorkOrderPolicy.Default.WithSignatureRequired(p.PolicyFlags[0]).WithSignerNameRequired(p.PolicyFlags[1]).WithMinimumPhotos(p.MinimumPhotos).WithHoursRequired(p.PolicyFlags[2]).WithCannotCompleteAllowed(p.PolicyFlags[3]),
        (WorkOrderStatus)p.Status,
        Instants.Parse(p.PlannedAt).Value,
        new EmployeeId(p.PlannedBy),
        [.. p.Assigned.Select(e => new EmployeeId(e))],
        [.. p.Answers.Select(a => KeyValuePair.Create(a.Key, a.Value))],
        [.. p.Notes.Select(n => KeyValuePair.Create(n.Key, n.Value))],
        [.. p.Materials.Select(m => MaterialLine.Create(m.Article, m.Description, m.Quantity, m.Unit))],
        [.. p.Hours.Select(h => h.Start is { } start
            ? HourRegistration.Between(new EmployeeId(h.Employee), h.HourType, Instants.Parse(start).Value, Instants.Parse(h.End!).Value)
            : HourRegistration.OfDuration(new EmployeeId(h.Employee), h.HourType, Dates.Parse(h.Date!).Value, Duration.FromMilliseconds(h.DurationMs)))],
        [.. p.Photos.Select(ph => PhotoReference.Rehydrate(ph.Step, ph.Hash, Instants.Parse(ph.TakenAt).Value))],
        [.. p.Timers.Select(t => RunningTimer.Rehydrate(new EmployeeId(t.Employee), t.HourType, Instants.Parse(t.StartedAt).Value))],
        [.. p.Marks.Select(m => (StepResolution)m.Resolution == StepResolution.NotApplicable ? StepMark.NotApplicable(m.Step) : StepMark.CannotComplete(m.Step, CannotCompleteReason.Create(m.Reason).AsT0))],
        [.. p.Results.Select(r => KeyValuePair.Create(r.Step, (FormResult)r.Result))],
        p.Signature is { } sig ? Read(sig) : null,
        p.SentWith is { } sent ? new SendId(sent) : null,
        p.SentAt is { } sentAt ? Instants.Parse(sentAt).Value : null);

    private static PlainSignature Write(Signature s) => new(
        s.Ink.Canvas.Width,
        s.Ink.Canvas.Height,
        [.. s.Ink.Strokes.Select(stroke => stroke.Points.Select(pt => (pt.X, pt.Y, pt.TimeMs, pt.Pressure)).ToArray())],
        s.SignerName,
        s.SignerRole,
        Instants.Format(s.CapturedAt),
        s.CapturedOffset.Seconds,
        s.CapturedBy.Value,
        s.DeviceId,
        s.AppVersion,
        s.Location is { } l ? (l.Latitude, l.Longitude, l.AccuracyMetres, Instants.Format(l.FixedAt)) : null,
        s.ContentHash);

    private static Signature Read(PlainSignature p) => Signature.Rehydrate(
        SignatureInk.Create(
            CanvasSize.Create(p.CanvasWidth, p.CanvasHeight).AsT0,
            p.Strokes.Select(stroke => stroke.Select(pt => new SignaturePoint(pt.X, pt.Y, pt.T, pt.P)))).AsT0,
        p.SignerName,
        p.SignerRole,
        Instants.Parse(p.CapturedAt).Value,
        Offset.FromSeconds(p.CapturedOffsetSeconds),
        new EmployeeId(p.CapturedBy),
        p.DeviceId,
        p.AppVersion,
        p.Location is { } l ? SignatureLocation.Create(l.Lat, l.Lon, l.Accuracy, Instants.Parse(l.FixedAt).Value).AsT0 : null,
        p.ContentHash);

    private static string? Format(Instant? instant) => instant is { } value ? Instants.Format(value) : null;
}
