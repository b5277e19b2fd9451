using Microsoft.DurableTask;

namespace FocalPoints.Functions.Durable;

/// <summary>The <see cref="TaskActivityContext"/> a shared activity sees when a Functions activity trigger runs it.</summary>
public sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
