// Keyboard shortcuts of the presentation. Keys typed into a form field belong to the field, never to the meeting.
const commands = {
  ArrowRight: 'next', PageDown: 'next', n: 'next',
  ArrowLeft: 'previous', PageUp: 'previous', p: 'previous',
  d: 'details', f: 'follow',
  1: 'findings', 2: 'details', 3: 'decision',
};

export function listen(page) {
  const onKey = (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    const target = event.target;
    if (target instanceof HTMLElement &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const command = commands[key];
    if (!command) return;
    event.preventDefault();
    page.invokeMethodAsync('OnShortcut', command);
  };
  document.addEventListener('keydown', onKey);
  return { dispose: () => document.removeEventListener('keydown', onKey) };
}
