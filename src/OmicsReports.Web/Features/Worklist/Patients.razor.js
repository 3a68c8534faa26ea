// Writes the worklist's view into the address without a navigation, and only while the worklist is still the page:
// a person who has already opened a report keeps that report's address (the check and the write happen together in
// the browser, so a search finishing late cannot pull them back).
export function replaceAddress(href) {
    const path = location.pathname.replace(/\/+$/, '');
    if (path.endsWith('/patients')) {
        history.replaceState(history.state, '', href);
    }
}
