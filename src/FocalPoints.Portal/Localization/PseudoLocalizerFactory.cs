using System.Globalization;
using Microsoft.Extensions.Localization;

namespace FocalPoints.Portal.Localization;

/// <summary>The resources' localizers, whose texts are pseudo-localised while <see cref="PseudoLocalization.Active"/>.</summary>
internal sealed class PseudoLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PseudoLocalizer(resources.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new PseudoLocalizer(resources.Create(baseName, location));

    private sealed class PseudoLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Pseudo(inner[name]);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                if (!PseudoLocalization.Active)
                {
                    return inner[name, arguments];
                }

                // The format is transformed, not what fills it: arguments are data (names, numbers, dates).
                LocalizedString format = Pseudo(inner[name]);
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures).Select(Pseudo);

        private static LocalizedString Pseudo(LocalizedString text) => PseudoLocalization.Active && !text.ResourceNotFound
            ? new LocalizedString(text.Name, PseudoLocalization.Transform(text.Value), resourceNotFound: false, text.SearchedLocation)
            : text;
    }
}
