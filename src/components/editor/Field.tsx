/**
 * One field of a generated form, for any field description of `src/editor/form-spec.ts`: a text
 * (or a Markdown text with its preview), a number typed the French way, a choice by French
 * labels, a group, a list to add to, reorder and remove from, a text in the author's words that
 * can be detailed, one of several kinds of object. Its messages (the validator's) sit under it.
 */
import { createContext, memo, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ObjectSpec, Spec } from '../../editor/form-spec';
import { choicesFor, type Catalog } from '../../editor/choices';
import type { Option } from '../../editor/labels';
import { fr } from '../../i18n/fr';
import { fieldId, flexInput, getIn, objectFor, numberInput, pathKey, shown, type Path, type Value } from './values';
import { useMessages, type MessageStore } from './messages-store';
import { formWording, type Glossary } from '../../editor/form-messages';
import { slugify } from '../../editor/item-ids';
import { MarkdownPreview } from './MarkdownPreview';

/** What every field reads; it stays the same object while the author types. */
export interface FormContext {
  update: (path: Path, value: Value) => void;
  messages: MessageStore;
  catalog: Catalog;
  regionOf: Record<string, string>;
  markdown: (text: string) => Promise<string>;
  /** The form's names of the keys and codes the validator's messages use. */
  glossary?: Glossary;
  /** Writes the identifiers the form made for new list items (when one is chosen elsewhere). */
  keepItemIds?: () => void;
}

export const Form = createContext<FormContext | null>(null);
const useForm = () => useContext(Form)!;
/**
 * The whole data, for the few fields that depend on others (choices from the file, the région),
 * with the identifiers the editor makes for new list items (`item-ids.ts`).
 */
export const FormData = createContext<Record<string, unknown>>({});
const t = fr.editor.form;

const PLACEHOLDER = fr.diagnostics.placeholderToken.toLowerCase();
const isPlaceholder = (v: Value) => typeof v === 'string' && v.trim().toLowerCase().startsWith(PLACEHOLDER);

