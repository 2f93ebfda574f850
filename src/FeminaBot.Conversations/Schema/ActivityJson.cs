using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace FeminaBot.Conversations.Schema;

/// <summary>
/// The one way activities become JSON and back: source-generated, camelCase, nulls and empty
/// lists omitted (spec A2004, A3050), any casing accepted on read.
/// </summary>
public static class ActivityJson
{
    /// <summary>Serializer options for every wire type of this runtime.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The contract for <see cref="Schema.Activity"/>.</summary>
    public static JsonTypeInfo<Activity> Activity { get; } = InfoFor<Activity>();

    /// <summary>The contract for <see cref="Schema.ExpectedReplies"/>.</summary>
    public static JsonTypeInfo<ExpectedReplies> ExpectedReplies { get; } = InfoFor<ExpectedReplies>();

    /// <summary>The contract for <see cref="Schema.ResourceResponse"/>.</summary>
    public static JsonTypeInfo<ResourceResponse> ResourceResponse { get; } = InfoFor<ResourceResponse>();

    /// <summary>The contract for <see cref="Schema.ConversationReference"/>.</summary>
    public static JsonTypeInfo<ConversationReference> ConversationReference { get; } = InfoFor<ConversationReference>();

    /// <summary>The contract for <see cref="Schema.HeroCard"/>.</summary>
    public static JsonTypeInfo<HeroCard> HeroCard { get; } = InfoFor<HeroCard>();

    /// <summary>Reads one activity; throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static Activity? Deserialize(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize(utf8Json, Activity);

    /// <summary>Reads one activity from text.</summary>
    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize(json, Activity);

    /// <summary>Writes one activity as JSON text.</summary>
    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Activity);

    /// <summary>A JSON string value, for <see cref="CardAction.Value"/> and the like.</summary>
    public static JsonElement StringElement(string value) =>
        JsonSerializer.SerializeToElement(value, ActivityJsonContext.Default.String);

    private static JsonTypeInfo<T> InfoFor<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ActivityJsonContext.Default.Options)
        {
            TypeInfoResolver = ActivityJsonContext.Default.WithAddedModifier(OmitEmptyLists),
        };
        options.MakeReadOnly();
        return options;
    }

    // Senders should not emit empty arrays (A3050, A2100); receivers that see "attachments": []
    // from us would otherwise render an empty card area on some channels.
    private static void OmitEmptyLists(JsonTypeInfo typeInfo)
    {
        // An expectReplies answer with nothing to say is still {"activities":[]}.
        if (typeInfo.Type == typeof(ExpectedReplies))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is not (null or ICollection { Count: 0 });
            }
        }
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(HeroCard))]
[JsonSerializable(typeof(string))]
internal sealed partial class ActivityJsonContext : JsonSerializerContext;
