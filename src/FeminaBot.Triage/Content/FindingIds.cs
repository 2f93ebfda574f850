namespace FeminaBot.Triage.Content;

/// <summary>The ids of the findings in dialogs/findings.yaml that the code itself relies on.</summary>
public static class FindingIds
{
    /// <summary>Fullness or engorgement.</summary>
    public const string Fullness = "fullness";
    /// <summary>A lump, knot or tender spot.</summary>
    public const string Lump = "lump";
    /// <summary>A milk bleb.</summary>
    public const string Bleb = "bleb";
    /// <summary>Redness or warmth.</summary>
    public const string Redness = "redness";
    /// <summary>A fever, reported or measured.</summary>
    public const string Fever = "fever";
    /// <summary>Chills.</summary>
    public const string Chills = "chills";
    /// <summary>Body aches.</summary>
    public const string BodyAches = "bodyAches";
    /// <summary>Pus or bloody discharge, told rather than asked.</summary>
    public const string Discharge = "discharge";
    /// <summary>A lump that lasts or keeps coming back, or a sign no better after self-care, told rather than asked.</summary>
    public const string Lasting = "lasting";
    /// <summary>The safety check, as a whole.</summary>
    public const string Emergency = "emergency";

    /// <summary>Every finding the bot asks about.</summary>
    public static IReadOnlyList<string> All { get; } = [Fullness, Lump, Bleb, Redness, Fever, Chills, BodyAches];

    /// <summary>The signs that send the person to her provider when she tells them, though the bot does not ask.</summary>
    public static IReadOnlyList<string> Told { get; } = [Discharge, Lasting];
}
