using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>
/// Writes a snapshot, and every value inside it, as JSON text and reads it back equal: the <c>snapshot</c> column.
/// </summary>
/// <remarks>
/// <para>A value is written as an object of the properties its constructor takes (the constructor, of any visibility,
/// with the most parameters that all match a public property by name and type), in camelCase, and read back through
/// that constructor. So a domain value needs no mapping code here; the port test kit's round trips prove each one.</para>
/// <para>Leaves are written losslessly: NodaTime values in their round-trip ISO patterns (instants and times to the
/// nanosecond, zones by TZDB id), <see cref="decimal"/> as exact text (scale kept: <c>"12.50"</c>), <see cref="double"/>
/// and <see cref="float"/> (signature ink points) as their shortest round-trip numbers, enums by name, ids by their <see cref="Guid"/>, a default
/// <see cref="ImmutableArray{T}"/> as <c>null</c>. A <c>RecurrenceRule</c> is its RFC 5545 text; a
/// <see cref="Condition"/> (which keeps its operator private) is written by operator name; an
/// <see cref="SlaPolicy"/> (which keeps its targets private) as its priorities with their targets. An
/// <see cref="ImmutableSortedDictionary{TKey, TValue}"/> is its key-value pairs in order, read back with the ordinal
/// comparer for string keys and the default comparer otherwise.</para>
/// <para>A value declared as an interface or abstract type (such as a schedule's <c>IHolidayCalendar</c>) is written as
/// <c>{"$type": "Namespace.Type, Assembly", "value": …}</c>; only concrete types of the <c>OutSmart.Domain</c>
/// assemblies are written or read that way, so stored text never names an arbitrary type to create.</para>
/// </remarks>
internal static class SnapshotJson
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = true };

    /// <summary>Returns the value as JSON text.</summary>
    public static string Write<T>(T value)
        where T : class
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteValue(writer, typeof(T), value);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a value written by <see cref="Write{T}"/>.</summary>
    /// <exception cref="InvalidOperationException">The text is not a value of the type.</exception>
    public static T Read<T>(string json)
        where T : class
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return (T)(ReadValue(document.RootElement, typeof(T)) ?? throw new InvalidOperationException("The stored snapshot is null."));
        }
        catch (Exception e) when (e is JsonException or FormatException or UnparsableValueException or KeyNotFoundException or ArgumentException or TargetInvocationException)
        {
            throw new InvalidOperationException($"A stored {typeof(T).Name} cannot be read: {e.Message}", e);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, Type type, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }
        Type? nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null)
        {
            type = nullable;
        }
        switch (value)
        {
            case string s: writer.WriteStringValue(s); return;
            case bool b: writer.WriteBooleanValue(b); return;
            case int i: writer.WriteNumberValue(i); return;
            case long l: writer.WriteNumberValue(l); return;
            case double d: writer.WriteNumberValue(d); return;
            case float f: writer.WriteNumberValue(f); return;
            case decimal m: writer.WriteStringValue(m.ToString(CultureInfo.InvariantCulture)); return;
            case Guid g: writer.WriteStringValue(g.ToString("D")); return;
            case Instant instant: writer.WriteStringValue(InstantPattern.ExtendedIso.Format(instant)); return;
            case LocalDate date: writer.WriteStringValue(LocalDatePattern.Iso.Format(date)); return;
            case LocalDateTime dateTime: writer.WriteStringValue(LocalDateTimePattern.ExtendedIso.Format(dateTime)); return;
            case LocalTime time: writer.WriteStringValue(LocalTimePattern.ExtendedIso.Format(time)); return;
            case Period period: writer.WriteStringValue(PeriodPattern.Roundtrip.Format(period)); return;
            case Duration duration: writer.WriteStringValue(DurationPattern.Roundtrip.Format(duration)); return;
            case Offset offset: writer.WriteStringValue(OffsetPattern.GeneralInvariant.Format(offset)); return;
            case DateTimeZone zone: writer.WriteStringValue(zone.Id); return;
            case RecurrenceRule rule: writer.WriteStringValue(rule.ToString()); return;
            case Condition condition: WriteCondition(writer, condition); return;
            case SlaPolicy sla: WriteSlaPolicy(writer, sla); return;
            case Enum e: writer.WriteStringValue(e.ToString()); return;
            default: break;
        }
        if ((type.IsInterface || type.IsAbstract) && !IsCollectionInterface(type))
        {
            Type concrete = value.GetType();
            if (!IsDomainType(concrete))
            {
                throw new NotSupportedException($"SnapshotJson stores a {type.Name} only as a type of the OutSmart.Domain packages, not as {concrete.FullName}.");
            }
            writer.WriteStartObject();
            writer.WriteString("$type", $"{concrete.FullName}, {concrete.Assembly.GetName().Name}");
            writer.WritePropertyName("value");
            WriteValue(writer, concrete, value);
            writer.WriteEndObject();
            return;
        }
        Shape shape = ShapeOf(type);
        switch (shape.Kind)
        {
            case ShapeKind.Array:
                var array = (System.Collections.IEnumerable)value;
                if (shape.IsDefault!(value))
                {
                    writer.WriteNullValue();
                    return;
                }
                writer.WriteStartArray();
                foreach (object? item in array)
                {
                    WriteValue(writer, shape.ElementType!, item);
                }
                writer.WriteEndArray();
                return;
            case ShapeKind.Pair:
                writer.WriteStartObject();
                writer.WritePropertyName("key");
                WriteValue(writer, shape.Properties[0].PropertyType, shape.Properties[0].GetValue(value));
                writer.WritePropertyName("value");
                WriteValue(writer, shape.Properties[1].PropertyType, shape.Properties[1].GetValue(value));
                writer.WriteEndObject();
                return;
            default:
                writer.WriteStartObject();
                for (int i = 0; i < shape.Properties.Length; i++)
                {
                    writer.WritePropertyName(shape.Names[i]);
                    WriteValue(writer, shape.Properties[i].PropertyType, shape.Properties[i].GetValue(value));
                }
                writer.WriteEndObject();
                return;
        }
    }

    private static object? ReadValue(JsonElement element, Type type)
    {
        Type? nullable = Nullable.GetUnderlyingType(type);
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (type.IsValueType && nullable is null)
            {
                Shape arrayShape = ShapeOf(type);
                return arrayShape.Kind == ShapeKind.Array ? Activator.CreateInstance(type) : throw new FormatException($"A {type.Name} cannot be null.");
            }
            return null;
        }
        type = nullable ?? type;
        if (type == typeof(string)) { return element.GetString(); }
        if (type == typeof(bool)) { return element.GetBoolean(); }
        if (type == typeof(int)) { return element.GetInt32(); }
        if (type == typeof(long)) { return element.GetInt64(); }
        if (type == typeof(double)) { return element.GetDouble(); }
        if (type == typeof(float)) { return element.GetSingle(); }
        if (type == typeof(decimal)) { return decimal.Parse(element.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture); }
        if (type == typeof(Guid)) { return Guid.ParseExact(element.GetString()!, "D"); }
        if (type == typeof(Instant)) { return InstantPattern.ExtendedIso.Parse(element.GetString()!).Value; }
        if (type == typeof(LocalDate)) { return LocalDatePattern.Iso.Parse(element.GetString()!).Value; }
        if (type == typeof(LocalDateTime)) { return LocalDateTimePattern.ExtendedIso.Parse(element.GetString()!).Value; }
        if (type == typeof(LocalTime)) { return LocalTimePattern.ExtendedIso.Parse(element.GetString()!).Value; }
        if (type == typeof(Period)) { return PeriodPattern.Roundtrip.Parse(element.GetString()!).Value; }
        if (type == typeof(Duration)) { return DurationPattern.Roundtrip.Parse(element.GetString()!).Value; }
        if (type == typeof(Offset)) { return OffsetPattern.GeneralInvariant.Parse(element.GetString()!).Value; }
        if (type == typeof(DateTimeZone)) { return DateTimeZoneProviders.Tzdb[element.GetString()!]; }
        if (type == typeof(RecurrenceRule))
        {
            return RecurrenceRule.Parse(element.GetString()).Match(
                static rule => rule, invalid => throw new FormatException($"A stored recurrence rule is invalid: {invalid.Message}"));
        }
        if (type == typeof(Condition)) { return ReadCondition(element); }
        if (type == typeof(SlaPolicy)) { return ReadSlaPolicy(element); }
        if (type.IsEnum) { return Enum.Parse(type, element.GetString()!, ignoreCase: false); }
        if ((type.IsInterface || type.IsAbstract) && !IsCollectionInterface(type))
        {
            string name = element.GetProperty("$type").GetString()!;
            Type concrete = Type.GetType(name, throwOnError: false) is { } found && IsDomainType(found) && type.IsAssignableFrom(found)
                ? found
                : throw new FormatException($"The stored type '{name}' is not an OutSmart.Domain {type.Name}.");
            return ReadValue(element.GetProperty("value"), concrete);
        }
        Shape shape = ShapeOf(type);
        switch (shape.Kind)
        {
            case ShapeKind.Array:
                var items = new List<object?>(element.GetArrayLength());
                foreach (JsonElement item in element.EnumerateArray())
                {
                    items.Add(ReadValue(item, shape.ElementType!));
                }
                return shape.CreateArray!(items);
            case ShapeKind.Pair:
                return Activator.CreateInstance(type, ReadValue(element.GetProperty("key"), shape.Properties[0].PropertyType), ReadValue(element.GetProperty("value"), shape.Properties[1].PropertyType));
            default:
                object?[] arguments = new object?[shape.Properties.Length];
                for (int i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = ReadValue(element.GetProperty(shape.Names[i]), shape.Parameters[i]);
                }
                return shape.Constructor!.Invoke(arguments);
        }
    }

    // Only concrete types of the domain packages are written or read by name.
    private static bool IsDomainType(Type type) =>
        !type.IsAbstract && !type.IsInterface && type.Assembly.GetName().Name is { } assembly
        && (assembly == "OutSmart.Domain" || assembly.StartsWith("OutSmart.Domain.", StringComparison.Ordinal));

    private static bool IsCollectionInterface(Type type) => typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    // SlaPolicy keeps its targets private; its priorities and GetTargets read them, and With rebuilds them.
    private static void WriteSlaPolicy(Utf8JsonWriter writer, SlaPolicy sla)
    {
        writer.WriteStartArray();
        foreach (SlaPriority priority in sla.Priorities)
        {
            writer.WriteStartObject();
            writer.WriteString("priority", priority.ToString());
            writer.WritePropertyName("targets");
            WriteValue(writer, typeof(SlaTargets), sla.GetTargets(priority));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static SlaPolicy ReadSlaPolicy(JsonElement element)
    {
        SlaPolicy sla = SlaPolicy.Empty;
        foreach (JsonElement item in element.EnumerateArray())
        {
            var priority = Enum.Parse<SlaPriority>(item.GetProperty("priority").GetString()!, ignoreCase: false);
            sla = sla.With(priority, (SlaTargets)(ReadValue(item.GetProperty("targets"), typeof(SlaTargets)) ?? throw new FormatException("SLA targets cannot be null.")));
        }
        return sla;
    }

    // Condition keeps its operator in a private field; its public factories rebuild it, so write the operator by name.
    private static void WriteCondition(Utf8JsonWriter writer, Condition condition)
    {
        writer.WriteStartObject();
        writer.WriteString("op", ConditionOperator(condition));
        writer.WriteString("fieldId", condition.FieldId);
        writer.WriteString("value", condition.Value);
        writer.WritePropertyName("operands");
        writer.WriteStartArray();
        foreach (Condition operand in condition.Operands)
        {
            WriteCondition(writer, operand);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string ConditionOperator(Condition condition) =>
        typeof(Condition).GetField("_operator", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(condition)?.ToString()
        ?? throw new InvalidOperationException("Condition no longer keeps its operator in '_operator'; update SnapshotJson.");

    private static Condition ReadCondition(JsonElement element)
    {
        string op = element.GetProperty("op").GetString()!;
        string? fieldId = element.GetProperty("fieldId").GetString();
        string? value = element.GetProperty("value").GetString();
        var operands = element.GetProperty("operands").EnumerateArray().Select(ReadCondition).ToList();
        return op switch
        {
            "Answered" => Condition.Answered(fieldId!),
            "Equal" => Condition.Equal(fieldId!, value!),
            "NotEqual" => Condition.NotEqual(fieldId!, value!),
            "AllOf" => Condition.AllOf(operands),
            "AnyOf" => Condition.AnyOf(operands),
            _ => throw new FormatException($"Unknown condition operator '{op}'."),
        };
    }

    private static Shape ShapeOf(Type type) => Shapes.GetOrAdd(type, Shape.Of);

    private enum ShapeKind
    {
        Object,
        Array,
        Pair,
    }

    private sealed class Shape
    {
        public ShapeKind Kind { get; private init; }

        public PropertyInfo[] Properties { get; private init; } = [];

        public string[] Names { get; private init; } = [];

        public Type[] Parameters { get; private init; } = [];

        public ConstructorInfo? Constructor { get; private init; }

        public Type? ElementType { get; private init; }

        public Func<object, bool>? IsDefault { get; private init; }

        public Func<List<object?>, object>? CreateArray { get; private init; }

        public static Shape Of(Type type)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                Type element = type.GetGenericArguments()[0];
                MethodInfo create = typeof(Shape).GetMethod(nameof(CreateImmutableArray), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(element);
                PropertyInfo isDefault = type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!;
                return new Shape
                {
                    Kind = ShapeKind.Array,
                    ElementType = element,
                    IsDefault = value => (bool)isDefault.GetValue(value)!,
                    CreateArray = items => create.Invoke(null, [items])!,
                };
            }
            if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ImmutableSortedSet<>) || type.GetGenericTypeDefinition() == typeof(ImmutableList<>)))
            {
                Type element = type.GetGenericArguments()[0];
                bool sorted = type.GetGenericTypeDefinition() == typeof(ImmutableSortedSet<>);
                MethodInfo create = typeof(Shape).GetMethod(sorted ? nameof(CreateSortedSet) : nameof(CreateList), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(element);
                return new Shape
                {
                    Kind = ShapeKind.Array,
                    ElementType = element,
                    IsDefault = static _ => false,
                    CreateArray = items => create.Invoke(null, [items])!,
                };
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableSortedDictionary<,>))
            {
                Type[] arguments = type.GetGenericArguments();
                Type pair = typeof(KeyValuePair<,>).MakeGenericType(arguments);
                MethodInfo create = typeof(Shape).GetMethod(nameof(CreateSortedDictionary), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(arguments);
                return new Shape
                {
                    Kind = ShapeKind.Array,
                    ElementType = pair,
                    IsDefault = static _ => false,
                    CreateArray = items => create.Invoke(null, [items])!,
                };
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
            {
                return new Shape { Kind = ShapeKind.Pair, Properties = [type.GetProperty("Key")!, type.GetProperty("Value")!] };
            }
            if (type.IsAbstract || type.IsInterface)
            {
                throw new NotSupportedException($"SnapshotJson cannot store the abstract type {type.FullName}; give it a leaf converter.");
            }
            PropertyInfo[] properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray();
            ConstructorInfo? best = null;
            PropertyInfo[] bestProperties = [];
            foreach (ConstructorInfo constructor in type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                ParameterInfo[] parameters = constructor.GetParameters();
                if (parameters.Length < (best?.GetParameters().Length ?? 0) || (best is not null && parameters.Length == best.GetParameters().Length))
                {
                    continue;
                }
                var matched = new PropertyInfo[parameters.Length];
                bool all = parameters.Length > 0;
                for (int i = 0; i < parameters.Length && all; i++)
                {
                    PropertyInfo? property = MatchingProperty(properties, parameters[i]);
                    all = property is not null && !matched.Contains(property);
                    if (all)
                    {
                        matched[i] = property!;
                    }
                }
                if (all)
                {
                    best = constructor;
                    bestProperties = matched;
                }
            }
            if (best is null)
            {
                throw new NotSupportedException($"SnapshotJson finds no constructor of {type.FullName} whose parameters all match its public properties.");
            }
            return new Shape
            {
                Kind = ShapeKind.Object,
                Constructor = best,
                Properties = bestProperties,
                Names = [.. bestProperties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))],
                Parameters = [.. best.GetParameters().Select(p => p.ParameterType)],
            };
        }

        // The property a constructor parameter sets: same type, and the same name, or the name with an Is/Has prefix,
        // or else the only property of that type (a private constructor may name its parameters freely).
        private static PropertyInfo? MatchingProperty(PropertyInfo[] properties, ParameterInfo parameter)
        {
            PropertyInfo[] sameType = [.. properties.Where(p => p.PropertyType == parameter.ParameterType)];
            string name = parameter.Name ?? string.Empty;
            return sameType.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? sameType.FirstOrDefault(p => string.Equals(p.Name, "Is" + name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(p.Name, "Has" + name, StringComparison.OrdinalIgnoreCase))
                ?? (sameType.Length == 1 ? sameType[0] : null);
        }

        private static ImmutableArray<T> CreateImmutableArray<T>(List<object?> items) => [.. items.Select(i => (T)i!)];

        private static ImmutableSortedSet<T> CreateSortedSet<T>(List<object?> items) => [.. items.Select(i => (T)i!)];

        private static ImmutableSortedDictionary<TKey, TValue> CreateSortedDictionary<TKey, TValue>(List<object?> items)
            where TKey : notnull =>
            ImmutableSortedDictionary.CreateRange(
                typeof(TKey) == typeof(string) ? (IComparer<TKey>)StringComparer.Ordinal : Comparer<TKey>.Default,
                items.Select(i => (KeyValuePair<TKey, TValue>)i!));

        private static ImmutableList<T> CreateList<T>(List<object?> items) => [.. items.Select(i => (T)i!)];
    }
}
