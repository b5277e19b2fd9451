using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Testing.Builders;

/// <summary>
/// A builder of one step kind's content, complete and valid unless told otherwise; <see cref="StepContents"/>
/// finds each kind's builder by its content type.
/// </summary>
/// <typeparam name="TContent">The content it builds.</typeparam>
public interface IStepContentBuilder<out TContent>
    where TContent : StepContent
{
    TContent Build();
}
