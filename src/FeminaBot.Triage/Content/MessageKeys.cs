namespace FeminaBot.Triage.Content;

/// <summary>The message keys the bot uses; the loader checks that dialogs/messages.yaml has every one.</summary>
public static class MessageKeys
{
#pragma warning disable CS1591 // Each constant is the key of the message of the same name in messages.yaml.
    // The "...Choices." keys are buttons' titles: they are written in choices.yaml, and found here too
    // until every dialog takes its buttons from TriageContent.Choices.
    public const string Welcome = "welcome";
    public const string Menu = "menu";
    public const string MenuSymptoms = "menuChoices.symptoms";
    public const string MenuMassage = "menuChoices.massage";
    public const string MenuOffices = "menuChoices.offices";
    public const string Help = "help";
    public const string Fallback = "fallback";
    public const string NotUnderstood = "notUnderstood";
    public const string TextOnly = "textOnly";
    public const string TooLong = "tooLong";
    public const string SmsHelp = "smsHelp";
    public const string Error = "error";
    public const string LanguageSwitched = "languageSwitched";
    public const string JoinAnd = "joins.and";
    public const string JoinAbsent = "joins.absent";
    public const string StartOver = "startOver";
    public const string Cancelled = "cancelled";
    public const string DeleteConfirm = "deleteConfirm";
    public const string Deleted = "deleted";
    public const string DeleteKept = "deleteKept";
    public const string TriageStart = "triageStart";
    public const string BabyDoctor = "babyDoctor";
    public const string GeneralQuestion = "generalQuestion";
    public const string ReadBack = "readBack";
    public const string ReadBackLeft = "readBackSide.left";
    public const string ReadBackRight = "readBackSide.right";
    public const string ReadBackBoth = "readBackSide.both";
    public const string ReadBackYes = "readBackChoices.yes";
    public const string ReadBackFix = "readBackChoices.fix";
    public const string ReadBackAskFix = "readBackFix";
    public const string FeverBelowThreshold = "feverBelowThreshold";
    public const string TemperatureUnclear = "temperatureUnclear";
    public const string UnsureNote = "unsureNote";
    public const string RouteEmergency = "routeEmergency";
    public const string RouteEmergencySelfHarm = "routeEmergencySelfHarm";
    public const string RouteProvider = "routeProvider";
    public const string RouteProviderMeanwhile = "routeProviderMeanwhile";
    public const string RouteProviderOffices = "routeProviderOffices";
    public const string RouteTbml = "routeTbml";
    public const string RouteClinic = "routeClinic";
    public const string RouteReminder = "routeReminder";
    public const string RouteReminderProvider = "routeReminderProvider";
    public const string RouteReminderEmergency = "routeReminderEmergency";
    public const string RouteReminderTbml = "routeReminderTbml";
    public const string RouteReminderClinic = "routeReminderClinic";
    public const string WhichBreast = "whichBreast";
    public const string WhichBreastLeft = "whichBreastChoices.left";
    public const string WhichBreastRight = "whichBreastChoices.right";
    public const string WhichBreastBoth = "whichBreastChoices.both";
    public const string HandForLeft = "handForLeft";
    public const string HandForRight = "handForRight";
    public const string HandForBoth = "handForBoth";
    public const string BreastLeft = "breastLeft";
    public const string BreastRight = "breastRight";
    public const string BreastBoth = "breastBoth";
    public const string CoachNext = "coachChoices.next";
    public const string CoachRepeat = "coachChoices.repeat";
    public const string CoachBack = "coachChoices.back";
    public const string CoachStop = "coachChoices.stop";
    public const string CoachNextHint = "coachNextHint";
    public const string CoachHurts = "coachHurts";
    public const string CoachStopped = "coachStopped";
    public const string CoachFinished = "coachFinished";
    public const string CoachAtFirst = "coachAtFirst";
    public const string CheckInOffer = "checkInOffer";
    public const string CheckInOfferSms = "checkInOfferSms";
    public const string CheckInScheduled = "checkInScheduled";
    public const string CheckInScheduledSms = "checkInScheduledSms";
    public const string CheckInDeclined = "checkInDeclined";
    public const string CheckInCancelled = "checkInCancelled";
    public const string CheckInWhenToday = "checkInWhen.today";
    public const string CheckInWhenTomorrow = "checkInWhen.tomorrow";
    public const string CheckInWhenDay = "checkInWhen.day";
    public const string CheckInWhenAt = "checkInWhen.at";
    public const string CheckInWhenAtOne = "checkInWhen.atOne";
    public const string CheckInQuestion = "checkInQuestion";
    public const string CheckInQuestionPain = "checkInQuestionPain";
    public const string CheckInBetter = "checkInBetter";
    public const string CheckInWorse = "checkInWorse";
    public const string CheckInOfferYes = "checkInOfferChoices.yes";
    public const string CheckInOfferNo = "checkInOfferChoices.no";
    public const string CheckInBetterChoice = "checkInChoices.better";
    public const string CheckInSameChoice = "checkInChoices.same";
    public const string CheckInWorseChoice = "checkInChoices.worse";
    public const string OfficeOverview = "offices.overview";
    public const string OfficeEntry = "offices.entry";
    public const string OfficeAskMore = "offices.askMore";
    public const string OfficeWeekTitle = "offices.weekTitle";
    public const string OfficeWeekDay = "offices.weekDay";
    public const string OfficeClosed = "offices.closed";
    public const string OfficeCall = "offices.call";
    public const string OfficeDayTitle = "offices.dayTitle";
    public const string OfficeDayEntry = "offices.dayEntry";
    public const string OfficeOpenAt = "offices.openAt";
    public const string OfficeClosedAt = "offices.closedAt";
    public const string OfficeCallAt = "offices.callAt";
    public const string OfficeOpenNow = "offices.openNow";
    public const string OfficeClosedNow = "offices.closedNow";
    public const string OfficeCallNow = "offices.callNow";
    public const string OfficeNextOpen = "offices.nextOpen";
    public const string OfficePhone = "offices.phone";
    public const string OfficeAddress = "offices.address";
    public const string OfficeClosest = "offices.closest";
    public const string OfficeClosestUnknown = "offices.closestUnknown";
    public const string OfficeServes = "offices.serves";
    public const string OfficeSchedule = "offices.schedule";
    public const string OfficeChangesTitle = "offices.changesTitle";
    public const string OfficeClosedFor = "offices.closedFor";
    public const string OfficeChangedHours = "offices.changedHours";
    public const string OfficeOpenNowNote = "offices.openNowNote";
    public const string OfficeClosedNowNote = "offices.closedNowNote";
    public const string OfficeNotInPart = "offices.notInPart";
    public const string OfficeAllClosed = "offices.allClosed";
    public const string OfficeAllClosedFor = "offices.allClosedFor";
    public const string OfficeNextDayTitle = "offices.nextDayTitle";
    public const string OfficeClosedOn = "offices.closedOn";
    public const string OfficeClosedOnFor = "offices.closedOnFor";
    public const string OfficeClosedToday = "offices.closedToday";
    public const string OfficeNextClosed = "offices.nextClosed";
    public const string OfficeNextClosedDays = "offices.nextClosedDays";
    public const string OfficeNextCall = "offices.nextCall";
#pragma warning restore CS1591

    /// <summary>The words for a part of the day ("in the morning"), by its id in dialogs/offices.yaml.</summary>
    public static string OfficePart(string id) => "offices.parts." + id;

    /// <summary>Every key, for validation.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(MessageKeys)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();
}
