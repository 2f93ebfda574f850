namespace FeminaBot.Conversations.Recognition;

/// <summary>Maps an activity's locale to a culture the recognizers know; English when unknown.</summary>
public static class RecognizerCulture
{
    private static readonly Dictionary<string, string> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = Microsoft.Recognizers.Text.Culture.English,
        ["es"] = Microsoft.Recognizers.Text.Culture.Spanish,
        ["fr"] = Microsoft.Recognizers.Text.Culture.French,
        ["pt"] = Microsoft.Recognizers.Text.Culture.Portuguese,
        ["de"] = Microsoft.Recognizers.Text.Culture.German,
        ["it"] = Microsoft.Recognizers.Text.Culture.Italian,
        ["nl"] = Microsoft.Recognizers.Text.Culture.Dutch,
        ["zh"] = Microsoft.Recognizers.Text.Culture.Chinese,
        ["ja"] = Microsoft.Recognizers.Text.Culture.Japanese,
    };

    /// <summary>The recognizer culture for a BCP-47 locale such as <c>en-US</c>.</summary>
    public static string For(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Microsoft.Recognizers.Text.Culture.English;
        }

        var language = locale.Split('-', '_')[0];
        return ByLanguage.GetValueOrDefault(language, Microsoft.Recognizers.Text.Culture.English);
    }
}
