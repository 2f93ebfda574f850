namespace FeminaBot.Triage.Understanding;

/// <summary>The emergency sign ids the code itself gives, beside those named in dialogs/findings.yaml.</summary>
public static class EmergencySigns
{
    /// <summary>A reading at or above the emergency threshold.</summary>
    public const string HighTemperature = "temperature";

    /// <summary>Spreading redness, dark skin or pus, with feeling very ill.</summary>
    public const string SevereInfection = "severeInfection";

    /// <summary>A baby who is not breathing, is blue or limp, will not wake, or has a seizure.</summary>
    public const string Baby = "baby";

    /// <summary>Chest pain or a racing heart, also given as a heart rate (findings.yaml's <c>chest</c>).</summary>
    public const string Chest = "chest";

    /// <summary>Thoughts of harming herself or the baby: 988 as well as 911 (findings.yaml's <c>harm</c>).</summary>
    public const string Harm = "harm";
}
