using OutSmart.Domain.SampleHost.Contracts;

namespace OutSmart.Domain.SampleHost.Tests.Contracts;

public sealed class SlaStoryTests
{
    [Fact]
    public void Tell_ShowsTheDeadlineUnknownWhilePausedAndMovedByThePauseOnceResumed()
    {
        using var output = new StringWriter();

        int exitCode = ContractsSlaStory.Tell(output);

        string story = output.ToString();
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("response   within 4 business hours: deadline not known while paused, paused", story);
        // Friday 15:00–17:00 and Monday 11:00–13:00 after the pause: the response at 13:00 is just in time.
        Assert.Contains("response   within 4 business hours: due Mon 30 March 13:00, met", story);
        Assert.Contains("resolution within 16 business hours: due Tue 31 March 16:00, on track", story);
    }
}
