using System.Text.Json.Serialization;
using FeminaBot.Conversations.Dialogs.Prompts;

namespace FeminaBot.Conversations.Dialogs;

/// <summary>Source-generated contracts for the dialog state this runtime stores.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(DateTimeResolution))]
[JsonSerializable(typeof(List<DateTimeResolution>))]
[JsonSerializable(typeof(Choices.FoundChoice))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
