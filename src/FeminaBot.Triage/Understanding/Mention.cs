namespace FeminaBot.Triage.Understanding;

/// <summary>Where a phrase of dialogs/ stands in a message: its group and id, and the words it covers.</summary>
/// <param name="Group">What kind of phrase: a finding, an emergency sign, a modifier, and so on.</param>
/// <param name="Id">Which one within the group, such as <c>fever</c> or <c>harm</c>.</param>
/// <param name="Start">Its first word.</param>
/// <param name="End">Its last word.</param>
/// <param name="Gaps">Which words after <paramref name="Start"/> stand between its parts and are not its own ("heart is really pounding"), one bit each.</param>
internal readonly record struct Mention(PhraseGroup Group, string Id, int Start, int End, ulong Gaps)
{
    /// <summary>Whether the word at <paramref name="at"/> is a word between its parts.</summary>
    public bool IsGap(int at) => at > Start && at - Start < 64 && (Gaps & (1UL << (at - Start))) != 0;
}

/// <summary>The kinds of phrase FeminaBot looks for.</summary>
internal enum PhraseGroup
{
    Finding,
    FindingDenied,
    Told,
    Recurring,
    NotBetter,
    NotSign,
    Condition,
    HeartRate,
    Emergency,
    SevereSign,
    SevereWith,
    HarmDeath,
    HarmWith,
    BabyEmergency,
    BabyIll,
    Duration,
    Age,
    Trigger,
    Pseudo,
    Terminate,
}
