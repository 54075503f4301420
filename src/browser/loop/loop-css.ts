/** The loop stepper's styles, injected with it on the first click: a page carries none of them before. */
export const LOOP_CSS = `
.loop-stepper { margin: 0.5rem 0; padding: 0.75rem; border: 1px solid var(--sl-color-gray-5); border-radius: 0.25rem;
  font-size: var(--sl-text-sm); }
.loop-stepper:focus-visible, .loop-stepper button:focus-visible, .loop-pickable:focus-visible {
  outline: 2px solid var(--sl-color-accent-high); outline-offset: 2px; }
.loop-controls { display: flex; gap: 0.5rem; align-items: center; margin-bottom: 0.5rem; }
/* Starlight spaces each element after another in an article (* + *): side by side, that misaligns them. */
.loop-controls > *, .loop-state > * { margin-top: 0; }
.loop-controls button { padding: 0.2rem 0.8rem; border-radius: 0.25rem; border: 1px solid var(--sl-color-gray-4);
  background: var(--sl-color-gray-6); color: var(--sl-color-white); cursor: pointer; }
.loop-controls button:disabled { opacity: 0.5; cursor: default; }
.loop-description { margin: 0 0 0.5rem; }
.loop-state { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.5rem; }
.loop-state h4 { margin: 0; font-size: var(--sl-text-sm); }
.loop-state ol, .loop-state ul { margin: 0.25rem 0 0; padding-left: 1.2rem; }
.loop-state .loop-none { list-style: none; margin-left: -1.2rem; }
.loop-state [aria-current] { font-weight: 700; }
.loop-state [aria-current]::before { content: '▶ '; }
/* An outline and a bar, no background: a tinted background takes the syntax colours below their contrast. */
.expressive-code .ec-line.loop-line { outline: 2px solid var(--sl-color-accent); outline-offset: -2px;
  box-shadow: inset 6px 0 0 var(--sl-color-accent); }
.expressive-code .ec-line.loop-pickable { cursor: pointer; }
`;
