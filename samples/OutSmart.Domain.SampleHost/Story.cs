namespace OutSmart.Domain.SampleHost;

/// <summary>The default command: every sample's story, in order.</summary>
internal static class Story
{
    public static int Tell(IReadOnlyList<ISample> samples, TextWriter output)
    {
        foreach (ISample sample in samples)
        {
            output.WriteLine();
            output.WriteLine($"=== {sample.Title} ===");
            int exitCode = sample.TellStory(output);
            if (exitCode != ExitCodes.Success)
            {
                return exitCode;
            }
        }
        return ExitCodes.Success;
    }
}
