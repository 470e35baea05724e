import { formSpec, type Spec } from './src/editor/form-spec';
import { collectionNames } from './schemas/index';
const seen=new Set<string>();
function walk(s: Spec){ const tag=`${s.field} [${s.kind}] ${s.label}`; 
 if(s.kind==='enum') for(const o of s.options) if(o.label===o.value) console.log('NOLABEL', s.field, o.value);
 if(!s.label || /\b(true|false)\b/.test(s.label) || /^[a-z-]+(, [a-z-]+)*( ou [a-z-]+)?$/.test(s.label)) console.log('BADLABEL', tag);
 if(process.argv[2]==='all' && !seen.has(s.field)){seen.add(s.field); console.log(tag);} 
 if(s.kind==='object') s.fields.forEach(walk); if(s.kind==='list') walk(s.item); if(s.kind==='flex'){ if(s.object) walk(s.object); if(s.list) walk(s.list);} if(s.kind==='variants') s.variants.forEach(v=>walk(v.spec)); }
for(const c of collectionNames) walk(formSpec(c));
