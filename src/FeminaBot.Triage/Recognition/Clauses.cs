using System.Text.RegularExpressions;
using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// Splits a message into the stretches a negation reaches. "No fever, chills or redness" is one
/// stretch (the "no" covers all three); a full stop, "but", or "and" followed by a new subject
/// ("and I have chills", "and my breast is red") starts a new one.
/// </summary>
internal static partial class Clauses
{
    private static readonly HashSet<string> Contrasts = new(StringComparer.Ordinal) { "but", "although", "though", "however", "except", "yet" };

    private static readonly HashSet<string> NewSubjects = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "id", "my", "it", "its", "the", "she", "he", "hes", "shes", "there", "theres", "this", "that", "we", "baby",
    };

    /// <summary>The stretches of the text, each as its words.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(string? text)
    {
        var clauses = new List<IReadOnlyList<string>>();
        foreach (var sentence in SentenceBreak().Split(text ?? string.Empty))
        {
            var parts = CommaBreak().Split(sentence);
            var current = new List<string>();
            for (var p = 0; p < parts.Length; p++)
            {
                var words = TextTokens.Split(parts[p]);
                if (p > 0 && words.Count > 0 && (NewSubjects.Contains(words[0]) || Contrasts.Contains(words[0]) || words[0] == "and" && words.Count > 1 && NewSubjects.Contains(words[1])))
                {
                    Flush(clauses, ref current);
                }

                foreach (var (word, i) in words.Select((w, i) => (w, i)))
                {
                    var nextIsSubject = i + 1 < words.Count && NewSubjects.Contains(words[i + 1]);
                    if (Contrasts.Contains(word) || word == "and" && nextIsSubject)
                    {
                        Flush(clauses, ref current);
                        continue;
                    }

                    // "no I have chills": a short answer ends its own stretch.
                    if (NewSubjects.Contains(word) && current.Count > 0 && current[^1] is "no" or "nope" or "nah" or "yes" or "yeah" or "yep")
                    {
                        Flush(clauses, ref current);
                    }

                    current.Add(word);
                }
            }

            Flush(clauses, ref current);
        }

        return clauses;
    }

    private static void Flush(List<IReadOnlyList<string>> clauses, ref List<string> current)
    {
        if (current.Count > 0)
        {
            clauses.Add(current);
            current = [];
        }
    }

    [GeneratedRegex(@"[.!?;\n]+(?!\d)")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@",")]
    private static partial Regex CommaBreak();
}
