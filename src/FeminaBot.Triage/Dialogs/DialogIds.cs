namespace FeminaBot.Triage.Dialogs;

/// <summary>The ids of FeminaBot's dialogs.</summary>
public static class DialogIds
{
    /// <summary>The safety check and triage questions.</summary>
    public const string Triage = "triage";

    /// <summary>The massage coaching.</summary>
    public const string Coaching = "coaching";
}
