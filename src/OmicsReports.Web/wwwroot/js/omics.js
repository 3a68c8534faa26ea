// Small page helpers that must work without a circuit (the content security policy forbids inline handlers).
(() => {
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    if (target.id === 'omics-reconnect-retry' && window.Blazor) {
      window.Blazor.reconnect();
    } else if (target.id === 'omics-reconnect-reload') {
      location.reload();
    }
  });
})();
