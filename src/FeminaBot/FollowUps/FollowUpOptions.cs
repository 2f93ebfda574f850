namespace FeminaBot.FollowUps;

/// <summary>The check-in about a day after coaching or the clinic's route (section <c>FollowUp</c>).</summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUp";

    /// <summary>Whether the bot offers check-ins at all; off, it never offers one and sends none still pending.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long after the yes the check-in comes (before quiet hours move it).</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromHours(24);

    /// <summary>From this time (the clinic's time zone) no check-in is sent...</summary>
    public TimeOnly QuietFrom { get; set; } = new(20, 0);

    /// <summary>...until this time; a check-in due in between waits for it. Equal times: no quiet hours.</summary>
    public TimeOnly QuietUntil { get; set; } = new(8, 0);

    /// <summary>How often each instance looks for check-ins that are due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a check-in an instance took stays its own; one whose instance died before it was sent
    /// is taken by another after this. (Its conversation's state still says whether it was asked.)
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
