using FocalPoints.SelfHost.Tests.Portal;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("FocalPoints.SelfHost.Tests.PortalCollectionFirst", "FocalPoints.SelfHost.Tests")]

namespace FocalPoints.SelfHost.Tests;

/// <summary>
/// Starts the browser tests' collection first. It is the longest chain of this assembly (its classes share one
/// self-host and one browser, so they run one after another, about six minutes); started last, as xunit's own
/// order had it, nothing ran beside it and it set the length of the whole run. Every other collection keeps
/// xunit's order and runs on the other thread meanwhile.
/// </summary>
public sealed class PortalCollectionFirst : ITestCollectionOrderer
{
    private readonly DefaultTestCollectionOrderer xunitOrder = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        xunitOrder.OrderTestCollections(testCollections).OrderBy(c => c.DisplayName == PortalTests.Name ? 0 : 1);
}
