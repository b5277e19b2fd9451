using FocalPoints.Application.Outcomes;

namespace FocalPoints.Application.Common;

/// <summary>
/// A request's input (its body), read only when the use case reaches it: after the caller is
/// authorised and what the request names is found, so that someone who may not act learns nothing
/// from how their input would be refused, and nothing is read for a request that is refused anyway.
/// </summary>
public delegate Task<Outcome<T>> Input<T>(CancellationToken cancellationToken);
