namespace OutSmart.Domain.Architecture.Tests;

/// <summary>What one package may depend on.</summary>
/// <param name="Packages">The OutSmart packages it may reference; every other OutSmart package is forbidden.</param>
/// <param name="ThirdParty">The third-party assemblies it may reference; every other one is forbidden.</param>
/// <param name="BaseLibrary">The .NET base-library namespaces whose types it may use; every other one is forbidden.</param>
internal sealed record PackageRule(string[] Packages, string[] ThirdParty, string[] BaseLibrary);

/// <summary>
/// The one table of allowed package edges (docs/conventions.md, "Packages"): each package under src/ with the OutSmart
/// packages, third-party assemblies and base-library namespaces it may use. Anything not listed is forbidden. A
/// package under src/ that has no row here fails the architecture tests, so a new package is added here on purpose.
/// </summary>
internal static class PackageRules
{
    private const string Abstractions = "OutSmart.Domain.Abstractions";
    private const string Scheduling = "OutSmart.Domain.Scheduling";
    private const string Tasks = "OutSmart.Domain.Tasks";
    private const string WorkOrders = "OutSmart.Domain.WorkOrders";
    private const string Contracts = "OutSmart.Domain.Contracts";
    private const string Timesheets = "OutSmart.Domain.Timesheets";

    /// <summary>The domain packages: pure business rules, the ones a storage adapter maps.</summary>
    private static readonly string[] Domain = [Abstractions, Scheduling, Tasks, WorkOrders, Contracts, Timesheets];

    /// <summary>What a domain package may reference besides the platform (docs/conventions.md, "Packages").</summary>
    private static readonly string[] DomainThirdParty =
        ["NodaTime", "Ardalis.GuardClauses", "OneOf", "Microsoft.Extensions.DependencyInjection.Abstractions"];

    /// <summary>The base-library namespaces any package may use: values, collections, text and culture, async ports.</summary>
    private static readonly string[] CoreNamespaces =
    [
        "System",
        "System.Buffers",
        "System.Collections",
        "System.Collections.Frozen",
        "System.Collections.Generic",
        "System.Collections.Immutable",
        "System.Collections.ObjectModel",
        "System.Diagnostics",
        "System.Diagnostics.CodeAnalysis",
        "System.Globalization",
        "System.Linq",
        "System.Numerics",
        "System.Runtime.CompilerServices",
        // ImmutableCollectionsMarshal, CollectionsMarshal, MemoryMarshal: hand out arrays as ImmutableArray without a copy.
        "System.Runtime.InteropServices",
        "System.Text",
        "System.Threading",
        "System.Threading.Tasks",
    ];

    /// <summary>
    /// Single base-library types any package may use although their namespace is not allowed: those the compiler or
    /// SDK emits into every assembly, and <c>MemberInfo</c>, which <c>GetType().Name</c> refers to in a message.
    /// </summary>
    public static readonly string[] AllowedTypes =
    [
        "System.Reflection.MemberInfo",
        "System.Reflection.AssemblyCompanyAttribute",
        "System.Reflection.AssemblyConfigurationAttribute",
        "System.Reflection.AssemblyCopyrightAttribute",
        "System.Reflection.AssemblyDescriptionAttribute",
        "System.Reflection.AssemblyFileVersionAttribute",
        "System.Reflection.AssemblyInformationalVersionAttribute",
        "System.Reflection.AssemblyMetadataAttribute",
        "System.Reflection.AssemblyProductAttribute",
        "System.Reflection.AssemblyTitleAttribute",
        "System.Reflection.DefaultMemberAttribute",
        "System.Runtime.InteropServices.InAttribute",
        "System.Runtime.Versioning.TargetFrameworkAttribute",
        // What the compiler emits for an async iterator (IAsyncEnumerable<T> with yield) and for await foreach.
        "System.Runtime.ExceptionServices.ExceptionDispatchInfo",
        "System.Threading.Tasks.Sources.IValueTaskSource",
        "System.Threading.Tasks.Sources.IValueTaskSource`1",
        "System.Threading.Tasks.Sources.ManualResetValueTaskSourceCore`1",
        "System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags",
        "System.Threading.Tasks.Sources.ValueTaskSourceStatus",
    ];

