namespace FeminaBot.Conversations.Recognition;

/// <summary>Typo tolerance: the optimal-string-alignment distance (insertions, deletions, substitutions, swaps of neighbours).</summary>
public static class EditDistance
{
    /// <summary>The number of edits that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        // Three rolling rows (the swap looks two back) instead of a full matrix: no heap allocation.
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
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
