using System.Text.Json;
using System.Text.Json.Serialization;
using FeminaBot.Bench.Ceiling;

// The most any .NET bot on this machine could do per request: Kestrel, routing, the activity's JSON
// parsed into a typed object, and a small JSON reply. No state, no dialog, no logging.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, CeilingJson.Default));
var app = builder.Build();

app.MapGet("/healthz", () => "Healthy");
app.MapPost("/api/messages", async (HttpRequest request) =>
{
    var activity = await JsonSerializer.DeserializeAsync(request.Body, CeilingJson.Default.IncomingActivity);
    if (activity?.Type is null || activity.Conversation?.Id is null)
    {
        return Results.BadRequest();
    }

    var reply = new OutgoingActivity("message", activity.Conversation, new Account("bot"), activity.From, activity.Type == "message" ? "You said: " + activity.Text : "Hi");
    return Results.Json(new ExpectedReplies([reply]), CeilingJson.Default.ExpectedReplies);
});

app.Run();

namespace FeminaBot.Bench.Ceiling
{
    internal sealed record Account(string? Id);

    internal sealed record IncomingActivity(string? Type, string? Id, string? Text, string? ChannelId, string? ServiceUrl, string? DeliveryMode, Account? From, Account? Recipient, Account? Conversation, string? Locale, Account[]? MembersAdded);

    internal sealed record OutgoingActivity(string Type, Account Conversation, Account From, Account? Recipient, string Text);

    internal sealed record ExpectedReplies(OutgoingActivity[] Activities);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(IncomingActivity))]
    [JsonSerializable(typeof(ExpectedReplies))]
    internal sealed partial class CeilingJson : JsonSerializerContext;
}
