namespace OutSmart.Domain.Timesheets;

/// <summary>What a timesheet entry records.</summary>
public enum TimesheetEntryKind
{
    /// <summary>Working time (werktijd): a start and end, or a duration on a date.</summary>
    Work = 0,

    /// <summary>Travel time (reistijd): a start and end, or a duration on a date.</summary>
    Travel = 1,

    /// <summary>A break (pauze): a start and end, or a duration on a date; never counts as work.</summary>
    Break = 2,

    /// <summary>An expense (onkosten) on a date: an amount, a category and an optional receipt.</summary>
    Expense = 3,

    /// <summary>Kilometres driven (kilometers) on a date, with an optional vehicle and route.</summary>
    Kilometres = 4,
}
