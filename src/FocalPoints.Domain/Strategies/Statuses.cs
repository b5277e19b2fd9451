namespace FocalPoints.Domain.Strategies;

/// <summary>Where a country's strategy stands in a cycle.</summary>
public enum StrategyStatus
{
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>Where one step stands.</summary>
public enum StepStatus
{
    NotStarted,
    Open,
    Submitted,
    Returned,
    Approved,
}

/// <summary>A coordinator's decision on a submission.</summary>
public enum ReviewDecision
{
    Approve,
    Return,
}

/// <summary>Who may see a step's content beyond the country's focal points and the coordinators.</summary>
public enum Sharing
{
    Confidential,
    Network,
    Public,
}
