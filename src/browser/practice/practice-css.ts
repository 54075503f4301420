/** The practice panels' styles, injected on the first click (like the runner's): a page carries none before. */
export const PRACTICE_CSS = `
.practice { margin-top: 0.75rem; padding: 0.75rem; border: 1px solid var(--sl-color-gray-5); border-radius: 0.25rem; }
.practice > p { margin: 0 0 0.5rem; font-size: var(--sl-text-sm); }
.predict-lines { padding-left: 2rem; margin: 0.5rem 0; }
.predict-lines li { display: flex; align-items: center; gap: 0.5rem; margin: 0.2rem 0; padding: 0.1rem 0.3rem;
  border: 1px solid transparent; border-radius: 0.25rem; }
.predict-lines li:focus-visible { outline: 2px solid var(--sl-color-accent); }
.predict-lines code { flex: 1; white-space: pre-wrap; }
.predict-lines button { padding: 0 0.5rem; border-radius: 0.25rem; border: 1px solid var(--sl-color-gray-4);
  background: var(--sl-color-gray-6); color: var(--sl-color-white); cursor: pointer; }
.predict-lines button:disabled { opacity: 0.4; cursor: default; }
.predict-right { border-color: var(--sl-color-green) !important; }
.predict-wrong { border-color: var(--sl-color-red) !important; }
.predict-mark { font-size: var(--sl-text-xs); }
.predict-right .predict-mark, p.challenge-pass, li.challenge-pass { color: var(--sl-color-green-high); }
.predict-wrong .predict-mark, p.challenge-fail, li.challenge-fail { color: var(--sl-color-red-high); }
.challenge-verdict ul { font-size: var(--sl-text-sm); padding-left: 1rem; }
.practice-error { color: var(--sl-color-red-high); font-size: var(--sl-text-sm); }
`;
