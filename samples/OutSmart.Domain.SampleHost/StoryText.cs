using System.Text;

namespace OutSmart.Domain.SampleHost;

/// <summary>Turns the names of enum values and event types into words for the stories.</summary>
internal static class StoryText
{
    /// <summary>
    /// The value's name in lower-case words: <c>NotStarted</c> becomes <c>not started</c>, an event
    /// <c>TaskCompleted</c> becomes <c>task completed</c>.
    /// </summary>
    public static string Words(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Words(value.ToString() ?? "");
    }

    /// <summary>A PascalCase name in lower-case words: <c>MobileApp</c> becomes <c>mobile app</c>.</summary>
    public static string Words(string pascalCase)
    {
        ArgumentNullException.ThrowIfNull(pascalCase);
        var words = new StringBuilder(pascalCase.Length + 4);
        for (int i = 0; i < pascalCase.Length; i++)
        {
            char c = pascalCase[i];
            if (char.IsUpper(c) && i > 0 && pascalCase[i - 1] != ' ')
            {
                words.Append(' ');
            }
            words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }

    /// <summary>The names of events in words, in order: <c>task started, task completed</c>.</summary>
    public static string Events<T>(IEnumerable<T> events) where T : notnull =>
        string.Join(", ", events.Select(e => Words(e.GetType().Name)));
}
