namespace FeminaBot.Triage.Understanding;

/// <summary>What the words around a sign say of it (dialogs/context.yaml): ConText's categories.</summary>
[Flags]
public enum Modifier
{
    /// <summary>Said plainly.</summary>
    None = 0,

    /// <summary>Denied: "no fever".</summary>
    Negated = 1,

    /// <summary>Gone now: "the fever broke".</summary>
    Resolved = 2,

    /// <summary>Of another time: "mastitis with my first".</summary>
    Historical = 4,

    /// <summary>Might happen, or asked about: "what if I get a fever".</summary>
    Hypothetical = 8,

    /// <summary>Not sure: "maybe a bit red".</summary>
    Uncertain = 16,

    /// <summary>The baby's: "my baby has a fever".</summary>
    Baby = 32,

    /// <summary>Someone else's: "my sister had mastitis".</summary>
    Other = 64,
}
