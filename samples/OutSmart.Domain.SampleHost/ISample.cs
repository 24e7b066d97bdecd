using System.CommandLine;

namespace OutSmart.Domain.SampleHost;

/// <summary>One package's part of the sample host: its subcommand and its chapter of the default story.</summary>
internal interface ISample
{
    /// <summary>Gets the chapter title shown by the default story.</summary>
    string Title { get; }

    /// <summary>Creates the package's subcommand (for example <c>tasks</c> or <c>schedule</c>).</summary>
    Command CreateCommand();

    /// <summary>Tells the package's story on <see cref="StoryContext.Output"/>; returns the process exit code (0 for
    /// success). A chapter that stores nothing lasting may keep its own in-memory services.</summary>
    int TellStory(StoryContext context);
}
