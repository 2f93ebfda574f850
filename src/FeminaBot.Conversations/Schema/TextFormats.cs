namespace FeminaBot.Conversations.Schema;

/// <summary>The formats of an activity's text.</summary>
public static class TextFormats
{
    /// <summary>Plain text.</summary>
    public const string Plain = "plain";
    /// <summary>Markdown.</summary>
    public const string Markdown = "markdown";
    /// <summary>A subset of HTML.</summary>
    public const string Xml = "xml";
}
