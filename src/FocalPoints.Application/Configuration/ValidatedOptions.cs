using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FocalPoints.Application.Configuration;

/// <summary>
/// How every settings section is read: bound from its section, checked by its validator when the host
/// starts (a wrong setting stops the start with an <see cref="OptionsValidationException"/> naming the
/// key, or the binder's <see cref="InvalidOperationException"/> for a value it cannot convert), never
/// at first use.
/// </summary>
public static class ValidatedOptions
{
    /// <summary>
    /// Binds <paramref name="section"/> to <typeparamref name="TOptions"/> (a key the type does not have
    /// is an error too: a misspelt setting would otherwise be ignored), validates it with
    /// <typeparamref name="TValidator"/> at start, and registers the validated value itself for the
    /// consumers that take <typeparamref name="TOptions"/> rather than <see cref="IOptions{TOptions}"/>.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<TOptions>>().Value);
        return services.AddOptions<TOptions>()
            .BindConfiguration(section, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
    }

    /// <summary>Refuses at start every key under <paramref name="retired"/>, the section's old name, naming where it is read now (<see cref="RetiredSection{TOptions}"/>).</summary>
    public static OptionsBuilder<TOptions> RefuseRetiredSection<TOptions>(this OptionsBuilder<TOptions> builder, string retired, string current, Func<string, string> renamed)
        where TOptions : class
    {
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(sp => new RetiredSection<TOptions>(sp.GetRequiredService<IConfiguration>(), retired, current, renamed));
        return builder;
    }

    /// <summary>
    /// Checks settings bound by hand (read before a host exists) with the same validator: returns
    /// <paramref name="options"/>, or throws the <see cref="OptionsValidationException"/> a host would.
    /// </summary>
    public static TOptions ValidateNow<TOptions>(this IValidateOptions<TOptions> validator, TOptions options)
        where TOptions : class
    {
        ValidateOptionsResult result = validator.Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), result.Failures) : options;
    }
}
