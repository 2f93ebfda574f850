namespace FeminaBot.Triage.Dialogs;

/// <summary>The ids of FeminaBot's dialogs.</summary>
public static class DialogIds
{
    /// <summary>The safety check and triage questions.</summary>
    public const string Triage = "triage";

    /// <summary>A triage question and its answer (inside the triage).</summary>
    public const string Answer = "triage.answer";

    /// <summary>The menu of what the bot can do, shown when no dialog is under way.</summary>
    public const string Menu = "menu";

    /// <summary>The massage coaching.</summary>
    public const string Coaching = "coaching";

    /// <summary>The offer of a check-in about a day later.</summary>
    public const string CheckInOffer = "checkIn.offer";

    /// <summary>The check-in's question and its answer.</summary>
    public const string CheckIn = "checkIn";
}
