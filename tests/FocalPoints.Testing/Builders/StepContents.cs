using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;

namespace FocalPoints.Testing.Builders;

/// <summary>A complete, valid content for each step, from the builder of its kind's content (<see cref="IStepContentBuilder{TContent}"/>).</summary>
public static class StepContents
{
    private static readonly Dictionary<Type, Type> BuilderByContent = typeof(StepContents).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .SelectMany(t => t.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStepContentBuilder<>))
            .Select(i => (Content: i.GetGenericArguments()[0], Builder: t)))
        .ToDictionary(x => x.Content, x => x.Builder);

    /// <summary>A new builder of <paramref name="step"/>'s content.</summary>
    public static IStepContentBuilder<StepContent> Builder(StrategyStep step)
    {
        Type content = StepKinds.Of(step).ContentType;
        return BuilderByContent.TryGetValue(content, out Type? builder)
            ? (IStepContentBuilder<StepContent>)Activator.CreateInstance(builder)!
            : throw new InvalidOperationException($"No IStepContentBuilder<{content.Name}> in FocalPoints.Testing.Builders.");
    }

    public static StepContent Complete(StrategyStep step) => Builder(step).Build();
}
