// Small browser helpers the portal calls through JS interop, and the portal's start. Loaded as a file in
// <head> (the Content Security Policy allows no inline script), so the page's language and direction are
// set before anything is painted.
(() => {
    // LanguageChoice.Supported's codes (a test compares them), the ones written right to left, and the
    // pseudo-locale that only a portal served from this machine accepts (PseudoLocalization).
    const languages = ["ar", "zh-Hans", "en", "fr", "ru", "es"];
    const rightToLeft = ["ar"];
    const pseudo = "qps-ploc";
    const storageKey = "focalpoints.language";
    const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(location.hostname);
    const browserLanguages = () => navigator.languages ? Array.from(navigator.languages) : [navigator.language];
    const base = (tag) => tag.split("-")[0].toLowerCase();

    // The same choice as LanguageChoice.Pick: remembered, else the browser's first the portal speaks, else English.
    const pick = () => {
        const chosen = localStorage.getItem(storageKey);
        if (languages.includes(chosen) || (chosen === pseudo && loopback)) {
            return chosen;
        }
        for (const tag of browserLanguages()) {
            const match = languages.find((code) => base(code) === base(tag));
            if (match) {
                return match;
            }
        }
        return "en";
    };

    // The page's language for assistive technology and hyphenation (WCAG 3.1.1), and its direction.
    const setDocumentLanguage = (language, dir) => {
        document.documentElement.lang = language;
        document.documentElement.dir = dir;
    };

    // Fluent UI keeps the document's direction in its theme settings and restores it at start; here the
    // language decides it, so Fluent's copy is dropped (before it could win, and once it has written it).
    const forgetFluentDirection = () => {
        const key = "fluentui-blazor:theme-settings";
        const stored = localStorage.getItem(key);
        if (stored === null) {
            return;
        }
        let settings = {};
        try {
            settings = JSON.parse(stored) ?? {};
        } catch {
            settings = {};
        }
        delete settings.dir;
        if (Object.keys(settings).length === 0) {
            localStorage.removeItem(key);
        } else {
            localStorage.setItem(key, JSON.stringify(settings));
        }
    };

    const language = pick();
    const shown = language === pseudo ? "en" : language;
    setDocumentLanguage(shown, rightToLeft.includes(shown) ? "rtl" : "ltr");
    forgetFluentDirection();

    // Blazor starts once the page is parsed (its script has autostart="false"), then Fluent's copy of the direction goes.
    document.addEventListener("DOMContentLoaded", () => {
        Blazor.start().then(forgetFluentDirection);
    });

    window.focalPoints = {
        // The language the person chose, remembered across visits (not confidential).
        getLanguage: () => localStorage.getItem(storageKey),
        setLanguage: (chosen) => localStorage.setItem(storageKey, chosen),
        setDocumentLanguage,
        browserLanguages,
        timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
        // Unsaved edits survive a reload within this tab only (sessionStorage ends with the session).
        getSession: (key) => sessionStorage.getItem(key),
        setSession: (key, value) => sessionStorage.setItem(key, value),
        removeSession: (key) => sessionStorage.removeItem(key),
        focus: (selector) => { const e = document.querySelector(selector); if (e) { e.focus(); return true; } return false; },
        reload: () => location.reload(),
        // A file the portal fetched from the API (with its token when the API is on another origin), saved by
        // the browser from an object URL: a download, never a page of the portal's origin.
        download: (fileName, contentType, bytes) => {
            const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
            const link = document.createElement("a");
            link.href = url;
            link.download = fileName;
            document.body.appendChild(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url), 60000);
        },
        // A script of the portal's own origin, loaded when the portal needs it (the OpenID Connect library).
        loadScript: (src) => new Promise((resolve, reject) => {
            const script = document.createElement("script");
            script.src = src;
            script.onload = () => resolve();
            script.onerror = () => reject(new Error("Could not load " + src));
            document.head.appendChild(script);
        }),
    };
})();
