namespace FeminaBot.Triage.Content;

/// <summary>Where triage sends the person (docs/clinical-rules.md, "Routes, in order").</summary>
public enum Route
{
    /// <summary>Call 911 now.</summary>
    Emergency,

    /// <summary>Contact the doctor, midwife or OB today.</summary>
    Provider,

    /// <summary>Therapeutic Breast Massage in Lactation, coached step by step.</summary>
    Tbml,

    /// <summary>An evaluation at the nearest office.</summary>
    Clinic,
}
