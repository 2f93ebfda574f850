namespace FeminaBot.Triage.Recognition;

/// <summary>What a message says about a sign.</summary>
public enum Polarity
{
    /// <summary>The person has it.</summary>
    Yes,

    /// <summary>The person does not have it.</summary>
    No,

    /// <summary>The person is not sure.</summary>
    Unsure,
}
