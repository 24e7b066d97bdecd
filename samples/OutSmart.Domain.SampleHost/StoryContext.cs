using OutSmart.Domain.SampleHost.Storage;
using OutSmart.Domain.SampleHost.Tasks;

namespace OutSmart.Domain.SampleHost;

/// <summary>What the default story is told with: where it writes, the host's services over the chosen database, the
/// story's clock, and the folder next to the database where files (PNG, CSV) go.</summary>
/// <param name="Output">Where the story is written.</param>
/// <param name="Services">The host's services over <paramref name="Store"/> (see <see cref="HostStore"/>).</param>
/// <param name="Clock">The clock registered in <paramref name="Services"/>; the story moves it.</param>
/// <param name="Store">The database.</param>
/// <param name="ProgressBars">Whether long steps show progress bars (an interactive console).</param>
internal sealed record StoryContext(TextWriter Output, IServiceProvider Services, StoryClock Clock, StoreChoice Store, bool ProgressBars)
{
    /// <summary>Gets the folder next to the database, where the story writes its files.</summary>
    public string Folder => Store.OutputFolder;
}
