namespace OutSmart.Domain.WorkOrders;

/// <summary>The kind of answer a form field takes; answers are stored as canonical text.</summary>
public enum FieldKind
{
    /// <summary>Free text, 1–2,000 characters after trimming.</summary>
    Text = 1,

    /// <summary>A number in invariant culture, such as <c>12.5</c>.</summary>
    Number = 2,

    /// <summary><c>yes</c> or <c>no</c>.</summary>
    YesNo = 3,

    /// <summary>One of the field's options.</summary>
    Choice = 4,

    /// <summary>A calendar date as <c>yyyy-MM-dd</c>.</summary>
    Date = 5,
}
