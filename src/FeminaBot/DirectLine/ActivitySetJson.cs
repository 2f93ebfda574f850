using System.Buffers;
using System.Globalization;
using System.Text.Json;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.DirectLine;

/// <summary>Writes an activity set with the activities in the runtime's own JSON form.</summary>
internal static class ActivitySetJson
{
    public static byte[] Write(IReadOnlyList<Activity> activities, int watermark)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                JsonSerializer.Serialize(writer, activity, ActivityJson.Activity);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
