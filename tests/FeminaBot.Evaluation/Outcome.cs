namespace FeminaBot.Evaluation;

/// <summary>Where a conversation ended: one of the four routes, the baby's doctor, or nowhere.</summary>
public enum Outcome
{
    /// <summary>No route and no advice about the baby.</summary>
    None,

    /// <summary>The bot pointed to the baby's doctor and gave the parent no route.</summary>
    Baby,

    /// <summary>A physical therapy evaluation.</summary>
    Clinic,

    /// <summary>The massage was coached.</summary>
    Tbml,

    /// <summary>Contact the doctor, midwife or OB today.</summary>
    Provider,

    /// <summary>Call 911.</summary>
    Emergency,
}

/// <summary>How much care an outcome sends the person to: emergency above provider above the rest above none.</summary>
public static class OutcomeRanks
{
    public static int Rank(this Outcome outcome) => outcome switch
    {
        Outcome.Emergency => 3,
        Outcome.Provider => 2,
        Outcome.None => 0,
        _ => 1,
    };
}
