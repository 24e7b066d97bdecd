using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.SampleHost.JsonLines;
using OutSmart.Domain.SampleHost.Scheduling;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>
/// <c>contracts simulate</c>: one contract and a stretch of daily generation runs per input line, answered with the
/// work orders those runs create, by the Contracts package's own planning function (<see cref="ContractPlanner.PlanHorizon"/>).
/// </summary>
/// <remarks>
/// Input fields, as the issue gives them: required <c>id</c>, <c>zone</c>, <c>start</c>, <c>daysInAdvance</c>,
/// <c>timeOfDay</c>, <c>schedules</c>, <c>from</c>, <c>to</c>; optional <c>end</c>, <c>terminatedOn</c>,
/// <c>employee</c>, <c>missed</c>. Other fields are ignored. Answer: <c>{"id": ..., "workOrders": [...]}</c> ordered by
/// target, then schedule name; each with <c>schedule</c>, <c>target</c>, <c>generatedOn</c> and either <c>planned</c>
/// (with an employee) or <c>deadline</c>. Refusal codes: <c>FIELD_REQUIRED</c>, <c>FIELD_INVALID</c> (wrong kind or
/// unknown value), <c>ZONE_UNKNOWN</c>, <c>DATE_INVALID</c>, <c>TIME_INVALID</c>, <c>RANGE_INVALID</c> (from after to),
/// <c>HORIZON_TOO_LONG</c> (more than <see cref="MaxYears"/> years from start to <c>to</c>), the recurrence parser's
/// <c>RRULE_*</c> codes, and the Contracts codes <c>CONTRACT_SCHEDULE_*</c> and <c>CONTRACT_PLANNING_*</c>.
/// </remarks>
internal sealed class ContractsSimulateJsonLines : JsonLinesCommand
{
    /// <summary>The longest stretch from a contract's start to the last run day, in years, so one line has a bounded answer.</summary>
    public const int MaxYears = 100;

    /// <summary>The most schedules one line may give.</summary>
    public const int MaxSchedules = 50;

    private static readonly string[] AdjustNames = ["keep", "skip", "next-working-day", "previous-working-day", "nearest-working-day"];
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly ContractId Contract = new(new Guid("6d1b0c7e-4a57-4c1e-9f55-0c0a6f1e5a01"));
    private static readonly EmployeeId Employee = new(new Guid("6d1b0c7e-4a57-4c1e-9f55-0c0a6f1e5a02"));
    private static readonly IReadOnlySet<OccurrenceKey> NothingGenerated = new HashSet<OccurrenceKey>();

    private readonly IDateTimeZoneProvider _zones;

    public ContractsSimulateJsonLines(IDateTimeZoneProvider zones) => _zones = zones;

