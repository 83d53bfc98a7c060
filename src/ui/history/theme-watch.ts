/**
 * Calls `onChange` whenever the page's theme may have changed: the theme switch sets `data-theme`
 * on the root element, and with no choice made the system's light or dark setting decides.
 * Returns the function that stops watching.
 */
export function watchTheme(root: HTMLElement, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  const system = matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    system.removeEventListener('change', onChange);
  };
}
