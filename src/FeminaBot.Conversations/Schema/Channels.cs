namespace FeminaBot.Conversations.Schema;

/// <summary>The channel ids FeminaBot meets.</summary>
public static class Channels
{
    /// <summary>Direct Line, including our own embedded Direct Line.</summary>
    public const string Directline = "directline";
    /// <summary>Azure's Web Chat channel, and the id Web Chat stamps on its own posts.</summary>
    public const string Webchat = "webchat";
    /// <summary>The Bot Framework Emulator; the only channel that receives traces.</summary>
    public const string Emulator = "emulator";
    /// <summary>Microsoft Teams.</summary>
    public const string Msteams = "msteams";
    /// <summary>SMS (Azure's Twilio channel, and FeminaBot's own Twilio adapter).</summary>
    public const string Sms = "sms";
    /// <summary>The id older Twilio adapters used.</summary>
    public const string TwilioSms = "twilio-sms";
    /// <summary>Tests.</summary>
    public const string Test = "test";
    /// <summary>FeminaBot's terminal channel.</summary>
    public const string Console = "console";
}
