using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.Network;

/// <summary>
/// Changes the network directory: a member with its focal points, or the list of coordinators (who
/// receive escalations and the digest). Coordinators only; the input is read once the caller is
/// allowed, and stored whole when it is valid (each save replaces what was there).
/// </summary>
public sealed class ChangeDirectory(IDirectoryStore directory)
{
    public Task<Outcome<Member>> SaveMemberAsync(Caller? caller, string iso3, Input<MemberInput> input, CancellationToken cancellationToken) =>
        ChangeAsync(caller, input, (body, errors) => DirectoryRules.ValidateMember(iso3, body, errors), PutMemberAsync, cancellationToken);

    public Task<Outcome<Contact[]>> SaveCoordinatorsAsync(Caller? caller, Input<CoordinatorsInput> input, CancellationToken cancellationToken) =>
        ChangeAsync(caller, input, (body, errors) => DirectoryRules.ValidateCoordinators(body, errors)?.ToArray(), directory.PutCoordinatorsAsync, cancellationToken);

    /// <summary>The input never carries object ids: those recorded at sign-in stay with the contacts whose e-mail is unchanged.</summary>
    private async Task PutMemberAsync(Member member, CancellationToken cancellationToken) =>
        await directory.PutMemberAsync(member.KeepingObjectIdsOf(await directory.GetMemberAsync(member.Iso3, cancellationToken)), cancellationToken);

    private static async Task<Outcome<T>> ChangeAsync<TInput, T>(
        Caller? caller, Input<TInput> input, Func<TInput, ValidationErrors, T?> validate, Func<T, CancellationToken, Task> store, CancellationToken cancellationToken)
        where T : class
    {
        if (AccessControl.RequireCoordinator(caller).Failure is { } denied)
        {
            return denied;
        }

        Outcome<TInput> body = await input(cancellationToken);
        if (body.Failure is { } unreadable)
        {
            return unreadable;
        }

        var errors = new ValidationErrors();
        T? value = validate(body.Value, errors);
        if (value is null)
        {
            return new Invalid(errors);
        }

        await store(value, cancellationToken);
        return value;
    }
}
