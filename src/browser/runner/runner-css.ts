/** The runner's styles, injected with its UI on the first click: a page carries none of them before. */
export const RUNNER_CSS = `
.runner { margin-top: 0.75rem; padding: 0.75rem; border: 1px solid var(--sl-color-gray-5); border-radius: 0.25rem; }
.runner > p { margin: 0 0 0.5rem; font-size: var(--sl-text-sm); }
.runner-editor { display: block; width: 100%; font-family: var(--__sl-font-mono, monospace); font-size: var(--sl-text-sm);
  tab-size: 4; background: var(--sl-color-black); color: var(--sl-color-white); border: 1px solid var(--sl-color-gray-5); padding: 0.5rem; }
.runner-actions { display: flex; gap: 0.5rem; margin: 0.5rem 0; }
.runner-actions button { padding: 0.2rem 0.8rem; border-radius: 0.25rem; border: 1px solid var(--sl-color-gray-4);
  background: var(--sl-color-gray-6); color: var(--sl-color-white); cursor: pointer; }
.runner-actions button:disabled { opacity: 0.5; cursor: default; }
.runner-warning { color: var(--sl-color-orange-high); }
.runner-label { font-weight: 600; }
.runner-output { max-height: 24rem; overflow: auto; margin: 0.5rem 0 0; padding: 0.5rem; white-space: pre-wrap;
  background: var(--sl-color-black); font-size: var(--sl-text-sm); }
.runner-stderr { color: var(--sl-color-red-high); }
.runner-status { font-size: var(--sl-text-sm); margin: 0.25rem 0 0; }
.runner progress { width: 100%; }
`;
