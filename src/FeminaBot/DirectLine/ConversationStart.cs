using System.Text.Json;
using System.Text.RegularExpressions;

namespace FeminaBot.DirectLine;

/// <summary>
/// What a client may ask of a conversation it starts: DirectLineJS, given
/// <c>conversationStartProperties.locale</c>, posts <c>{"user":{"id":...},"locale":"es-US"}</c> to
/// <c>conversations</c>, so the bot's greeting, sent on the conversationUpdate, is in that language.
/// </summary>
internal static partial class ConversationStart
{
    /// <summary>The locale the body asks for, when it is a short BCP 47 tag; a missing, malformed or odd one is ignored, as before.</summary>
    public static async Task<string?> LocaleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0)
        {
            return null;
        }

        try
        {
            var parameters = await JsonSerializer.DeserializeAsync(request.Body, DirectLineJsonContext.Default.ConversationParameters, cancellationToken);
            return Locale(parameters?.Locale);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The tag when it is a language of two or three letters with up to three subtags (script, region, variant), such as <c>es-US</c> or <c>zh-Hant-TW</c>; else null.</summary>
    public static string? Locale(string? tag) => tag is not null && LanguageTag().IsMatch(tag) ? tag : null;

    [GeneratedRegex(@"\A[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
