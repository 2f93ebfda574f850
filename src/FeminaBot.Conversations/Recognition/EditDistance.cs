namespace FeminaBot.Conversations.Recognition;

/// <summary>Typo tolerance: the optimal-string-alignment distance (insertions, deletions, substitutions, swaps of neighbours).</summary>
public static class EditDistance
{
    /// <summary>The number of edits that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// Whether <paramref name="typed"/> is <paramref name="word"/> with a typo: one edit for words of
    /// <paramref name="shortest"/> letters or more, two from eight, none below. The first letter must
    /// match, since typos rarely change it and real words often differ only there ("never", "fever").
    /// </summary>
    public static bool IsTypoOf(string typed, string word, int shortest)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(word);
        if (string.Equals(typed, word, StringComparison.Ordinal))
        {
            return true;
        }

        var allowed = word.Length < shortest ? 0 : word.Length < 8 ? 1 : 2;
        return allowed > 0
            && typed.Length > 0 && typed[0] == word[0]
            && Math.Abs(typed.Length - word.Length) <= allowed
            && Between(typed, word) <= allowed;
    }

    /// <summary>Whether <paramref name="typed"/> is <paramref name="word"/> with a typo, for words of four letters or more.</summary>
    public static bool IsTypoOf(string typed, string word) => IsTypoOf(typed, word, 4);
}
