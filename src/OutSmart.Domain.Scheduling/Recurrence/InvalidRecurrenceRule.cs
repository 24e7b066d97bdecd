using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>A recurrence rule was refused: its text could not be parsed, or its parts break RFC 5545 section 3.3.10.</summary>
/// <param name="Code">The stable code of the failure, one of the <c>…Code</c> constants of this type.</param>
/// <param name="Message">English text naming the part, the position and the problem.</param>
/// <param name="Part">The rule part at fault (<c>BYMONTHDAY</c>), or <see langword="null"/> when no single part is.</param>
/// <param name="Position">
/// The zero-based character position in the parsed text where the fault starts, or <see langword="null"/> for a rule
/// built with <see cref="RecurrenceRuleBuilder"/>.
/// </param>
public sealed record InvalidRecurrenceRule(string Code, string Message, string? Part, int? Position) : IDomainError
{
    /// <summary>The text is empty or only white space.</summary>
    public const string EmptyCode = "RRULE_EMPTY";

    /// <summary>A part name is not one of the RFC 5545 rule parts.</summary>
    public const string UnknownPartCode = "RRULE_UNKNOWN_PART";

    /// <summary>A part occurs more than once.</summary>
    public const string DuplicatePartCode = "RRULE_DUPLICATE_PART";

    /// <summary>A part is empty (<c>;;</c>) or has an empty value (<c>BYDAY=</c>, <c>BYDAY=MO,,TU</c>).</summary>
    public const string EmptyPartCode = "RRULE_EMPTY_PART";

    /// <summary>A part has no <c>=</c> sign.</summary>
    public const string MalformedPartCode = "RRULE_MALFORMED_PART";

    /// <summary>A value has the wrong syntax (<c>FREQ=FORTNIGHTLY</c>, <c>BYHOUR=x</c>, <c>UNTIL=20260230</c>).</summary>
    public const string BadValueCode = "RRULE_BAD_VALUE";

    /// <summary>A number is outside the range the part allows (<c>BYHOUR=24</c>, <c>BYMONTHDAY=0</c>, <c>INTERVAL=0</c>).</summary>
    public const string ValueOutOfRangeCode = "RRULE_VALUE_OUT_OF_RANGE";

    /// <summary>A number does not fit in 32 bits.</summary>
    public const string NumberOverflowCode = "RRULE_NUMBER_OVERFLOW";

    /// <summary>The rule has no <c>FREQ</c>.</summary>
    public const string FrequencyMissingCode = "RRULE_FREQ_MISSING";

    /// <summary>The rule has both <c>COUNT</c> and <c>UNTIL</c>.</summary>
    public const string CountWithUntilCode = "RRULE_COUNT_WITH_UNTIL";

    /// <summary>
    /// A part is not allowed with this frequency or combination: BYWEEKNO outside YEARLY, BYYEARDAY with
    /// DAILY/WEEKLY/MONTHLY, BYMONTHDAY with WEEKLY, BYDAY ordinals outside MONTHLY/YEARLY or with BYWEEKNO.
    /// </summary>
    public const string PartNotAllowedCode = "RRULE_PART_NOT_ALLOWED";

    /// <summary><c>BYSETPOS</c> is used without any other <c>BYxxx</c> part.</summary>
    public const string SetPositionAloneCode = "RRULE_BYSETPOS_ALONE";

    /// <summary><c>RSCALE</c> names a calendar other than <c>GREGORIAN</c>, the only one supported (RFC 7529).</summary>
    public const string RscaleUnsupportedCode = "RRULE_RSCALE_UNSUPPORTED";

    /// <summary><c>SKIP</c> is used without <c>RSCALE</c> (RFC 7529 section 3.1).</summary>
    public const string SkipWithoutRscaleCode = "RRULE_SKIP_WITHOUT_RSCALE";

    /// <summary>
    /// <c>SKIP=BACKWARD</c> or <c>SKIP=FORWARD</c> is combined with parts whose moved dates this engine does not
    /// evaluate: BYYEARDAY, BYWEEKNO, BYDAY ordinals, BYMONTHDAY −29…−31, BYMONTHDAY with DAILY or shorter
    /// frequencies, or (FORWARD only) FREQ=MONTHLY with INTERVAL=1 and BYSETPOS, where a date moved into the next month
    /// would belong to two intervals' sets.
    /// </summary>
    public const string SkipNotSupportedCode = "RRULE_SKIP_NOT_SUPPORTED";
}
