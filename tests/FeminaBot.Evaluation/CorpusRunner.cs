using System.Text.Json;
using FeminaBot.Conversations.Schema;
using FeminaBot.Triage;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Dialogs;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Evaluation;

/// <summary>
/// Plays a corpus case against FeminaBot as the person would, message by message, on the Emulator's
/// channel so the bot's <c>triage.outcome</c> traces can be read. The stand-ins ("@coaching" and the
/// rest) and every question left at the end are answered by a parent with nothing more to add.
/// </summary>
public sealed class CorpusRunner(TriageContent content)
{
    private const int MostFillerTurns = 16;

    /// <summary>Tuesday, November 24 2026, 10:00 AM in Los Angeles.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    /// <summary>The result of one case: where it ended, whether 988 was given, and the transcript.</summary>
    public sealed record Result(CorpusCase Case, Outcome Actual, bool CrisisLine, IReadOnlyList<string> Transcript)
    {
        /// <summary>Ended on less care than expected, or a crisis without 988.</summary>
        public bool UnderTriaged => Actual.Rank() < Case.Expect.Rank() || Case.Crisis && !CrisisLine;

        /// <summary>Ended on the expected outcome itself.</summary>
        public bool Exact => Actual == Case.Expect && (!Case.Crisis || CrisisLine);
    }

    public async Task<Result> RunAsync(CorpusCase corpusCase)
    {
        ArgumentNullException.ThrowIfNull(corpusCase);
        var play = new Play(new InMemoryChat(content, new FakeTimeProvider(Now), Channels.Emulator), content);

        foreach (var message in corpusCase.Say)
        {
            if (message.StartsWith('@'))
            {
                await play.FillUntilAsync(message);
            }
            else
            {
                await play.SayAsync(message);
            }
        }

        await play.FillUntilAsync(null);
        return new Result(corpusCase, play.Outcome, play.CrisisLine, play.Transcript);
    }

    private sealed class Play(InMemoryChat chat, TriageContent content)
    {
        private Activity? _lastQuestion;

        public List<string> Transcript { get; } = [];

        public Outcome Outcome { get; private set; } = Outcome.None;

        public bool CrisisLine { get; private set; }

        private bool SaidBaby { get; set; }

        public async Task SayAsync(string text)
        {
            Transcript.Add($"> {text}");
            await chat.SayAsync(text);
            _lastQuestion = null;
            while (chat.Adapter.TakeReply() is { } reply)
            {
                Read(reply);
            }

            if (Outcome == Outcome.None && SaidBaby)
            {
                Outcome = Outcome.Baby;
            }
        }

        // Answers as a parent with nothing more to add until the stage is reached (or, with no stage,
        // until the bot stops asking): "no" to a triage question, "yes" to the read-back, "left" to the side.
        public async Task FillUntilAsync(string? stage)
        {
            for (var turn = 0; turn < MostFillerTurns; turn++)
            {
                var choices = _lastQuestion is null ? [] : ActivityText.ChoicesOf(_lastQuestion);
                var kind = Kind(choices);
                if (stage is "@readback" && kind == "readback" || stage is "@side" && kind is "side" or "coaching" || stage is "@coaching" && kind == "coaching")
                {
                    return;
                }

                var answer = kind switch
                {
                    "triage" => "no",
                    "readback" => "yes",
                    "side" => "left",
                    _ => null,
                };
                if (answer is null)
                {
                    return;
                }

                await SayAsync(answer);
            }
        }

        private string? Kind(IReadOnlyList<string> choices)
        {
            var messages = content.Messages;
            if (choices.Count == 0)
            {
                return null;
            }

            return choices[0] == "Yes" ? "triage"
                : choices[0] == messages[MessageKeys.ReadBackYes] ? "readback"
                : choices[0] == messages[MessageKeys.WhichBreastLeft] ? "side"
                : choices[0] == messages[MessageKeys.CoachNext] ? "coaching"
                : null;
        }

        private void Read(Activity reply)
        {
            if (reply.Type == ActivityTypes.Trace && reply.Name == RouteAnnouncer.OutcomeTrace && reply.Value is JsonElement value)
            {
                var route = Enum.Parse<Outcome>(value.GetProperty("route").GetString()!, ignoreCase: true);
                if (route.Rank() >= Outcome.Rank())
                {
                    Outcome = route;
                }

                Transcript.Add($"  [route: {route}]");
                return;
            }

            if (reply.Type != ActivityTypes.Message)
            {
                return;
            }

            var text = ActivityText.Of(reply) ?? string.Empty;
            CrisisLine |= text == TriagePipeline.OnMarkdown(content.Messages[MessageKeys.RouteEmergencySelfHarm]);
            SaidBaby |= text == TriagePipeline.OnMarkdown(content.Messages[MessageKeys.BabyDoctor]);
            if (ActivityText.ChoicesOf(reply).Count > 0)
            {
                _lastQuestion = reply;
            }

            Transcript.Add($"  bot: {ActivityText.Describe(reply)}");
        }
    }
}
