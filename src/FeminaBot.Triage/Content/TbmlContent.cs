namespace FeminaBot.Triage.Content;

/// <summary>The massage steps, the tips and when to call a provider, from dialogs/tbml.yaml.</summary>
public sealed record TbmlContent(IReadOnlyList<TbmlStep> Steps, string TipsTitle, IReadOnlyList<string> Tips, string WhenToCall)
{
    /// <summary>The tips as one message: the title, then a line per tip.</summary>
    public string TipsMessage => $"{TipsTitle}\n\n{string.Join('\n', Tips.Select(tip => $"• {tip}"))}";
}

/// <summary>One massage step; its text may name <c>{hand}</c> and <c>{breast}</c>.</summary>
public sealed record TbmlStep(string Title, string Text);
