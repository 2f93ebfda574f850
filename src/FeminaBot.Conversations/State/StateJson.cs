using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FeminaBot.Conversations.Dialogs;

namespace FeminaBot.Conversations.State;

/// <summary>
/// Serializer options for state: the runtime's own types are source-generated; a bot's own state
/// types fall back to reflection unless it passes its own contract to <see cref="BotState.CreateProperty{T}(string, JsonTypeInfo{T})"/>.
/// </summary>
public static class StateJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(DialogJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(DialogJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}
