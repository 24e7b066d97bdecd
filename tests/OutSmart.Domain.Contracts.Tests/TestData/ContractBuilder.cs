using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts.Tests.TestData;

internal static class ContractFixtures
{
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    public static readonly Instant Now = Instant.FromUtc(2026, 1, 1, 8, 0);
    public static readonly ContractId Id = new(new Guid("c0000000-0000-0000-0000-000000000001"));
    public static readonly ContractId OtherId = new(new Guid("c0000000-0000-0000-0000-000000000002"));
    public static readonly CustomerId Customer = new(new Guid("22222222-2222-2222-2222-222222222222"));
    public static readonly EmployeeId PlannerId = new(new Guid("77777777-7777-7777-7777-777777777777"));
    public static readonly EmployeeId Technician = new(new Guid("88888888-8888-8888-8888-888888888888"));
    public static readonly Actor Planner = Actor.Create(PlannerId, ActorChannel.BackOffice);
    public static readonly LocalDate Start = new(2026, 1, 1);

    public static ContractSchedule Schedule(string name, string rule, int precedence, HolidayAdjustment adjustment = HolidayAdjustment.NextWorkingDay) =>
        ContractSchedule.Create(name, RecurrenceRule.Parse(rule).AsT0, precedence).AsT0.WithHolidays(DutchHolidayCalendar.Standard, adjustment);

    public static ContractTerms OneYear() => ContractTerms.Create(Period.FromYears(1), InvoicePeriod.Yearly).AsT0;

    public static ContractTerms Renewing(int noticeMonths = 1, int announceDays = 30) =>
        OneYear().WithAutomaticRenewal(Period.FromYears(1)).AsT0.WithNotice(Period.FromMonths(noticeMonths), announceDays).AsT0;

    public static ContractService Monthly() => ContractService.Preventive([Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=15", 1)]).AsT0;

    public static WorkOrderTemplate Template() => WorkOrderTemplate.Create("cv-onderhoud", "Yearly boiler service", Duration.FromHours(1), VisitTime.At(new LocalTime(8, 0)));

    public static Contract Create(
        ContractTerms? terms = null,
        ContractService? service = null,
        ContractPlanning? planning = null,
        LocalDate? start = null,
        ContractId? id = null) =>
        Contract.Create(id ?? Id, Customer, start ?? Start, Amsterdam, terms ?? OneYear(), service ?? Monthly(), Template(), planning ?? ContractPlanning.Default, ContractFixtures.Planner, Now);

    public static Workflow PublishedWorkflow(string workType = "cv-onderhoud")
    {
        var workflow = Workflow.Draft(new WorkflowId(new Guid("44444444-4444-4444-4444-444444444444")), workType, 1, false, Planner, Now);
        workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.Required), Planner, Now);
        workflow.Publish(Planner, Now);
        return workflow;
    }

    public static ContractCancellation Cancellation() => ContractCancellation.Create(CancellationReason.CustomerRequest, "Moved away");
}
