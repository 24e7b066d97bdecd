using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets.Tests.Rates;

public sealed class RateBookProperties
{
    private static readonly EmployeeId Employee = new(Guid.Parse("e0000000-0000-0000-0000-000000000001"));
    private static readonly ProjectId Project = new(Guid.Parse("a0000000-0000-0000-0000-000000000001"));
    private static readonly CustomerId Customer = new(Guid.Parse("c0000000-0000-0000-0000-000000000001"));
    private static readonly HourType Work = HourType.Create("WORK", "Work", Money.FromEuros(60m), Money.FromEuros(40m)).AsT0;

    [Property(MaxTest = 500)]
    public Property Resolve_ForAnyLevelsPresent_TheHighestLevelPresentWins()
    {
        // Each level is absent, hourly or fixed; bill rates are distinct per level so the winner is visible.
        var cases =
            from employee in Gen.Choose(0, 2)
            from customer in Gen.Choose(0, 2)
            from project in Gen.Choose(0, 2)
            from entry in Gen.Choose(0, 2)
            select (Employee: employee, Customer: customer, Project: project, Entry: entry);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var book = RateBook.Empty;
            if (Override(c.Employee, 1) is { } byEmployee)
            {
                book = book.WithEmployeeRate(Employee, Work, byEmployee);
            }
            if (Override(c.Customer, 2) is { } byCustomer)
            {
                book = book.WithCustomerRate(Customer, Work, byCustomer);
            }
            if (Override(c.Project, 3) is { } byProject)
            {
                book = book.WithProjectRate(Project, Work, byProject);
            }

            var resolved = book.Resolve(Work, Employee, Project, Customer, Override(c.Entry, 4));

            // Levels from highest to lowest precedence, with the tag each one's rates carry.
            (int Kind, int Tag, RateLevel Level)[] levels =
            [
                (c.Entry, 4, RateLevel.Entry),
                (c.Project, 3, RateLevel.ProjectOrCustomer),
                (c.Customer, 2, RateLevel.ProjectOrCustomer),
                (c.Employee, 1, RateLevel.Employee),
            ];
            var hourly = levels.FirstOrDefault(l => l.Kind == 1);
            var fixedOne = levels.FirstOrDefault(l => l.Kind == 2);
            Assert.Equal(hourly.Kind == 1 ? Money.FromEuros(100m + hourly.Tag) : Work.BillRate, resolved.Snapshot.BillRate);
            Assert.Equal(hourly.Kind == 1 ? hourly.Level : RateLevel.HourType, resolved.SnapshotLevel);
            Assert.Equal(fixedOne.Kind == 2 ? Money.FromEuros(1000m + fixedOne.Tag) : (Money?)null, resolved.Fixed?.BillAmount);
            Assert.Equal(fixedOne.Kind == 2 ? fixedOne.Level : hourly.Kind == 1 ? hourly.Level : RateLevel.HourType, resolved.Level);
        });
    }

    private static RateOverride? Override(int kind, int tag) => kind switch
    {
        1 => RateOverride.Hourly(Money.FromEuros(100m + tag), Money.FromEuros(tag)).AsT0,
        2 => RateOverride.FixedPrice(FixedRate.Create(Money.FromEuros(1000m + tag), Money.FromEuros(tag)).AsT0),
        _ => null,
    };
}
