using System.Text.Json.Serialization;

namespace FeminaBot.DirectLine;

/// <summary>Source-generated contracts for Direct Line's own wire types.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DirectLineConversationResponse))]
[JsonSerializable(typeof(DirectLineError))]
[JsonSerializable(typeof(TokenParameters))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResumeRequest))]
[JsonSerializable(typeof(DirectLineTokens.TokenClaims))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
