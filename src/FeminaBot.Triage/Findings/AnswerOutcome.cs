namespace FeminaBot.Triage.Findings;

/// <summary>What the bot made of a message during triage: whether it learned anything, and what to tell the person about it.</summary>
/// <param name="Understood">Whether the message answered the question or stated any sign.</param>
/// <param name="Notes">Messages to send first, such as "99.5 °F is below 100.4 °F, so I won't count it as a fever".</param>
/// <param name="AskTemperatureAgain">A number was given for the temperature but fits neither scale.</param>
public sealed record AnswerOutcome(bool Understood, IReadOnlyList<string> Notes, bool AskTemperatureAgain);
