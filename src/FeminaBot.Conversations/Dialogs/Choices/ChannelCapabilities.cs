using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Dialogs.Choices;

/// <summary>
/// What each channel can show, following the Bot Framework's channel tables (botbuilder-dotnet's
/// <c>Channel</c> class): how many suggested actions and card buttons, if any.
/// </summary>
public static class ChannelCapabilities
{
    /// <summary>Longer titles do not fit on a button; choices then become a numbered list.</summary>
    public const int MaxActionTitleLength = 20;

    /// <summary>Whether the channel shows <paramref name="count"/> suggested-action buttons.</summary>
    public static bool SupportsSuggestedActions(string? channelId, int count = 100, string? conversationType = null) => channelId switch
    {
        "facebook" or "skype" => count <= 10,
        "line" => count <= 13,
        "kik" => count <= 20,
        "telegram" or Channels.Emulator or Channels.Directline or "directlinespeech" or Channels.Webchat => count <= 100,
        // Teams shows suggested actions only in personal chat, and at most three.
        Channels.Msteams => conversationType == "personal" && count <= 3,
        _ => false,
    };

    /// <summary>Whether the channel shows <paramref name="count"/> buttons on a card.</summary>
    public static bool SupportsCardActions(string? channelId, int count = 100) => channelId switch
    {
        "facebook" or "skype" => count <= 3,
        "line" => count <= 99,
        "slack" or "telegram" or Channels.Emulator or Channels.Directline or "directlinespeech" or Channels.Webchat or "cortana" => count <= 100,
        Channels.Msteams => count <= 50,
        _ => false,
    };

    /// <summary>Whether the channel shows buttons at all; SMS and the console do not.</summary>
    public static bool SupportsButtons(string? channelId) => SupportsSuggestedActions(channelId, 1, "personal") || SupportsCardActions(channelId, 1);
}
