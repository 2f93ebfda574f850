using System.Text.Json;
using System.Text.Json.Nodes;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Dialogs;

/// <summary>Says what a route means, in the words of dialogs/messages.yaml, and records the decision as a <c>triage.outcome</c> trace.</summary>
public sealed class RouteAnnouncer(TriageContent content)
{
    public const string OutcomeTrace = "triage.outcome";

    /// <summary>Sends the route's messages; for an emergency, the 911 message and nothing else.</summary>
    public async Task AnnounceAsync(ITurnContext turnContext, Route route, KnownFindings findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(findings);
        var messages = content.Messages;
        await turnContext.TraceActivityAsync(OutcomeTrace, Outcome(route, findings), OutcomeTrace, "Triage outcome", cancellationToken);
        switch (route)
        {
            case Route.Emergency:
                await turnContext.SendActivityAsync(messages[MessageKeys.RouteEmergency], cancellationToken: cancellationToken);
                // 988 too for thoughts of harm, and for a "yes" to the safety check that named no sign:
                // the check asks about those thoughts, and a person may not want to say which it was.
                if (findings.EmergencySigns.Contains(Understanding.EmergencySigns.Harm) || findings.EmergencySigns.Count == 0)
                {
                    await turnContext.SendActivityAsync(messages[MessageKeys.RouteEmergencySelfHarm], cancellationToken: cancellationToken);
                }

                break;
            case Route.Provider:
                await turnContext.SendActivityAsync(messages.Format(MessageKeys.RouteProvider, ("signs", InfectionSigns(findings))), cancellationToken: cancellationToken);
                await turnContext.SendActivityAsync(messages[MessageKeys.RouteProviderMeanwhile], cancellationToken: cancellationToken);
                await turnContext.SendActivityAsync(messages[MessageKeys.RouteProviderOffices], cancellationToken: cancellationToken);
                break;
            case Route.Tbml:
                await turnContext.SendActivityAsync(messages[MessageKeys.RouteTbml], cancellationToken: cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync(messages[MessageKeys.RouteClinic], cancellationToken: cancellationToken);
                break;
        }
    }

    /// <summary>The short reminder of a route decided earlier.</summary>
    public string Reminder(Route route)
    {
        var advice = route switch
        {
            Route.Emergency => MessageKeys.RouteReminderEmergency,
            Route.Provider => MessageKeys.RouteReminderProvider,
            Route.Tbml => MessageKeys.RouteReminderTbml,
            _ => MessageKeys.RouteReminderClinic,
        };
        return content.Messages.Format(MessageKeys.RouteReminder, ("advice", content.Messages[advice]));
    }

    /// <summary>The trace value: the route and what was found.</summary>
    public static JsonElement Outcome(Route route, KnownFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var found = new JsonObject();
        foreach (var (id, present) in findings.Signs.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            found[id] = present;
        }

        found["emergency"] = findings.Emergency;
        if (findings.EmergencySigns.Count > 0)
        {
            found["emergencySigns"] = new JsonArray([.. findings.EmergencySigns.Select(s => (JsonNode)s)]);
        }

        if (findings.HighestFahrenheit is { } f)
        {
            found["temperatureF"] = f;
        }

        var value = new JsonObject { ["route"] = route.ToString().ToLowerInvariant(), ["findings"] = found };
        return JsonDocument.Parse(value.ToJsonString()).RootElement.Clone();
    }

    private string InfectionSigns(KnownFindings findings)
    {
        var names = content.Routing.ProviderSigns.Where(id => findings.Get(id) == true).Select(content.SignName).ToList();
        var joined = names.Count == 0 ? content.Findings[FindingIds.Redness].Name : content.Messages.List(names, MessageKeys.JoinAnd);
        return char.ToUpperInvariant(joined[0]) + joined[1..];
    }
}
