namespace FeminaBot.Triage.Tests.Content;

/// <summary>The closures in offices.yaml are checked at start: a mistake stops the bot with the file, the line and what to fix.</summary>
public sealed class OfficeClosureFileTests : IDisposable
{
    private readonly DialogsCopy _dialogs = new();

    [Fact]
    public void The_clinic_ships_no_closures()
    {
        Assert.Empty(Clinic.Content.Offices.Closures);
    }

    [Fact]
    public void The_commented_example_of_the_federal_holidays_loads_as_it_is_written()
    {
        _dialogs.Edit("offices.yaml", text => text
            .Replace("closures: []\n", string.Empty, StringComparison.Ordinal)
            .Replace("# closures:", "closures:", StringComparison.Ordinal)
            .Replace("#   - {", "  - {", StringComparison.Ordinal));

        var closures = _dialogs.Load().Offices.Closures;

        Assert.Equal(15, closures.Count);
        Assert.Contains(closures, c => c.Name == "Thanksgiving" && c.From == new DateOnly(2026, 11, 26) && c.Offices.Count == 0);
        Assert.Contains(closures, c => c.Name == "Christmas Eve" && c.Offices.SequenceEqual(["Pasadena"]) && c.Day.Closes == new TimeOnly(12, 0));
        Assert.Contains(closures, c => c.Name == "renovation" && c.To.DayNumber - c.From.DayNumber == 4);
    }

    [Theory]
    [InlineData("{name: party, date: 2026-12-24, offices: [Glendale]}", "the closure 'party' names 'Glendale', which is not an office")]
    [InlineData("{name: party, date: 2026-13-01}", "the closure 'party' has the date '2026-13-01'; write dates like 2026-11-26.")]
    [InlineData("{name: party, date: 12/24/2026}", "write dates like 2026-11-26.")]
    [InlineData("{name: party, from: 2026-12-24, to: 2026-12-20}", "the closure 'party' ends before it starts.")]
    [InlineData("{name: party, date: 2026-12-24, from: 2026-12-24, to: 2026-12-25}", "has a 'date' and a 'from' or 'to'")]
    [InlineData("{name: party, from: 2026-12-24}", "needs a 'date', or a 'from' and a 'to'")]
    [InlineData("{name: party, from: 2026-01-01, to: 2027-06-01}", "is longer than a year")]
    [InlineData("{name: party, date: 2026-12-24, hours: noon to 3}", "the hours of 'party' should look like '7:00 AM - 6:00 PM'")]
    [InlineData("{date: 2026-12-24}", "'name'")]
    public void A_mistaken_closure_names_the_file_the_line_and_the_fix(string closure, string problem)
    {
        _dialogs.Replace("offices.yaml", "closures: []", $"closures:\n  - {closure}");

        var error = _dialogs.Error();

        Assert.StartsWith($"dialogs/offices.yaml, line {_dialogs.LineOf("offices.yaml", closure)}", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_closures_for_one_office_on_one_day_are_refused()
    {
        _dialogs.Replace("offices.yaml", "closures: []", """
            closures:
              - {name: Christmas Eve, date: 2026-12-24, offices: [Pasadena], hours: 7:00 AM - 12:00 PM}
              - {name: winter break, from: 2026-12-23, to: 2026-12-31}
            """);

        Assert.Contains("the closure 'winter break' falls on a day of 'Christmas Eve' for the same office", _dialogs.Error(), StringComparison.Ordinal);
    }

    [Fact]
    public void Closures_at_different_offices_may_share_a_day()
    {
        _dialogs.Replace("offices.yaml", "closures: []", """
            closures:
              - {name: Christmas Eve, date: 2026-12-24, offices: [Pasadena], hours: 7:00 AM - 12:00 PM}
              - {name: staff day, date: 2026-12-24, offices: [Sherman Oaks, Beverly Hills]}
            """);

        var offices = _dialogs.Load().Offices;
        var christmasEve = new DateOnly(2026, 12, 24);

        Assert.Equal("7:00 AM – 12:00 PM", Clinic.Content.Calendar.Range(offices.On(offices.Offices.Single(o => o.Name == "Pasadena"), christmasEve)));
        Assert.Equal("staff day", offices.On(offices.Offices.Single(o => o.Name == "Beverly Hills"), christmasEve).Closure);
        Assert.Null(offices.On(offices.Offices.Single(o => o.Name == "Beverly Hills"), christmasEve.AddDays(1)).Closure);
    }

    public void Dispose() => _dialogs.Dispose();
}
