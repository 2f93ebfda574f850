using System.Text.Json.Serialization;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Dialogs;

/// <summary>Source-generated contracts for the triage state kept in conversation state.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(TriageState))]
internal sealed partial class TriageJsonContext : JsonSerializerContext;
