using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Tests.Findings;

/// <summary>
/// The routing decision itself, for every combination of answers: Yes, No or still unknown for each
/// of the seven questions (one row each, 2,187 rows), and within each row for the safety check and
/// the two told signs (27 more each). The router, reading dialogs/routing.yaml, must give the route
/// and the next question that docs/clinical-rules.md gives ("Routes, in order", "The order of
/// questions"), written out here from the page, not from the code.
/// </summary>
public sealed class RoutingDecisionTests
{
    // The rules as docs/clinical-rules.md states them.
    private const string SafetyCheck = "emergency";
    private static readonly string[] QuestionOrder = ["redness", "fever", "chills", "bodyAches", "fullness", "lump", "bleb"];
    private static readonly string[] InfectionSigns = ["redness", "fever", "chills", "bodyAches"];
    private static readonly string[] ToldSigns = ["discharge", "lasting"];
    private static readonly string[] MassageSigns = ["fullness", "lump", "bleb"];

    private static readonly GivenAnswer[] EveryAnswer = [GivenAnswer.Yes, GivenAnswer.No, GivenAnswer.Unknown];

    private readonly Router _router = new(Clinic.Content.Routing);

    public static TheoryData<GivenAnswer, GivenAnswer, GivenAnswer, GivenAnswer, GivenAnswer, GivenAnswer, GivenAnswer> EveryAnswerToTheSevenQuestions()
    {
        var rows = new TheoryData<GivenAnswer, GivenAnswer, GivenAnswer, GivenAnswer, GivenAnswer, GivenAnswer, GivenAnswer>();
        foreach (var a in EveryWayToAnswer(QuestionOrder.Length))
        {
            rows.Add(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(EveryAnswerToTheSevenQuestions))]
    public void The_router_decides_as_the_clinical_rules_say(
        GivenAnswer redness, GivenAnswer fever, GivenAnswer chills, GivenAnswer bodyAches, GivenAnswer fullness, GivenAnswer lump, GivenAnswer bleb)
    {
        var wrong = new List<string>();
        foreach (var (safetyCheck, discharge, lasting) in EveryWayToAnswer(3).Select(a => (a[0], a[1], a[2])))
        {
            var answers = new Dictionary<string, GivenAnswer>
            {
                [SafetyCheck] = safetyCheck,
                ["redness"] = redness,
                ["fever"] = fever,
                ["chills"] = chills,
                ["bodyAches"] = bodyAches,
                ["fullness"] = fullness,
                ["lump"] = lump,
                ["bleb"] = bleb,
                ["discharge"] = discharge,
                ["lasting"] = lasting,
            };
            var expected = AsTheRulesSay(answers);
            var findings = Known(answers);
            var decided = (_router.Decide(findings), _router.NextQuestion(findings));
            if (decided != expected)
            {
                wrong.Add($"safety check {safetyCheck}, discharge {discharge}, lasting {lasting}: the rules say {Describe(expected)}, the router {Describe(decided)}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    // Every way to answer so many signs: 3 to the power of their number.
    private static IEnumerable<GivenAnswer[]> EveryWayToAnswer(int signs) =>
        signs == 0 ? [[]] : EveryWayToAnswer(signs - 1).SelectMany(rest => EveryAnswer.Select(first => (GivenAnswer[])[first, .. rest]));

    private static (Route? Route, string? Next) AsTheRulesSay(Dictionary<string, GivenAnswer> answers)
    {
        bool Yes(string id) => answers[id] == GivenAnswer.Yes;
        string? FirstUnknown(IEnumerable<string> signs) => QuestionOrder.Where(signs.Contains).FirstOrDefault(id => answers[id] == GivenAnswer.Unknown);

        // 1. Emergency: Yes to the safety check. No route is given before the safety check is answered.
        if (Yes(SafetyCheck))
        {
            return (Route.Emergency, null);
        }

        if (answers[SafetyCheck] == GivenAnswer.Unknown)
        {
            return (null, SafetyCheck);
        }

        // 2. Provider: any infection sign, asked or told. While one is still unknown, the next is asked;
        // the told signs are never asked: not told is no.
        if (InfectionSigns.Concat(ToldSigns).Any(Yes))
        {
            return (Route.Provider, null);
        }

        if (FirstUnknown(InfectionSigns) is { } nextInfectionSign)
        {
            return (null, nextInfectionSign);
        }

        // 3. TBML: fullness, a lump or a bleb, and nothing above. 4. Clinic: none of them.
        if (MassageSigns.Any(Yes))
        {
            return (Route.Tbml, null);
        }

        return FirstUnknown(MassageSigns) is { } nextMassageSign ? (null, nextMassageSign) : (Route.Clinic, null);
    }

    private static KnownFindings Known(Dictionary<string, GivenAnswer> answers)
    {
        var findings = new KnownFindings { Emergency = AsKnown(answers[SafetyCheck]) };
        foreach (var (id, answer) in answers.Where(a => a.Key != SafetyCheck))
        {
            if (AsKnown(answer) is { } known)
            {
                findings.Signs[id] = known;
            }
        }

        return findings;
    }

    private static bool? AsKnown(GivenAnswer answer) => answer switch
    {
        GivenAnswer.Yes => true,
        GivenAnswer.No => false,
        _ => null,
    };

    private static string Describe((Route? Route, string? Next) decision) =>
        decision.Route is { } route ? $"route {route}, no more questions" : $"no route yet, ask {decision.Next ?? "nothing"}";
}

/// <summary>What is known of one sign: Yes, No, or not yet answered (for a told sign: not told).</summary>
public enum GivenAnswer
{
    Yes,
    No,
    Unknown,
}
