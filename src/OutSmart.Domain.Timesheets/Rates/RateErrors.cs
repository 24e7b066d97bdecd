using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>An hour type code is blank, longer than <see cref="HourType.MaxCodeLength"/> or holds characters other than <c>A</c>–<c>Z</c>, <c>0</c>–<c>9</c>, <c>_</c> and <c>-</c> (OT-05).</summary>
/// <param name="Given">The code that was given.</param>
public sealed record HourTypeCodeInvalid(string Given) : IDomainError
{
    /// <inheritdoc />
    public string Code => "HOUR_TYPE_CODE_INVALID";

    /// <inheritdoc />
    public string Message =>
        $"'{Given}' is not a valid hour type code: use 1 to {HourType.MaxCodeLength} upper-case letters, digits, '_' or '-'.";
}

/// <summary>An hour type's name is blank (OT-05).</summary>
/// <param name="HourTypeCode">The code of the hour type.</param>
public sealed record HourTypeNameRequired(string HourTypeCode) : IDomainError
{
    /// <inheritdoc />
    public string Code => "HOUR_TYPE_NAME_REQUIRED";

    /// <inheritdoc />
    public string Message => $"Hour type {HourTypeCode} needs a name.";
}

/// <summary>A bill rate or a cost rate is negative (OT-05).</summary>
/// <param name="Rate">Which rate: <c>bill</c> or <c>cost</c>.</param>
/// <param name="Amount">The negative rate that was given.</param>
public sealed record RateNegative(string Rate, Money Amount) : IDomainError
{
    /// <inheritdoc />
    public string Code => "RATE_NEGATIVE";

    /// <inheritdoc />
    public string Message => $"The {Rate} rate cannot be negative; {Amount} was given.";
}

/// <summary>A multiplier is not above its minimum: above 0 for an hour type, above 1 for a rate window (OT-05).</summary>
/// <param name="Multiplier">The multiplier that was given.</param>
/// <param name="ExclusiveMinimum">The value the multiplier must be greater than.</param>
public sealed record MultiplierInvalid(decimal Multiplier, decimal ExclusiveMinimum) : IDomainError
{
    /// <inheritdoc />
    public string Code => "MULTIPLIER_INVALID";

    /// <inheritdoc />
    public string Message => $"A multiplier must be greater than {ExclusiveMinimum}; {Multiplier} was given.";
}

/// <summary>A rate window's name is blank (OT-04).</summary>
public sealed record RateWindowNameRequired : IDomainError
{
    /// <inheritdoc />
    public string Code => "RATE_WINDOW_NAME_REQUIRED";

    /// <inheritdoc />
    public string Message => "A rate window needs a name, such as 'evening' or 'saturday'.";
}

/// <summary>A weekday rate window was given no days of the week (OT-04).</summary>
/// <param name="Name">The window's name.</param>
public sealed record RateWindowDaysRequired(string Name) : IDomainError
{
    /// <inheritdoc />
    public string Code => "RATE_WINDOW_DAYS_REQUIRED";

    /// <inheritdoc />
    public string Message => $"Rate window '{Name}' needs at least one day of the week.";
}

/// <summary>A rate window's hours are empty: <c>from</c> is not before <c>to</c>, and <c>to</c> is not midnight (24:00) (OT-04).</summary>
/// <param name="Name">The window's name.</param>
/// <param name="From">The local time the window would start.</param>
/// <param name="To">The local time the window would end.</param>
public sealed record RateWindowHoursInvalid(string Name, LocalTime From, LocalTime To) : IDomainError
{
    /// <inheritdoc />
    public string Code => "RATE_WINDOW_HOURS_INVALID";

    /// <inheritdoc />
    public string Message =>
        $"Rate window '{Name}' must start before it ends within one day ({From:HH:mm}–{To:HH:mm}); windows never cross midnight, use 00:00 as the end for 24:00.";
}