    /// <inheritdoc />
    protected override CaseError? Answer(JsonElement root, string? id, Utf8JsonWriter writer)
    {
        if (id is null)
        {
            return new CaseError("FIELD_REQUIRED", "id is required: a string or a number.");
        }
        if (Read(root).TryPickT1(out CaseError? error, out SimulateRequest? request))
        {
            return error;
        }
        var plan = ContractPlanner.PlanHorizon(request.Contract, request.From, request.To, NothingGenerated);
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteStartArray("workOrders");
        Span<char> text = stackalloc char[ScheduleText.MaxLength];
        foreach (var visit in plan.Visits)
        {
            writer.WriteStartObject();
            writer.WriteString("schedule", visit.Schedule);
            writer.WriteString("target", DatePattern.Format(visit.Target));
            writer.WriteString("generatedOn", DatePattern.Format(visit.GeneratedOn));
            if (visit.Planned is { } planned)
            {
                var zoned = planned.Zone.ResolveLocal(planned.LocalDateTime, RecurrenceSet.LocalTimeResolver);
                writer.WriteString("planned", text[..ScheduleText.Format(zoned.LocalDateTime, zoned.Offset, text)]);
            }
            else
            {
                writer.WriteString("deadline", DatePattern.Format(visit.Target));
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        return null;
    }

    private OneOf<SimulateRequest, CaseError> Read(JsonElement root)
    {
        if (!JsonFields.TryGetRequiredString(root, "zone", out string? zoneId, out CaseError? error))
        {
            return error;
        }
        if (_zones.GetZoneOrNull(zoneId) is not { } zone)
        {
            return new CaseError("ZONE_UNKNOWN", $"'{zoneId}' is not a known IANA time zone id.");
        }
        if (!TryGetDate(root, "start", required: true, out LocalDate? start, out error)
            || !TryGetDate(root, "end", required: false, out LocalDate? end, out error)
            || !TryGetDate(root, "terminatedOn", required: false, out LocalDate? terminatedOn, out error)
            || !TryGetDate(root, "from", required: true, out LocalDate? from, out error)
            || !TryGetDate(root, "to", required: true, out LocalDate? to, out error))
        {
            return error;
        }
        if (from > to)
        {
            return new CaseError("RANGE_INVALID", $"from ({Text(from!.Value)}) is after to ({Text(to!.Value)}).");
        }
        if (to!.Value > start!.Value && Period.Between(start.Value, to.Value, PeriodUnits.Years).Years >= MaxYears)
        {
            return new CaseError("HORIZON_TOO_LONG", $"From start to to is {MaxYears} years or more; simulate a shorter stretch.");
        }
        if (!TryGetDaysInAdvance(root, out int daysInAdvance, out error))
        {
            return error;
        }
        if (!JsonFields.TryGetRequiredString(root, "timeOfDay", out string? timeText, out error))
        {
            return error;
        }
        if (TimePattern.Parse(timeText) is not { Success: true } time)
        {
            return new CaseError("TIME_INVALID", $"timeOfDay '{timeText}' is not a time HH:mm (hour 00-23).");
        }
        if (!JsonFields.TryGetString(root, "employee", out string? employee, out error))
        {
            return error;
        }
        if (employee is { Length: 0 })
        {
            return new CaseError("FIELD_INVALID", "employee must not be empty; leave it out for deadline-only work orders.");
        }
        if (!JsonFields.TryGetString(root, "missed", out string? missedText, out error))
        {
            return error;
        }
        MissedVisitPolicy missed;
        switch (missedText)
        {
            case null or "catch-up":
                missed = MissedVisitPolicy.CatchUp;
                break;
            case "skip":
                missed = MissedVisitPolicy.Skip;
                break;
            default:
                return new CaseError("FIELD_INVALID", $"missed must be catch-up or skip, not '{missedText}'.");
        }
        if (ReadSchedules(root).TryPickT1(out error, out List<ContractSchedule>? schedules))
        {
            return error;
        }
        var built = ContractPlanningView.Create(Contract, zone, start.Value, time.Value, schedules)
            .Bind(view => view.WithEnd(end))
            .Bind(view => view.WithTermination(terminatedOn))
            .Bind(view => view.WithDaysInAdvance(daysInAdvance));
        if (built.TryPickT1(out ContractPlanningInvalid invalid, out ContractPlanningView contract))
        {
            return new CaseError(invalid.Code, invalid.Message);
        }
        contract = contract.WithMissedPolicy(missed).WithEmployee(employee is null ? null : Employee);
        return new SimulateRequest(contract, from!.Value, to.Value);
    }

    private static OneOf<List<ContractSchedule>, CaseError> ReadSchedules(JsonElement root)
    {
        if (!root.TryGetProperty("schedules", out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return new CaseError("FIELD_REQUIRED", "schedules is required: an array of at least one schedule.");
        }
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() is 0 or > MaxSchedules)
        {
            return new CaseError("FIELD_INVALID", $"schedules must be an array of 1 to {MaxSchedules} schedule objects.");
        }
        var schedules = new List<ContractSchedule>();
        foreach (JsonElement item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return new CaseError("FIELD_INVALID", "Each schedule must be an object with name, rrule, holidays, adjust and precedence.");
            }
            if (ReadSchedule(item).TryPickT1(out CaseError? error, out ContractSchedule? schedule))
            {
                return error;
            }
            schedules.Add(schedule);
        }
        return schedules;
    }

    private static OneOf<ContractSchedule, CaseError> ReadSchedule(JsonElement item)
    {
        if (!JsonFields.TryGetRequiredString(item, "name", out string? name, out CaseError? error)
            || !JsonFields.TryGetRequiredString(item, "rrule", out string? ruleText, out error)
            || !JsonFields.TryGetRequiredString(item, "holidays", out string? holidaysText, out error)
            || !JsonFields.TryGetRequiredString(item, "adjust", out string? adjustText, out error))
        {
            return error with { Message = "schedules: " + error.Message };
        }
        if (!item.TryGetProperty("precedence", out JsonElement precedenceElement) || precedenceElement.ValueKind == JsonValueKind.Null)
        {
            return new CaseError("FIELD_REQUIRED", "schedules: precedence is required.");
        }
        if (precedenceElement.ValueKind != JsonValueKind.Number || !precedenceElement.TryGetInt32(out int precedence))
        {
            return new CaseError("FIELD_INVALID", $"schedules: precedence must be an integer, not {precedenceElement.GetRawText()}.");
        }
        IHolidayCalendar holidays;
        switch (holidaysText)
        {
            case "nl":
                holidays = DutchHolidayCalendar.Standard;
                break;
            case "none":
                holidays = CustomHolidayCalendar.Empty;
                break;
            default:
                return new CaseError("FIELD_INVALID", $"schedules: holidays must be nl or none, not '{holidaysText}'.");
        }
        int adjustIndex = Array.IndexOf(AdjustNames, adjustText);
        if (adjustIndex < 0)
        {
            return new CaseError("FIELD_INVALID", $"schedules: adjust must be one of {string.Join(", ", AdjustNames)}, not '{adjustText}'.");
        }
        if (RecurrenceRule.Parse(ruleText).TryPickT1(out InvalidRecurrenceRule invalidRule, out RecurrenceRule rule))
        {
            return new CaseError(invalidRule.Code, invalidRule.Message);
        }
        var created = ContractSchedule.Create(name, rule, precedence);
        if (created.TryPickT1(out ContractScheduleNameInvalid badName, out _))
        {
            return new CaseError(badName.Code, badName.Message);
        }
        if (created.TryPickT2(out ContractScheduleRuleUnsupported unsupported, out _))
        {
            return new CaseError(unsupported.Code, unsupported.Message);
        }
        return created.AsT0.WithHolidays(holidays, (HolidayAdjustment)(adjustIndex + 1));
    }

    private static bool TryGetDate(JsonElement root, string name, bool required, out LocalDate? date, [NotNullWhen(false)] out CaseError? error)
    {
        date = null;
        if (!JsonFields.TryGetString(root, name, out string? text, out error))
        {
            return false;
        }
        if (text is null)
        {
            if (required)
            {
                error = new CaseError("FIELD_REQUIRED", $"{name} is required: a date yyyy-MM-dd.");
                return false;
            }
            return true;
        }
        var parsed = DatePattern.Parse(text);
        if (!parsed.Success || parsed.Value.Year < 1)
        {
            error = new CaseError("DATE_INVALID", $"{name} '{text}' is not a date yyyy-MM-dd.");
            return false;
        }
        date = parsed.Value;
        return true;
    }

    private static bool TryGetDaysInAdvance(JsonElement root, out int days, [NotNullWhen(false)] out CaseError? error)
    {
        days = 0;
        error = null;
        if (!root.TryGetProperty("daysInAdvance", out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            error = new CaseError("FIELD_REQUIRED", "daysInAdvance is required: a whole number from 0 to 365.");
            return false;
        }
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out days))
        {
            error = new CaseError("FIELD_INVALID", $"daysInAdvance must be a whole number from 0 to 365, not {element.GetRawText()}.");
            return false;
        }
        return true;
    }

    private static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private sealed record SimulateRequest(ContractPlanningView Contract, LocalDate From, LocalDate To);
}

/// <summary>Chains steps that answer a value or a planning refusal.</summary>
internal static class PlanningResultExtensions
{
    public static OneOf<ContractPlanningView, ContractPlanningInvalid> Bind(
        this OneOf<ContractPlanningView, ContractPlanningInvalid> result,
        Func<ContractPlanningView, OneOf<ContractPlanningView, ContractPlanningInvalid>> next) =>
        result.Match(next, invalid => invalid);
}
