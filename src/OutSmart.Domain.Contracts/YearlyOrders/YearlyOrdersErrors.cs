using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>A yearly-orders agreement was refused: the number per year or the minimum spacing lies outside 1–366.</summary>
/// <param name="CountPerYear">The number of work orders per year that was given.</param>
/// <param name="MinimumSpacingDays">The minimum spacing in days that was given.</param>
public sealed record YearlyOrdersInvalid(int CountPerYear, int MinimumSpacingDays) : IDomainError
{
    /// <inheritdoc />
    public string Code => "YEARLY_ORDERS_INVALID";

    /// <inheritdoc />
    public string Message =>
        $"A yearly-orders agreement needs 1 to {YearlyOrders.MaxCountPerYear} work orders per year and a minimum spacing of 1 to {YearlyOrders.MaxSpacingDays} days, not {CountPerYear} orders {MinimumSpacingDays} days apart.";
}

/// <summary>The work orders of one year cannot all be placed on working days with the minimum spacing.</summary>
/// <param name="Year">The year that was planned.</param>
/// <param name="CountPerYear">The number of work orders asked for.</param>
/// <param name="MinimumSpacingDays">The minimum spacing in days.</param>
/// <param name="MostThatFit">The largest number of work orders that does fit in that year with that spacing.</param>
public sealed record YearlyOrdersDoNotFit(int Year, int CountPerYear, int MinimumSpacingDays, int MostThatFit) : IDomainError
{
    /// <inheritdoc />
    public string Code => "YEARLY_ORDERS_DO_NOT_FIT";

    /// <inheritdoc />
    public string Message =>
        $"{CountPerYear} work orders at least {MinimumSpacingDays} days apart do not fit on the working days of {Year}; at most {MostThatFit} do. Lower the number or the spacing.";
}
