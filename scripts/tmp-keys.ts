import { jsonSchemaFor } from '../src/schema-json/generate';
const keys = new Set<string>();
function walk(n: unknown) { if (Array.isArray(n)) return n.forEach(walk); if (!n || typeof n !== 'object') return; const o = n as Record<string, unknown>; if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) keys.add(k); for (const v of Object.values(o)) walk(v); }
walk(jsonSchemaFor('tenders'));
console.log([...keys].sort().join(' '));
