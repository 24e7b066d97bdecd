namespace OutSmart.Domain.SampleHost.JsonLines;

/// <summary>Why one JSON Lines case was refused: written as <c>{"id": ..., "error": {"code": ..., "message": ...}}</c>.</summary>
/// <param name="Code">The stable upper-case code, such as <c>FIELD_INVALID</c> or a domain error's code.</param>
/// <param name="Message">English text for the person who wrote the line.</param>
internal sealed record CaseError(string Code, string Message);
