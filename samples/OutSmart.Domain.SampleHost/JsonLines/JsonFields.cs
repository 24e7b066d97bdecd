using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace OutSmart.Domain.SampleHost.JsonLines;

/// <summary>Reading fields of a JSON Lines case without an exception for any input.</summary>
internal static class JsonFields
{
    /// <summary>Reads a JSON string; <see langword="false"/> when it is not valid UTF-16 (an escaped lone surrogate).</summary>
    public static bool TryGetText(JsonElement element, out string? text)
    {
        try
        {
            text = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    /// <summary>
    /// Reads an optional string field: absent or <c>null</c> gives <see langword="null"/>; another kind, or text with a
    /// lone surrogate, gives a <c>FIELD_INVALID</c> refusal.
    /// </summary>
    public static bool TryGetString(JsonElement root, string name, out string? value, [NotNullWhen(false)] out CaseError? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            error = new CaseError("FIELD_INVALID", $"{name} must be a string, not {element.ValueKind.ToString().ToLowerInvariant()}.");
            return false;
        }
        if (!TryGetText(element, out value))
        {
            error = new CaseError("FIELD_INVALID", $"{name} is not valid text: it holds a lone UTF-16 surrogate.");
            return false;
        }
        return true;
    }

    /// <summary>Reads a required string field; absent or <c>null</c> gives a <c>FIELD_REQUIRED</c> refusal.</summary>
    public static bool TryGetRequiredString(JsonElement root, string name, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out CaseError? error)
    {
        if (!TryGetString(root, name, out value, out error))
        {
            return false;
        }
        if (value is null)
        {
            error = new CaseError("FIELD_REQUIRED", $"{name} is required.");
            return false;
        }
        return true;
    }

    /// <summary>Tells whether every field name, here and in nested objects, is valid UTF-16 (none holds an escaped lone surrogate).</summary>
    public static bool NamesAreValid(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    try
                    {
                        _ = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return false;
                    }
                    if (!NamesAreValid(property.Value))
                    {
                        return false;
                    }
                }
                return true;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (!NamesAreValid(item))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return true;
        }
    }

    /// <summary>
    /// Finds the first field name that appears twice in one object, here or in any nested object, compared after
    /// unescaping (<c>"dt\u0073tart"</c> is <c>dtstart</c>).
    /// </summary>
    public static string? FindDuplicate(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name))
                    {
                        return property.Name;
                    }
                }
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (FindDuplicate(property.Value) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (FindDuplicate(item) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>Tells whether <paramref name="text"/> holds no lone UTF-16 surrogate.</summary>
    public static bool IsValidUtf16(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
