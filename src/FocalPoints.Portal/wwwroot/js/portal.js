// Small browser helpers the portal calls through JS interop. Loaded as a file: the Content
// Security Policy allows no inline script.
window.focalPoints = {
    // The language the person chose, remembered across visits (not confidential).
    getLanguage: () => localStorage.getItem("focalpoints.language"),
    setLanguage: (language) => localStorage.setItem("focalpoints.language", language),
    // The page's language for assistive technology and hyphenation (WCAG 3.1.1).
    setDocumentLanguage: (language) => { document.documentElement.lang = language; },
    browserLanguages: () => navigator.languages ? Array.from(navigator.languages) : [navigator.language],
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
