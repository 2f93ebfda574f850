namespace FeminaBot.DirectLine;

/// <summary>The embedded Direct Line 3.0 service (section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// The secret that lets a trusted server call <c>/v3/directline/tokens/generate</c>; never sent to a
    /// browser. It also signs tokens, so tokens stay valid across restarts; without it, a random key
    /// is kept in the store (SQLite or Redis), or with the Memory store made at start, ending tokens with the process.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>How long a token lives; Web Chat refreshes every 15 minutes, so keep it longer.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many page tokens one address may get a minute; more is answered 429, so nobody can mint conversations without end.</summary>
    public int TokensPerMinute { get; set; } = 30;

    /// <summary>How many activities one conversation may post a minute; more is answered 429, so one page cannot flood the bot. A parent types far fewer.</summary>
    public int ActivitiesPerMinute { get; set; } = 60;

    public const int DefaultMaxConversations = 10_000;

    public const int DefaultMaxActivitiesPerConversation = 500;

    /// <summary>With the Memory store: how many conversations the in-process log holds; beyond it the least recently used is forgotten.</summary>
    public int MaxConversations { get; set; } = DefaultMaxConversations;

    /// <summary>With the Memory store: how many of a conversation's newest activities the in-process log keeps.</summary>
    public int MaxActivitiesPerConversation { get; set; } = DefaultMaxActivitiesPerConversation;

    /// <summary>Web sites allowed to call the service from a browser (CORS), such as <c>https://www.example.org</c>; the host's own page always may.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
