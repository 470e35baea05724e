/** The editor's speed (see scripts/bench-editor.ts), as a part of `npm run bench`. */
export { default } from '../bench-editor';
