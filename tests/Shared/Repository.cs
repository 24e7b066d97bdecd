namespace OutSmart.Domain.Tests;

/// <summary>The repository these tests run in, found from the test assembly rather than a fixed path; linked into
/// each test project that reads the repository's files.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    /// <summary>Gets the folder that holds OutSmart.Domain.sln.</summary>
    public static string Root => RootDirectory.Value;

    /// <summary>Returns the full path of <paramref name="relativePath"/>, written with forward slashes from the root.</summary>
    public static string PathOf(string relativePath) => Path.Combine([Root, .. relativePath.Split('/')]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutSmart.Domain.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains OutSmart.Domain.sln.");
    }
}