/** The validator's messages for a path, under the field. */
function Messages({ path, deep, options }: { path: Path; deep?: boolean; options?: readonly Option[] }) {
  const { messages, glossary } = useForm();
  const list = useMessages(messages, path, deep);
  if (list.length === 0) return null;
  return (
    <ul className="field-messages" id={`${fieldId(path)}-messages`}>
      {list.map((d, i) => {
        const { message, expected, hint } = formWording(d, options, glossary);
        return (
          <li key={i} className={d.severity === 'error' ? 'field-error' : 'field-warning'}>
            <strong>{message ?? d.message}</strong>
            {d.found !== undefined && <span> · {fr.editor.form.found(d.found)}</span>}
            {expected !== undefined && <span> · {fr.editor.form.expected(expected)}</span>}
            {hint !== undefined && <span className="hint"> {hint}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function useInvalid(path: Path, deep = false) {
  const has = useMessages(useForm().messages, path, deep).length > 0;
  return has ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(path)}-messages ${fieldId(path)}-help` } : { 'aria-describedby': `${fieldId(path)}-help` };
}

function Help({ spec, path }: { spec: Spec; path: Path }) {
  // An example the « attendu » already quotes is not printed a second time.
  const examples = spec.examples?.filter((e) => !spec.expected?.includes(e) && !spec.help?.includes(e));
  const parts = [spec.help, spec.expected && fr.editor.form.expected(spec.expected), examples?.length && fr.editor.form.examples(examples)].filter(Boolean);
  return <p className="field-help" id={`${fieldId(path)}-help`}>{parts.join(' ')}</p>;
}

function Label({ spec, path, as = 'label' }: { spec: Spec; path: Path; as?: 'label' | 'legend' }) {
  const text = spec.label || t.item(Number(path[path.length - 1]) + 1);
  const required = spec.required ? <span className="required"> {t.required}</span> : <span className="optional"> {t.optional}</span>;
  return as === 'legend' ? <legend>{text}{required}</legend> : <label htmlFor={fieldId(path)}>{text}{required}</label>;
}

function Shell({ spec, path, children, deep }: { spec: Spec; path: Path; children: ReactNode; deep?: boolean }) {
  return (
    <div className="field" data-field={spec.field}>
      <Label spec={spec} path={path} />
      {children}
      <Help spec={spec} path={path} />
      <Messages path={path} deep={deep} options={spec.kind === 'enum' || spec.kind === 'pick' ? spec.options : undefined} />
    </div>
  );
}

function TextInput({ spec, path, value, convert, multiline }: { spec: Spec; path: Path; value: Value; convert: (text: string) => Value; multiline?: boolean }) {
  const { update } = useForm();
  const placeholder = isPlaceholder(value);
  const [text, setText] = useState(placeholder ? '' : shown(value));
  useEffect(() => {
    if (!placeholder && convert(text) !== value && shown(value) !== text) setText(shown(value));
  }, [value]);
  const props = {
    id: fieldId(path),
    value: text,
    placeholder: placeholder ? String(value) : t.notProvided,
    onChange: (event: { target: { value: string } }) => {
      setText(event.target.value);
      update(path, convert(event.target.value));
    },
    ...useInvalid(path, true),
  };
  return multiline ? <textarea rows={8} {...props} /> : <input type="text" inputMode={spec.kind === 'number' ? 'decimal' : undefined} {...props} />;
}

function Select({ spec, path, value, options, onPicked }: { spec: Spec; path: Path; value: Value; options: Option[]; onPicked?: () => void }) {
  const { update } = useForm();
  const current = value === undefined || isPlaceholder(value) ? '' : String(value);
  const known = options.some((o) => o.value === current);
  return (
    <select
      id={fieldId(path)}
      value={current}
      onChange={(e) => {
        update(path, e.target.value === '' ? undefined : e.target.value);
        onPicked?.();
      }}
      {...useInvalid(path, true)}
    >
      <option value="">{spec.required ? t.choose : t.notProvided}</option>
      {!known && current !== '' && <option value={current}>{t.unknownValue(current)}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** The région a list of départements gives, shown beside the régions. */
function DerivedRegion({ path }: { path: Path }) {
  const { regionOf } = useForm();
  const data = useContext(FormData);
  const parent = getIn(data, path.slice(0, -1)) as Record<string, unknown> | undefined;
  const codes = [...(Array.isArray(parent?.departements) ? parent.departements : []), ...(parent?.departement !== undefined ? [parent.departement] : [])].map(String);
  const names = [...new Set(codes.map((c) => regionOf[c.padStart(2, '0')] ?? regionOf[c]).filter(Boolean))];
  if (names.length === 0) return null;
  return <p className="derived" role="status">{t.derivedRegion(names.join(', '))}</p>;
}

/** The options of a field chosen from a list; those taken from the file itself follow its data. */
function optionsOf(spec: Spec, ctx: FormContext, data: Record<string, unknown> | undefined): Option[] | undefined {
  if (spec.kind === 'pick') return spec.options;
  if (spec.choices) return data ? choicesFor(spec.choices, ctx.catalog, data) : undefined;
  if (spec.kind === 'ref') return ctx.catalog.entries[spec.collection];
  return undefined;
}

/** A field chosen from content (the call's parts, the file's own groups): it follows the data, typed while there is nothing to choose from. */
function ChoicesSelect({ spec, path, value, fallback }: { spec: Spec; path: Path; value: Value; fallback: ReactNode }) {
  const ctx = useForm();
  const options = optionsOf(spec, ctx, useContext(FormData));
  // A new item chosen here keeps the identifier it was listed with, even if its title changes.
  const onPicked = spec.choices?.kind === 'own' ? ctx.keepItemIds : undefined;
  return options ? <Select spec={spec} path={path} value={value} options={options} onPicked={onPicked} /> : <>{fallback}</>;
}

/**
 * An identifier (`atelier-mobilite`): small, after the item's name. One the editor makes from the
 * name is shown as it will be saved; one typed by hand is corrected into a valid one on leaving.
 */
function IdField({ spec, path, value }: { spec: Extract<Spec, { kind: 'text' }>; path: Path; value: Value }) {
  const { update } = useForm();
  const made = spec.madeFrom ? getIn(useContext(FormData), path) : undefined;
  const [text, setText] = useState(shown(value));
  useEffect(() => {
    if (shown(value) !== text && !(text.trim() === '' && value === undefined)) setText(shown(value));
  }, [value]);
  const typed = text.trim();
  const corrected = typed === '' ? '' : slugify(typed);
  const note = typed !== '' ? (corrected !== typed && corrected !== '' ? t.itemId.corrected(corrected) : undefined) : typeof made === 'string' ? t.itemId.willBe(made) : undefined;
  return (
    <div className={`field${spec.madeFrom ? ' field-id' : ''}`} data-field={spec.field}>
      <Label spec={spec} path={path} />
      <input
        type="text"
        id={fieldId(path)}
        value={text}
        placeholder={typeof made === 'string' ? made : t.notProvided}
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          update(path, event.target.value.trim() === '' ? undefined : event.target.value);
        }}
        onBlur={() => {
          if (corrected === typed) return;
          setText(corrected);
          update(path, corrected === '' ? undefined : corrected);
        }}
        {...useInvalid(path, true)}
      />
      {note && <p className="field-help id-note">{note}</p>}
      <Help spec={spec} path={path} />
      <Messages path={path} deep />
    </div>
  );
}

/** The fields in schema order, except an identifier made from the item's name: just after that name. */
function secondIds(fields: readonly Spec[]): readonly Spec[] {
  const id = fields.find((f) => f.kind === 'text' && f.madeFrom?.name);
  if (!id || id.kind !== 'text') return fields;
  const rest = fields.filter((f) => f !== id);
  const at = rest.findIndex((f) => f.key === id.madeFrom!.name);
  return at < 0 ? fields : [...rest.slice(0, at + 1), id, ...rest.slice(at + 1)];
}

function ObjectFields({ spec, path, value, skip }: { spec: ObjectSpec; path: Path; value: Value; skip?: string }) {
  const object = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, Value>;
  return (
    <>
      {secondIds(spec.fields)
        .filter((f) => f.key !== skip)
        .map((f) => (
          <FieldView key={f.key} spec={f} path={[...path, f.key!]} value={object[f.key!]} />
        ))}
    </>
  );
}

function ListField({ spec, path, value }: { spec: Extract<Spec, { kind: 'list' }>; path: Path; value: Value }) {
  const { update } = useForm();
  const items = Array.isArray(value) ? value : [];
  const item = spec.item;
  const name = spec.label || t.itemWord;
  if (item.kind === 'enum') {
    const chosen = new Set(items.map(String));
    return (
      <fieldset className="field choices" data-field={spec.field} data-item-field={item.field} id={fieldId(path)} {...useInvalid(path, true)}>
        <Label spec={spec} path={path} as="legend" />
        {item.options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              checked={chosen.has(o.value)}
              onChange={(e) => {
                const next = item.options.map((x) => x.value).filter((v) => (v === o.value ? e.target.checked : chosen.has(v)));
                const extra = items.filter((v) => !item.options.some((x) => x.value === v) && !isPlaceholder(v));
                update(path, next.length + extra.length ? [...next, ...extra] : undefined);
              }}
            />{' '}
            {o.label}
          </label>
        ))}
        <Help spec={spec} path={path} />
        <Messages path={path} deep />
      </fieldset>
    );
  }
  const move = (from: number, to: number) => {
    const next = [...items];
    const [x] = next.splice(from, 1);
    next.splice(to, 0, x);
    update(path, next);
    requestAnimationFrame(() => document.getElementById(`${fieldId([...path, to])}-item`)?.focus());
  };
  const scalar = !['object', 'variants', 'list'].includes(item.kind);
  return (
    <fieldset className="field list" data-field={spec.field}>
      <Label spec={spec} path={path} as="legend" />
      <Help spec={spec} path={path} />
      <Messages path={path} />
      {items.length === 0 && <p className="muted">{t.notProvided}</p>}
      <ol className="items">
        {items.map((v, i) => (
          <li key={i} className="item" id={`${fieldId([...path, i])}-item`} tabIndex={-1} aria-label={t.itemOf(name, i + 1)}>
            {scalar ? <FieldView spec={{ ...item, label: t.itemOf(name, i + 1) }} path={[...path, i]} value={v} /> : <FieldView spec={item} path={[...path, i]} value={v} heading={t.itemOf(name, i + 1)} />}
            <p className="item-actions">
              <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={t.moveUp(name, i + 1)}>{t.up}</button>
              <button type="button" onClick={() => move(i, i + 1)} disabled={i === items.length - 1} aria-label={t.moveDown(name, i + 1)}>{t.down}</button>
              <button type="button" className="danger" onClick={() => update(path, items.length > 1 ? items.filter((_, k) => k !== i) : undefined)} aria-label={t.remove(name, i + 1)}>{t.removeShort}</button>
            </p>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="add"
        data-add={spec.field}
        onClick={() => {
          update(path, [...items, scalar ? '' : {}]);
          requestAnimationFrame(() => document.getElementById(`${fieldId([...path, items.length])}-item`)?.querySelector<HTMLElement>('input, select, textarea')?.focus());
        }}
      >
        {t.add(name)}
      </button>
    </fieldset>
  );
}

/** The name of a detailed form among several: its own description, else its first fields. */
function detailName(spec: Extract<Spec, { kind: 'flex' }>, index: number): string {
  const object = spec.objects[index];
  const own = object.label && object.label !== spec.label && spec.objects.every((o, i) => i === index || o.label !== object.label);
  return own ? object.label : object.fields.slice(0, 3).map((f) => f.label).join(', ');
}

function FlexField({ spec, path, value }: { spec: Extract<Spec, { kind: 'flex' }>; path: Path; value: Value }) {
  const { update } = useForm();
  // Which detailed form the author chose, while it is still empty.
  const [chosen, setChosen] = useState(0);
  const object = value && typeof value === 'object' && !Array.isArray(value) ? objectFor(spec.objects, value, chosen) : undefined;
  if (object) {
    return (
      <fieldset className="field detailed" data-field={spec.field}>
        <Label spec={spec} path={path} as="legend" />
        <Help spec={spec} path={path} />
        <Messages path={path} />
        <ObjectFields spec={object} path={path} value={value} />
        <button type="button" onClick={() => update(path, undefined)}>{t.simple}</button>
      </fieldset>
    );
  }
  if (Array.isArray(value) && spec.list) {
    return <ListField spec={{ ...spec, kind: 'list', item: spec.list }} path={path} value={value} />;
  }
  const options = optionsOf(spec, useForm(), undefined);
  return (
    <Shell spec={spec} path={path} deep>
      {(() => {
        const text = <TextInput spec={spec} path={path} value={value} convert={(typed) => flexInput(typed, spec.scalar)} />;
        if (spec.choices) return <ChoicesSelect spec={spec} path={path} value={value} fallback={text} />;
        return options ? <Select spec={spec} path={path} value={value} options={options} /> : text;
      })()}
      <span className="field-modes">
        {spec.objects.map((_, i) => (
          <button
            key={i}
            type="button"
            onClick={() => {
              setChosen(i);
              update(path, {});
            }}
            data-detail={spec.field}
          >
            {spec.objects.length > 1 ? t.detailAs(detailName(spec, i)) : t.detail}
          </button>
        ))}
        {spec.list && (
          <button type="button" onClick={() => update(path, value === undefined ? [] : [value])} data-several={spec.field}>
            {t.several}
          </button>
        )}
      </span>
    </Shell>
  );
}

function VariantsField({ spec, path, value, heading }: { spec: Extract<Spec, { kind: 'variants' }>; path: Path; value: Value; heading?: string }) {
  const { update } = useForm();
  const object = (value && typeof value === 'object' ? value : {}) as Record<string, Value>;
  const current = spec.variants.find((v) => v.value === object[spec.discriminator]);
  const id = `${fieldId(path)}-kind`;
  // An optional group (a call's budget cap) may stay absent: its first choice says so.
  const optional = !spec.required && heading === undefined;
  const choose = (kind: string) => {
    // « non renseigné » on an optional group takes the whole group away: its fields would stay in
    // the file, hidden behind no kind, and fail validation.
    if (!kind && optional) return update(path, undefined);
    update(path, { ...object, [spec.discriminator]: kind || undefined });
  };
  return (
    <fieldset className="field group" data-field={spec.field}>
      {heading === undefined ? <Label spec={spec} path={path} as="legend" /> : <legend>{heading}</legend>}
      {heading === undefined && spec.help && <p className="field-help">{spec.help}</p>}
      <div className="field" data-field={`${spec.field}.${spec.discriminator}`}>
        <label htmlFor={id}>{fr.editor.labels[spec.discriminator] ?? t.kind}</label>
        <select id={id} value={current?.value ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">{optional ? t.notProvided : t.choose}</option>
          {spec.variants.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
        <Messages path={[...path, spec.discriminator]} />
      </div>
      <Messages path={path} />
      {current && <ObjectFields spec={current.spec} path={path} value={value} skip={spec.discriminator} />}
    </fieldset>
  );
}

function FieldViewInner({ spec, path, value, heading }: { spec: Spec; path: Path; value: Value; heading?: string }) {
  const ctx = useForm();
  const { update } = ctx;
  switch (spec.kind) {
    case 'object':
      return (
        <fieldset className="field group" data-field={spec.field || undefined}>
          <legend>{heading ?? spec.label}</legend>
          {spec.help && !heading && <p className="field-help">{spec.help}</p>}
          <Messages path={path} />
          <ObjectFields spec={spec} path={path} value={value} />
        </fieldset>
      );
    case 'list':
      return <ListField spec={spec} path={path} value={value} />;
    case 'flex':
      return <FlexField spec={spec} path={path} value={value} />;
    case 'variants':
      return <VariantsField spec={spec} path={path} value={value} heading={heading} />;
    case 'boolean':
      return (
        <Shell spec={spec} path={path}>
          <select id={fieldId(path)} value={value === true ? 'oui' : value === false ? 'non' : ''} onChange={(e) => update(path, e.target.value === '' ? undefined : e.target.value === 'oui')} {...useInvalid(path)}>
            <option value="">{spec.defaultValue === undefined ? t.notProvided : t.byDefault(spec.defaultValue ? fr.common.yes : fr.common.no)}</option>
            <option value="oui">{t.yes}</option>
            <option value="non">{t.no}</option>
          </select>
        </Shell>
      );
    case 'const':
      return (
        <div className="field checkbox" data-field={spec.field}>
          <input type="checkbox" id={fieldId(path)} checked={value === spec.value} onChange={(e) => update(path, e.target.checked ? spec.value : undefined)} {...useInvalid(path)} />
          <Label spec={spec} path={path} />
          <Help spec={spec} path={path} />
          <Messages path={path} />
        </div>
      );
    case 'enum':
      return (
        <Shell spec={spec} path={path}>
          <Select spec={spec.defaultValue ? { ...spec, required: false } : spec} path={path} value={value} options={spec.options} />
        </Shell>
      );
    case 'number':
      return (
        <Shell spec={spec} path={path}>
          <TextInput spec={spec} path={path} value={value} convert={numberInput} />
        </Shell>
      );
    default: {
      if (spec.kind === 'text' && spec.slug) return <IdField spec={spec} path={path} value={value} />;
      const options = optionsOf(spec, ctx, undefined);
      const last = path[path.length - 1];
      return (
        <Shell spec={spec} path={path}>
          {(() => {
            const text = <TextInput spec={spec} path={path} value={value} convert={(typed) => (typed.trim() === '' ? undefined : typed)} multiline={spec.kind === 'text' && spec.markdown} />;
            if (spec.choices) return <ChoicesSelect spec={spec} path={path} value={value} fallback={text} />;
            return options ? <Select spec={spec} path={path} value={value} options={options} /> : text;
          })()}
          {spec.kind === 'text' && spec.markdown && <MarkdownPreview text={typeof value === 'string' ? value : ''} render={ctx.markdown} empty={t.notProvided} />}
          {spec.choices?.kind === 'region' && (last === 'regions' || last === 'region' || typeof last === 'number') && <DerivedRegion path={typeof last === 'number' ? path.slice(0, -1) : path} />}
        </Shell>
      );
    }
  }
}

type FieldProps = Parameters<typeof FieldViewInner>[0];

/** A field, rendered again only when its value changes (its messages render on their own). */
export const FieldView = memo(FieldViewInner, (a: FieldProps, b: FieldProps) => a.spec === b.spec && a.value === b.value && a.heading === b.heading && pathKey(a.path) === pathKey(b.path));
