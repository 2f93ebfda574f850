namespace FeminaBot.Triage.Recognition;

/// <summary>What a message asks the bot to do, apart from answering a question.</summary>
public enum Command
{
    /// <summary>Nothing special.</summary>
    None,

    /// <summary>Explain what the bot can do.</summary>
    Help,

    /// <summary>Forget the triage and begin again.</summary>
    StartOver,

    /// <summary>Stop what is going on.</summary>
    Cancel,

    /// <summary>Erase the conversation's and the user's state.</summary>
    DeleteData,

    /// <summary>Check symptoms.</summary>
    CheckSymptoms,

    /// <summary>The massage steps.</summary>
    Massage,

    /// <summary>The offices and their hours.</summary>
    Offices,

    /// <summary>A greeting.</summary>
    Greeting,

    /// <summary>Talk of breast pain or breastfeeding trouble with no particular sign.</summary>
    BreastTrouble,
}
