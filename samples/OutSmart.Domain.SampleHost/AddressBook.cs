using System.Globalization;
using System.Text;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.SampleHost;

/// <summary>
/// The people and records the stories talk about, with their names: what a host's own directory (HR, CRM) provides.
/// The domain packages know only ids; the stories print names from here, never raw ids.
/// </summary>
internal static class AddressBook
{
    /// <summary>Gets Anna, the planner in the back office.</summary>
    public static EmployeeId Anna { get; } = new(Guid.Parse("a0000000-0000-0000-0000-000000000001", CultureInfo.InvariantCulture));

    /// <summary>Gets Bram, a technician.</summary>
    public static EmployeeId Bram { get; } = new(Guid.Parse("a0000000-0000-0000-0000-000000000002", CultureInfo.InvariantCulture));

    /// <summary>Gets Chris, a technician.</summary>
    public static EmployeeId Chris { get; } = new(Guid.Parse("a0000000-0000-0000-0000-000000000003", CultureInfo.InvariantCulture));

    /// <summary>Gets the Jansen household, the customer of every story.</summary>
    public static CustomerId Jansen { get; } = new(Guid.Parse("c0000000-0000-0000-0000-000000000001", CultureInfo.InvariantCulture));

    /// <summary>Gets the boiler-maintenance work order WO-2025-0042 at Jansen.</summary>
    public static WorkOrderId BoilerOrder { get; } = new(Guid.Parse("d0000000-0000-0000-0000-000000000002", CultureInfo.InvariantCulture));

    /// <summary>Gets the quote for a new boiler.</summary>
    public static QuoteId BoilerQuote { get; } = new(Guid.Parse("c0000000-0000-0000-0000-000000000003", CultureInfo.InvariantCulture));

    private static readonly Dictionary<Guid, string> Names = new()
    {
        [Anna.Value] = "Anna (planner)",
        [Bram.Value] = "Bram (technician)",
        [Chris.Value] = "Chris (technician)",
        [Jansen.Value] = "Jansen",
        [BoilerOrder.Value] = "WO-2025-0042",
        [BoilerQuote.Value] = "Q-2026-0007",
    };

    /// <summary>The employee's name, or "an unknown employee" when the address book does not know the id.</summary>
    public static string NameOf(EmployeeId employee) => Names.GetValueOrDefault(employee.Value, "an unknown employee");

    /// <summary>The customer's name, or "an unknown customer".</summary>
    public static string NameOf(CustomerId customer) => Names.GetValueOrDefault(customer.Value, "an unknown customer");

    /// <summary>Who did something and how: <c>Bram (technician) via mobile app</c>.</summary>
    public static string NameOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return $"{NameOf(actor.EmployeeId)} via {StoryText.Words(actor.Channel)}";
    }

    /// <summary>A linked record in words: <c>customer Jansen</c>, <c>work order WO-2025-0042</c>.</summary>
    public static string NameOf(RecordLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return $"{StoryText.Words(link.Kind)} {Names.GetValueOrDefault(link.Id, "(unknown)")}";
    }

    /// <summary>
    /// Replaces the ids the address book knows in a domain message with names: a record link (<c>WorkOrder:&lt;id&gt;</c>)
    /// becomes <c>work order WO-2025-0042</c>, a bare id the name. Messages from the packages carry ids because the
    /// packages know no names.
    /// </summary>
    public static string Readable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var readable = new StringBuilder(text);
        foreach ((Guid id, string name) in Names)
        {
            foreach (RecordKind kind in Enum.GetValues<RecordKind>())
            {
                readable.Replace($"{kind}:{id:D}", $"{StoryText.Words(kind)} {name}");
            }
            readable.Replace(id.ToString("D"), name);
        }
        return readable.ToString();
    }
}
