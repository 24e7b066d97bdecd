namespace OutSmart.Domain.SampleHost;

/// <summary>The process exit codes, one convention for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// The command ran but refused its input: an option value, a file's content, a rule or a date was invalid, or a
    /// file could not be read or written. The error code and the reason go to standard error; nothing is written.
    /// </summary>
    public const int Refused = 1;

    /// <summary>
    /// The command line itself is wrong: an unknown command or option, a required option missing, a value outside the
    /// listed choices, or options that do not go together. The parser's message and the help go to standard error.
    /// </summary>
    public const int Usage = 2;

    /// <summary>Gets the convention as the root <c>--help</c> states it.</summary>
    public static readonly string Description = string.Join(Environment.NewLine,
        "Exit codes (every command):",
        "  0  done.",
        "  1  refused: the input was refused (an option value, a file's content, a rule, a date, a size), or a file",
        "     could not be read or written; the error code and the reason go to standard error.",
        "  2  usage: the command line is wrong (an unknown command or option, a missing required option, a value",
        "     outside the listed choices, or options that do not go together).");
}
