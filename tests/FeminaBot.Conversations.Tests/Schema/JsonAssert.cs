using System.Text.Json.Nodes;

namespace FeminaBot.Conversations.Tests.Schema;

internal static class JsonAssert
{
    /// <summary>Asserts two JSON documents mean the same, member order aside.</summary>
    public static void Equivalent(JsonNode? expected, JsonNode? actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"JSON differs.{Environment.NewLine}Expected: {expected?.ToJsonString()}{Environment.NewLine}Actual:   {actual?.ToJsonString()}");
        }
    }

    /// <summary>The document without empty arrays, which the Activity spec says senders should not emit (A3050).</summary>
    public static JsonNode? WithoutEmptyArrays(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                if (value is JsonArray { Count: 0 })
                {
                    obj.Remove(name);
                }
                else
                {
                    WithoutEmptyArrays(value);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                WithoutEmptyArrays(item);
            }
        }

        return node;
    }
}
