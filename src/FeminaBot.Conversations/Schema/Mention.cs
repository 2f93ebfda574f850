using System.Text.Json;

namespace FeminaBot.Conversations.Schema;

/// <summary>An @mention entity: who was mentioned, and the text that marks it in the message.</summary>
public sealed record Mention(string? MentionedId, string? MentionedName, string? Text)
{
    /// <summary>The entity type of a mention.</summary>
    public const string EntityType = "mention";

    /// <summary>Reads a mention out of an entity, if it is one.</summary>
    public static bool TryFrom(Entity entity, out Mention mention)
    {
        ArgumentNullException.ThrowIfNull(entity);
        mention = new Mention(null, null, null);
        if (!string.Equals(entity.Type, EntityType, StringComparison.OrdinalIgnoreCase) || entity.Properties is null)
        {
            return false;
        }

        string? id = null, name = null, text = null;
        if (entity.Properties.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object)
        {
            id = StringMember(mentioned, "id");
            name = StringMember(mentioned, "name");
        }

        if (entity.Properties.TryGetValue("text", out var textElement) && textElement.ValueKind == JsonValueKind.String)
        {
            text = textElement.GetString();
        }

        mention = new Mention(id, name, text);
        return true;
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
