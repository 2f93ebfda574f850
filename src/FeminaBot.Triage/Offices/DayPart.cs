namespace FeminaBot.Triage.Offices;

/// <summary>A part of the day asked about ("morning", "after work"), by its id in dialogs/offices.yaml and its hours.</summary>
public sealed record DayPart(string Id, TimeOnly From, TimeOnly Until);
