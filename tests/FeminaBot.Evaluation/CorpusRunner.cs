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
/// rest) and every question left at the end are answered by a parent with nothing more to add, in the
/// part's language.
/// </summary>
public sealed class CorpusRunner(TriageLanguages languages, string language = "en")
{
    // What a parent with nothing more to add types: to a triage question, to the read-back, to "which breast?".
    private static readonly Dictionary<string, (string No, string Yes, string Left)> Fillers = new(StringComparer.Ordinal)
    {
        ["en"] = ("no", "yes", "left"),
        ["es"] = ("no", "sí", "izquierdo"),
    };

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
        var play = new Play(new InMemoryChat(languages, new FakeTimeProvider(Now), Channels.Emulator), languages.All, Fillers[language]);

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

    private sealed class Play(InMemoryChat chat, IReadOnlyList<TriageContent> contents, (string No, string Yes, string Left) filler)
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
                    "triage" => filler.No,
                    "readback" => filler.Yes,
                    "side" => filler.Left,
                    _ => null,
                };
                if (answer is null)
                {
                    return;
                }

                await SayAsync(answer);
            }
        }

        // The question asked, by its first button, in whichever language the conversation speaks.
        private string? Kind(IReadOnlyList<string> choices)
        {
            if (choices.Count == 0)
            {
                return null;
            }

            return contents.Any(c => choices[0] == c.Choices.Answers[0].Title) ? "triage"
                : Said(choices[0], MessageKeys.ReadBackYes) ? "readback"
                : Said(choices[0], MessageKeys.WhichBreastLeft) ? "side"
                : Said(choices[0], MessageKeys.CoachNext) ? "coaching"
                : null;
        }

        private bool Said(string text, string key) => contents.Any(c => text == c.Messages[key]);

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
            CrisisLine |= contents.Any(c => text == TriagePipeline.OnMarkdown(c.Messages[MessageKeys.RouteEmergencySelfHarm]));
            SaidBaby |= contents.Any(c => text == TriagePipeline.OnMarkdown(c.Messages[MessageKeys.BabyDoctor]));
            if (ActivityText.ChoicesOf(reply).Count > 0)
            {
                _lastQuestion = reply;
            }

            Transcript.Add($"  bot: {ActivityText.Describe(reply)}");
        }
    }
}
