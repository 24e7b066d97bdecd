using System.Reflection;

namespace OutSmart.Domain.Architecture.Tests.Documentation;

/// <summary>Keeps docs/rules.md and the error types of every package in step (docs/conventions.md, "Errors").</summary>
public sealed class RulesDocumentTests
{
    private const BindingFlags AnyMember = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    [Fact]
    public void RulesDocument_ListsEveryErrorCodeExactlyOnceWithItsTypeWhereItIsEnforcedAndAnExistingTest()
    {
        IReadOnlyList<ErrorCode> errors = ErrorCode.All();
        IReadOnlyList<RuleRow> rows = RuleRow.Parse(File.ReadAllText(Repository.PathOf(RuleRow.Path)));
        var problems = new List<string>();

        problems.AddRange(errors.Where(error => error.Code is null)
            .Select(error => $"{error.Name}: its Code could not be read without an instance; make it a constant, a switch on an enum property, or …Code constants."));
        problems.AddRange(errors.Where(error => error.Code is not null)
            .GroupBy(error => error.Code, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key} is the code of {string.Join(", ", group.Select(error => error.Name))}: every error type needs its own code."));
        var codeOwners = errors.Where(error => error.Code is not null).ToLookup(error => error.Code!, StringComparer.Ordinal);
        foreach (ErrorCode error in errors.Where(error => error.Code is not null).DistinctBy(error => error.Code))
        {
            var listed = rows.Where(row => row.Codes.Contains(error.Code!)).ToList();
            if (listed.Count == 0)
            {
                problems.Add($"{error.Code} ({error.Name}) has no row in {RuleRow.Path}.");
            }
            else if (listed.Count > 1)
            {
                problems.Add($"{error.Code} appears in {listed.Count} rows of {RuleRow.Path} (lines {string.Join(", ", listed.Select(row => row.Line))}); list it once.");
            }
            else if (codeOwners[error.Code!].Count() == 1 && !listed[0].Types.Contains(error.Type.Name))
            {
                problems.Add($"{RuleRow.Path} line {listed[0].Line}: {error.Code} is the code of {error.Name}, but the row names {string.Join(", ", listed[0].Types)}.");
            }
        }
        var knownCodes = errors.Select(error => error.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var listedTypes = rows.SelectMany(row => row.Types).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(errors.Select(error => error.Type).Distinct().Where(type => !listedTypes.Contains(type.Name))
            .Select(type => $"{type.FullName} implements IDomainError but no row of {RuleRow.Path} names it."));
        foreach (RuleRow row in rows)
        {
            problems.AddRange(row.RuleIds.Where(id => !RuleRow.IsRuleId(id))
                .Select(id => $"{RuleRow.Path} line {row.Line}: \"{id}\" is neither a rule id (TSK-01, WO-05, SIG-10) nor —."));
            problems.AddRange(row.Codes.Where(code => !knownCodes.Contains(code))
                .Select(code => $"{RuleRow.Path} line {row.Line}: no error type has the code {code}."));
            problems.AddRange(row.ProvedBy.Where(test => !TestExists(test))
                .Select(test => $"{RuleRow.Path} line {row.Line}: the test {test} does not exist (Class.Method, a public method of a class under tests/)."));
            problems.AddRange(row.EnforcedIn.Where(method => !MethodExists(method))
                .Select(method => $"{RuleRow.Path} line {row.Line}: {method} is not a method of a type in the packages."));
            if (row.ProvedBy.Count == 0)
            {
                problems.Add($"{RuleRow.Path} line {row.Line}: name the test that proves {string.Join(", ", row.Codes)}.");
            }
        }

        Assert.True(rows.Count > 0, $"{RuleRow.Path} has no rule table.");
        Assert.True(problems.Count == 0, $"{RuleRow.Path} and the error types disagree in {problems.Count} places:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void RuleRowParse_ReadsCodesTypesAndTestsFromAFiveColumnRow()
    {
        const string Table = """
            | Rule | Code | Error type | Enforced in | Proved by |
            | --- | --- | --- | --- | --- |
            | SIG-03 | `A_CODE` | `One`; `Two` (`Reason`) | `Type.Method` | `SomeTests.Method_WhenX_Y`, `OtherTests.Z` |
            """;

        RuleRow row = Assert.Single(RuleRow.Parse(Table));

        Assert.Equal(["SIG-03"], row.RuleIds);
        Assert.Equal(["A_CODE"], row.Codes);
        Assert.Equal(["One", "Two"], row.Types);
        Assert.Equal(["Type.Method"], row.EnforcedIn);
        Assert.Equal(["SomeTests.Method_WhenX_Y", "OtherTests.Z"], row.ProvedBy);
    }

    [Fact]
    public void ErrorCodes_ReadEveryReasonOfATypeWhoseCodeDependsOnIt()
    {
        var codes = ErrorCode.All().Where(error => error.Type.Name == "SendBlocker").Select(error => error.Code).ToList();

        Assert.Contains("SIGNATURE_STALE", codes);
        Assert.Contains("TIMER_RUNNING", codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void ErrorCodes_ReadEveryReasonOfSignatureRejectedAsItsOwnCode()
    {
        var codes = ErrorCode.All().Where(error => error.Type.Name == "SignatureRejected").Select(error => error.Code).ToList();

        Assert.Contains("SIGNATURE_DUPLICATE_KEY", codes);
        Assert.Contains("SIGNATURE_INK_CANVAS_INVALID", codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void ErrorCodes_WhenAReasonIsUndefined_FallBackToNoCodeOfAnotherErrorType()
    {
        var owners = ErrorCode.All().Where(error => error.Code is not null).ToLookup(error => error.Code!, StringComparer.Ordinal);

        var borrowed = ErrorCode.Fallbacks()
            .Where(fallback => fallback.Code is null || owners[fallback.Code].Any(owner => owner.Type != fallback.Type))
            .Select(fallback => $"{fallback.Name} answers {fallback.Code ?? "nothing readable"}, the code of {string.Join(", ", owners[fallback.Code ?? string.Empty].Select(owner => owner.Name))}")
            .ToList();

        Assert.NotEmpty(ErrorCode.Fallbacks());
        Assert.True(borrowed.Count == 0, string.Join(Environment.NewLine, borrowed));
    }

    [Fact]
    public void SourceIndexHasMethod_FindsAnExistingTestAndNotAMissingOne()
    {
        bool existing = SourceIndex.HasMethod(nameof(RulesDocumentTests), nameof(RuleRowParse_ReadsCodesTypesAndTestsFromAFiveColumnRow));
        bool missing = SourceIndex.HasMethod(nameof(RulesDocumentTests), "Method_ThatNobodyWrote");

        Assert.True(existing);
        Assert.False(missing);
    }

    private static bool TestExists(string test)
    {
        int dot = test.LastIndexOf('.');
        return dot > 0 && SourceIndex.HasMethod(test[..dot], test[(dot + 1)..]);
    }

    private static bool MethodExists(string qualified)
    {
        int dot = qualified.LastIndexOf('.');
        if (dot <= 0)
        {
            return false;
        }
        string typeName = qualified[..dot];
        string methodName = qualified[(dot + 1)..];
        return Packages.Names
            .SelectMany(package => Packages.Load(package).GetTypes())
            .Where(type => type.Name == typeName)
            .Any(type => type.GetMember(methodName, MemberTypes.Method, AnyMember).Length > 0);
    }
}
