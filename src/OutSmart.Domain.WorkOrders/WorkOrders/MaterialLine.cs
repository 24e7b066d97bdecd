using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

/// <summary>One line of used material on a work order.</summary>
/// <remarks>Two lines are equal when article, description, quantity (by value: 1.50 equals 1.5) and unit are equal.</remarks>
public sealed record MaterialLine
{
    private MaterialLine(string articleCode, string description, decimal quantity, string unit)
    {
        ArticleCode = articleCode;
        Description = description;
        Quantity = quantity;
        Unit = unit;
    }

    /// <summary>Gets the article code.</summary>
    public string ArticleCode { get; }

    /// <summary>Gets the description shown on the work order.</summary>
    public string Description { get; }

    /// <summary>Gets the used quantity; more than zero, without trailing zeros.</summary>
    public decimal Quantity { get; }

    /// <summary>Gets the unit, such as <c>pcs</c> or <c>m</c>.</summary>
    public string Unit { get; }

    /// <summary>Creates a material line.</summary>
    /// <param name="articleCode">The article code.</param>
    /// <param name="description">The description.</param>
    /// <param name="quantity">More than zero.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The line; texts are trimmed.</returns>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="quantity"/> is zero or negative.</exception>
    public static MaterialLine Create(string articleCode, string description, decimal quantity, string unit)
    {
        Guard.Against.NullOrWhiteSpace(articleCode);
        Guard.Against.NullOrWhiteSpace(description);
        Guard.Against.NullOrWhiteSpace(unit);
        Guard.Against.NegativeOrZero(quantity);
        return new(articleCode.Trim(), description.Trim(), Decimals.Normalise(quantity), unit.Trim());
    }
}
