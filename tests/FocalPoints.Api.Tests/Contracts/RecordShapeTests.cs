using System.Reflection;
using FocalPoints.Application.Access;
using FocalPoints.Contracts;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Api.Tests.Contracts;

/// <summary>
/// One owner per shape: no two records of the domain, the application and the HTTP contract have the
/// same properties (names, types and nullability). Such a pair is one idea written twice, kept equal by
/// a mapper that copies every field. Records of one family (a base and the records derived from it)
/// share their base's properties by design and are not compared.
/// </summary>
public sealed class RecordShapeTests
{
    private static readonly Assembly[] Assemblies = [typeof(PeerReviewSession).Assembly, typeof(Caller).Assembly, typeof(ApiRoutes).Assembly];

    [Fact]
    public void No_two_records_have_the_same_shape()
    {
        var nullability = new NullabilityInfoContext();
        string[] twins = Assemblies.SelectMany(a => a.GetTypes())
            .Where(t => IsRecord(t) && !IsRecord(t.BaseType))
            .GroupBy(t => Shape(t, nullability))
            .Where(same => same.Count() > 1)
            .Select(same => string.Join(" = ", same.Select(t => t.FullName).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(twins.Length == 0, "Records of one shape:\n" + string.Join('\n', twins));
    }

    private static bool IsRecord(Type? type) => type is { IsClass: true } && type.GetMethod("<Clone>$") is not null;

    private static string Shape(Type record, NullabilityInfoContext nullability) => string.Join(", ", record
        .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Select(p => $"{p.Name}: {Key(nullability.Create(p))}")
        .Order(StringComparer.Ordinal));

    private static string Key(NullabilityInfo info)
    {
        string name = info.ElementType is { } element ? Key(element) + "[]"
            : info.Type.IsGenericType ? $"{info.Type.GetGenericTypeDefinition().FullName}<{string.Join(", ", info.GenericTypeArguments.Select(Key))}>"
            : info.Type.FullName ?? info.Type.Name;
        return info.ReadState == NullabilityState.Nullable && !info.Type.IsValueType ? name + "?" : name;
    }
}
