// Drives the reconnection dialog from the states blazor.web.js (.NET 10) reports. Loaded as a module: the content
// security policy allows no inline script or handler.
const dialog = document.getElementById('components-reconnect-modal');
const retryButton = document.getElementById('omics-reconnect-retry');
const reloadButton = document.getElementById('omics-reconnect-reload');

// Each reported state maps to the message shown and to whether "Try again" makes sense.
const shown = {
  show: 'retrying', retrying: 'retrying', failed: 'failed', paused: 'paused', 'resume-failed': 'failed', rejected: 'rejected',
};

function setState(state) {
  dialog.dataset.state = state;
  retryButton.hidden = state === 'rejected';
  retryButton.textContent = state === 'paused' ? 'Resume' : 'Try again';
  if (!dialog.open) dialog.showModal();
}

function close() {
  delete dialog.dataset.state;
  document.removeEventListener('visibilitychange', retryWhenVisible);
  if (dialog.open) dialog.close();
}

// Reconnect to the same circuit; when the server no longer has it, resume from its saved state; else reload.
async function retry() {
  document.removeEventListener('visibilitychange', retryWhenVisible);
  setState('retrying');
  try {
    if (await Blazor.reconnect()) return;
    if (await Blazor.resumeCircuit()) { close(); return; }
    location.reload();
  } catch {
    setState('failed');
    document.addEventListener('visibilitychange', retryWhenVisible);
  }
}

function retryWhenVisible() {
  if (document.visibilityState === 'visible') retry();
}

dialog.addEventListener('components-reconnect-state-changed', (event) => {
  const state = event.detail.state;
  if (state === 'hide') {
    close();
    return;
  }
  setState(shown[state] ?? 'retrying');
  if (state === 'failed') document.addEventListener('visibilitychange', retryWhenVisible);
  // The server answered but no longer has this session (its node was restarted or died, and the load balancer sent
  // the browser to another node): nothing is left to reconnect to, so load the page afresh on the node that answers.
  if (state === 'rejected') location.reload();
});
// Escape would close the dialog and leave a page that does not answer: keep it open until the state changes.
dialog.addEventListener('cancel', (event) => event.preventDefault());
retryButton.addEventListener('click', retry);
reloadButton.addEventListener('click', () => location.reload());
