using System.Net.Mail;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.Network;

/// <summary>
/// The rules for the network directory. A member's focal points and the coordinators are each stored
/// in one property of one row: their caps (<see cref="ContentLimits.FocalPointsPerMember"/>,
/// <see cref="ContentLimits.Coordinators"/>, <see cref="ContentLimits.ContactNameLength"/>) keep a
/// full list within it.
/// </summary>
public static class DirectoryRules
{
    public static Member? ValidateMember(string iso3, MemberInput input, ValidationErrors errors)
    {
        if (!UnMemberStates.IsMember(iso3))
        {
            errors.Add("iso3", $"'{iso3}' is not the ISO 3166-1 alpha-3 code of a UN Member State.");
        }

        errors.CheckText("$.name", input.Name, required: true);
        if (input.RegionalGroup is null)
        {
            errors.Add("$.regionalGroup", "Required.");
        }

        Contact[] focalPoints = ValidateContacts("$.focalPoints", input.FocalPoints, ContentLimits.FocalPointsPerMember, errors);
        return errors.IsEmpty ? new Member(iso3, input.Name!.Trim(), input.RegionalGroup!.Value, focalPoints) : null;
    }

    public static IReadOnlyList<Contact>? ValidateCoordinators(CoordinatorsInput input, ValidationErrors errors)
    {
        if (input.Coordinators is null)
        {
            errors.Add("$.coordinators", "Required.");
        }

        Contact[] coordinators = ValidateContacts("$.coordinators", input.Coordinators, ContentLimits.Coordinators, errors);
        return errors.IsEmpty ? coordinators : null;
    }

    private static Contact[] ValidateContacts(string path, IReadOnlyList<ContactInput>? contacts, int cap, ValidationErrors errors)
    {
        var valid = new List<Contact>();
        if (!errors.CheckCount(path, contacts, cap))
        {
            return [];
        }

        for (int i = 0; i < (contacts?.Count ?? 0); i++)
        {
            ContactInput c = contacts![i];
            string at = $"{path}[{i}]";
            errors.CheckText($"{at}.name", c.Name, ContentLimits.ContactNameLength, required: true);
            if (!IsEmail(c.Email))
            {
                errors.Add($"{at}.email", "A valid e-mail address is required.");
            }

            if (c.Language is null)
            {
                errors.Add($"{at}.language", "Required: ar, zh, en, fr, ru or es.");
            }

            if (!IsTimeZone(c.TimeZone))
            {
                errors.Add($"{at}.timeZone", "An IANA time zone such as Africa/Accra is required.");
            }

            if (errors.IsEmpty)
            {
                valid.Add(new Contact(c.Name!.Trim(), c.Email!.Trim(), c.Language!.Value, c.TimeZone!));
            }
        }

        foreach (string duplicate in valid.GroupBy(c => c.Email, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add(path, $"{duplicate} is listed more than once.");
        }

        return [.. valid];
    }

    public static bool IsEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= 254 && MailAddress.TryCreate(email.Trim(), out MailAddress? parsed) && parsed.Address == email.Trim();

    public static bool IsTimeZone(string? timeZone) =>
        !string.IsNullOrWhiteSpace(timeZone) && timeZone.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _)
        || timeZone == "UTC";
}
