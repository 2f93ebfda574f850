using FeminaBot.Triage.Offices;

namespace FeminaBot.Triage.Tests.Content;

/// <summary>The offices exactly as the clinic's office list gives them.</summary>
public class OfficeHoursTests
{
    public static TheoryData<string, DayOfWeek, string> SeedHours => new()
    {
        { "Beverly Hills", DayOfWeek.Monday, "12:00 PM – 5:00 PM" },
        { "Beverly Hills", DayOfWeek.Tuesday, "7:00 AM – 6:00 PM" },
        { "Beverly Hills", DayOfWeek.Wednesday, "call" },
        { "Beverly Hills", DayOfWeek.Thursday, "2:00 PM – 6:00 PM" },
        { "Beverly Hills", DayOfWeek.Friday, "7:00 AM – 6:00 PM" },
        { "Beverly Hills", DayOfWeek.Saturday, "closed" },
        { "Beverly Hills", DayOfWeek.Sunday, "closed" },
        { "Pasadena", DayOfWeek.Monday, "7:00 AM – 6:00 PM" },
        { "Pasadena", DayOfWeek.Tuesday, "7:00 AM – 4:00 PM" },
        { "Pasadena", DayOfWeek.Wednesday, "call" },
        { "Pasadena", DayOfWeek.Thursday, "7:00 AM – 4:00 PM" },
        { "Pasadena", DayOfWeek.Friday, "call" },
        { "Pasadena", DayOfWeek.Saturday, "closed" },
        { "Pasadena", DayOfWeek.Sunday, "closed" },
        { "Sherman Oaks", DayOfWeek.Monday, "7:30 AM – 6:00 PM" },
        { "Sherman Oaks", DayOfWeek.Tuesday, "7:00 AM – 6:00 PM" },
        { "Sherman Oaks", DayOfWeek.Wednesday, "7:00 AM – 6:00 PM" },
        { "Sherman Oaks", DayOfWeek.Thursday, "8:00 AM – 6:00 PM" },
        { "Sherman Oaks", DayOfWeek.Friday, "7:00 AM – 6:00 PM" },
        { "Sherman Oaks", DayOfWeek.Saturday, "closed" },
        { "Sherman Oaks", DayOfWeek.Sunday, "closed" },
    };

    [Theory]
    [MemberData(nameof(SeedHours))]
    public void Every_office_keeps_the_hours_the_clinic_lists(string office, DayOfWeek day, string hours)
    {
        var plan = Office(office).On(day);

        var shown = plan.Kind switch
        {
            OfficeDayKind.Open => Clinic.Content.Calendar.Range(plan),
            OfficeDayKind.Call => "call",
            _ => "closed",
        };
        Assert.Equal(hours, shown);
    }

    [Theory]
    [InlineData("Beverly Hills", "9012 Burton Way", "Beverly Hills, CA 90211", "(310) 871-9554")]
    [InlineData("Pasadena", "350 S. Lake Avenue #220", "Pasadena, CA 91101", "(818) 873-1403")]
    [InlineData("Sherman Oaks", "13425 Ventura Blvd. Suite 200", "Sherman Oaks, CA 91423", "(818) 877-6910")]
    public void Every_office_keeps_its_address_and_phone(string office, string street, string city, string phone)
    {
        Assert.Equal([street, city], Office(office).Address);
        Assert.Equal(phone, Office(office).Phone);
    }

    [Theory]
    [InlineData("Beverly Hills", "Mid-Wilshire", "West Hollywood", "Hollywood", "Beverlywood", "Korea Town", "Downtown LA", "Culver City", "Century City", "Santa Monica", "Malibu")]
    [InlineData("Pasadena", "Glendale", "Montrose", "Burbank", "Silver Lake", "Los Feliz", "Atwater Village", "Eagle Rock")]
    [InlineData("Sherman Oaks", "Studio City", "Bel Air", "Brentwood", "West LA", "Mulholland", "Beverly Hills", "Encino", "Calabasas", "San Fernando Valley")]
    public void Every_office_serves_the_areas_the_clinic_lists(string office, params string[] areas)
    {
        Assert.All(areas, area => Assert.Contains(area, Office(office).Serves));
    }

    [Fact]
    public void The_hours_are_Los_Angeles_time()
    {
        Assert.Equal("America/Los_Angeles", Clinic.Content.Offices.TimeZone.Id);
    }

    private static Office Office(string name) => Clinic.Content.Offices.Offices.Single(o => o.Name == name);
}
