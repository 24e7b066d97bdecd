using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OutSmart.Domain.SampleHost.Storage;
using OutSmart.Domain.SampleHost.Tasks;

namespace OutSmart.Domain.SampleHost;

/// <summary>The default command: the database chapter, then every sample's story, in order.</summary>
internal static class Story
{
    /// <summary>Opens <paramref name="store"/> and tells the whole story on it; a store that cannot be opened is one
    /// line on <paramref name="error"/> and exit code 1.</summary>
    public static int Run(IReadOnlyList<ISample> samples, StoreChoice store, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        var clock = new StoryClock(Instant.FromUtc(2026, 3, 1, 6, 0));
        using ServiceProvider? services = HostStore.Open(store, clock, error, DatabaseStory.Configure);
        if (services is null)
        {
            return ExitCodes.Refused;
        }
        bool progressBars = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        try
        {
            return Tell(samples, new StoryContext(output, services, clock, store, progressBars));
        }
        catch (Exception exception) when (HostStore.IsStoreFailure(exception))
        {
            error.WriteLine(HostStore.Failure(store, exception));
            return ExitCodes.Refused;
        }
    }

    /// <summary>Tells the database chapter and then every sample's chapter on <paramref name="context"/>.</summary>
    public static int Tell(IReadOnlyList<ISample> samples, StoryContext context)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(context);
        context.Output.WriteLine($"=== {DatabaseStory.Title} ===");
        int exitCode = DatabaseStory.Tell(context);
        if (exitCode != ExitCodes.Success)
        {
            return exitCode;
        }
        foreach (ISample sample in samples)
        {
            context.Output.WriteLine();
            context.Output.WriteLine($"=== {sample.Title} ===");
            exitCode = sample.TellStory(context);
            if (exitCode != ExitCodes.Success)
            {
                return exitCode;
            }
        }
        return ExitCodes.Success;
    }
}
