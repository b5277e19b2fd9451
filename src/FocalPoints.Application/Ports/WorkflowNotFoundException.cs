namespace FocalPoints.Application.Ports;

/// <summary>The country's workflow does not exist (yet): an event for it cannot be raised now (<see cref="IStrategyWorkflows"/>).</summary>
public sealed class WorkflowNotFoundException : Exception
{
    public WorkflowNotFoundException()
    {
    }

    public WorkflowNotFoundException(string message)
        : base(message)
    {
    }

    public WorkflowNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