    /// <summary>Each package, by name, with what it may use.</summary>
    public static readonly IReadOnlyDictionary<string, PackageRule> Table = new Dictionary<string, PackageRule>(StringComparer.Ordinal)
    {
        // The shared kernel: no registration method, so no DI abstractions.
        [Abstractions] = new([], ["NodaTime", "Ardalis.GuardClauses", "OneOf"], CoreNamespaces),
        // The recurrence engine shares year tables between threads and uses BMI2 bit tricks where the CPU has them.
        [Scheduling] = new([Abstractions], DomainThirdParty, [.. CoreNamespaces, "System.Collections.Concurrent", "System.Runtime.Intrinsics.X86"]),
        [Tasks] = new([Abstractions, Scheduling], DomainThirdParty, CoreNamespaces),
        // Signature ink arrives as signature_pad JSON (System.Text.Json) and is bound by a SHA-256 content hash.
        [WorkOrders] = new([Abstractions], DomainThirdParty, [.. CoreNamespaces, "System.Text.Json", "System.Security.Cryptography"]),
        // Contracts plan work orders and schedule visits.
        [Contracts] = new([Abstractions, Scheduling, WorkOrders], DomainThirdParty, CoreNamespaces),
        [Timesheets] = new([Abstractions, Scheduling], DomainThirdParty, CoreNamespaces),

        // The SkiaSharp renderer returns PNG bytes and SVG text; it does no I/O of its own.
        ["OutSmart.Domain.WorkOrders.Rendering"] = new([Abstractions, WorkOrders], [.. DomainThirdParty, "SkiaSharp"], CoreNamespaces),
        // Payroll CSV: the only I/O of Timesheets lives here.
        ["OutSmart.Domain.Timesheets.Csv"] =
            new([Abstractions, Timesheets], [.. DomainThirdParty, "CsvHelper", "CsvHelper.Configuration"], [.. CoreNamespaces, "System.IO"]),

        // Storage adapters map the domain packages' snapshots; the contract test kit drives any adapter.
        ["OutSmart.Domain.Storage.InMemory"] = new(Domain, DomainThirdParty, [.. CoreNamespaces, "System.Collections.Concurrent"]),
        // The SQL layer both database adapters share: System.Data.Common only, snapshots as System.Text.Json text; the
        // snapshot codec finds each value's constructor by reflection (cached per type), so a new domain value needs no
        // mapping code. ExceptionDispatchInfo is what the compiler emits for an await inside catch or finally.
        ["OutSmart.Domain.Storage.Relational"] =
            new(Domain, DomainThirdParty,
                [.. CoreNamespaces, "System.Collections.Concurrent", "System.Data", "System.Data.Common", "System.Text.Json", "System.Reflection", "System.Runtime.ExceptionServices"]),
        ["OutSmart.Domain.Storage.Sqlite"] =
            new([.. Domain, "OutSmart.Domain.Storage.Relational"], [.. DomainThirdParty, "Microsoft.Data.Sqlite"],
                [.. CoreNamespaces, "System.Collections.Concurrent", "System.Data", "System.Data.Common", "System.Text.Json", "System.Runtime.ExceptionServices"]),
        ["OutSmart.Domain.Storage.PostgreSql"] =
            new([.. Domain, "OutSmart.Domain.Storage.Relational"], [.. DomainThirdParty, "Npgsql", "Npgsql.NodaTime"], [.. CoreNamespaces, "System.Collections.Concurrent", "System.Data", "System.Data.Common", "System.Text.Json"]),
        ["OutSmart.Domain.Storage.Testing"] =
            // The concurrent-writer suite collects its writer threads' failures in a ConcurrentQueue.
            new(Domain, [.. DomainThirdParty, "NodaTime.Testing", "xunit.v3.assert", "xunit.v3.core", "xunit.v3.common"], [.. CoreNamespaces, "System.Collections.Concurrent"]),
    };

    /// <summary>
    /// The forbidden edges that matter most, stated once more as a check on <see cref="Table"/>: each technology's
    /// assemblies may be referenced by the one package built for it and by no other.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> TechnologyHomes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SkiaSharp"] = "OutSmart.Domain.WorkOrders.Rendering",
        ["CsvHelper"] = "OutSmart.Domain.Timesheets.Csv",
        ["Microsoft.Data.Sqlite"] = "OutSmart.Domain.Storage.Sqlite",
        ["Npgsql"] = "OutSmart.Domain.Storage.PostgreSql",
        ["Npgsql.NodaTime"] = "OutSmart.Domain.Storage.PostgreSql",
        ["xunit.v3.core"] = "OutSmart.Domain.Storage.Testing",
        ["xunit.v3.assert"] = "OutSmart.Domain.Storage.Testing",
    };

    /// <summary>Gets whether <paramref name="assembly"/> belongs to the .NET platform rather than a package.</summary>
    public static bool IsPlatform(string assembly) =>
        assembly is "netstandard" or "mscorlib"
        || assembly.StartsWith("System.", StringComparison.Ordinal) || assembly == "System"
        || assembly.StartsWith("Microsoft.Win32.", StringComparison.Ordinal);
}
