using FeminaBot.Conversations.Schema;
using FeminaBot.Triage;
using FeminaBot.Triage.Content;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Evaluation;

/// <summary>
/// Asks an office question as a parent would on the website's chat, at the case's reference time, and
/// checks that the bot's answer to it holds every fact (case and line breaks aside).
/// </summary>
public sealed class OfficeRunner(TriageLanguages languages)
{
    /// <summary>One question: the answer given, and the facts it left out.</summary>
    public sealed record Result(OfficeCase Case, string Answer, IReadOnlyList<string> Missing)
    {
        public bool Answered => Missing.Count == 0;
    }

    public async Task<Result> RunAsync(OfficeCase officeCase)
    {
        ArgumentNullException.ThrowIfNull(officeCase);
        var local = DateTime.SpecifyKind(officeCase.Reference, DateTimeKind.Unspecified);
        var instant = new DateTimeOffset(local, languages.Default.Offices.TimeZone.GetUtcOffset(local));
        var chat = new InMemoryChat(languages, new FakeTimeProvider(instant), Channels.Webchat);
        foreach (var message in officeCase.Before)
        {
            await chat.SayAsync(message);
            while (chat.Adapter.TakeReply() is not null)
            {
            }
        }

        await chat.SayAsync(officeCase.Says);
        var replies = new List<string>();
        while (chat.Adapter.TakeReply() is { } reply)
        {
            replies.Add(ActivityText.Of(reply) ?? string.Empty);
        }

        var answer = string.Join("\n", replies).Replace("  \n", "\n", StringComparison.Ordinal);
        var missing = officeCase.Facts.Where(fact => !answer.Contains(fact, StringComparison.OrdinalIgnoreCase)).ToList();
        return new Result(officeCase, answer, missing);
    }
}
