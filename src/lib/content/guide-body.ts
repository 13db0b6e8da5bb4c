/**
 * A guide's body is Markdown in which authors write a few components as tags (`<Callout
 * type="tip">`, `<CodeExample>`, `<TokenChecker />`, `<Troubleshooter id="…" />`). The Markdown
 * renderer passes those tags through as they are; this cuts its HTML into plain HTML and component
 * nodes, so the page renders each with its Astro component. Headings and inline code are nodes too:
 * their components add section anchors and app links.
 */

/** Components an author may write in a guide: whether each wraps content, and its attributes. */
export const AUTHOR_COMPONENTS = {
  Callout: { wraps: true, required: [], optional: ['type', 'title'] },
  CodeExample: { wraps: true, required: ['kind', 'caption'], optional: [] },
  TokenChecker: { wraps: false, required: [], optional: [] },
  Troubleshooter: { wraps: false, required: ['id'], optional: [] },
} as const satisfies Record<string, { wraps: boolean; required: readonly string[]; optional: readonly string[] }>;

/** A component of a guide's body: one an author wrote, or an element override. */
export type GuideComponentName = keyof typeof AUTHOR_COMPONENTS | 'h2' | 'h3' | 'code';

/** A piece of a guide's body: HTML as rendered, or a component with its attributes and content. */
export type GuideNode = string | GuideComponentNode;

/** A component in a guide's body. */
export interface GuideComponentNode {
  name: GuideComponentName;
  props: Record<string, string>;
  children: GuideNode[];
}

/** A guide body that cannot be rendered as written. */
export class GuideBodyError extends Error {
  override name = 'GuideBodyError';
}

const ATTRIBUTES = String.raw`(?:\s+[A-Za-z][\w:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^\s"'=<>{}]+))?)*`;
const TAG = new RegExp(String.raw`<(\/?)([A-Z][A-Za-z0-9]*|h2|h3|code)(${ATTRIBUTES})\s*(\/?)>`, 'g');
const ATTRIBUTE = /([A-Za-z][\w:-]*)(?:\s*=\s*("([^"]*)"|'([^']*)'|(\{[^}]*\})|([^\s"'=<>{}]+)))?/g;

// Any case of a component's name; one not written exactly is an author's `<callout>`, which HTML
// would pass through as an unknown element, silently.
const ANY_CASE = new RegExp(String.raw`<\/?(${Object.keys(AUTHOR_COMPONENTS).join('|')})\b`, 'gi');

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity]!);

const isAuthorComponent = (name: string): name is keyof typeof AUTHOR_COMPONENTS =>
  Object.hasOwn(AUTHOR_COMPONENTS, name);

function parseAttributes(tag: string, source: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const [, name = '', , double, single, expression, bare] = match;
    if (expression !== undefined) {
      throw new GuideBodyError(
        `<${tag} ${name}=${expression}>: attribute values are text in quotes, e.g. ${name}="…" (expressions in braces are not supported)`,
      );
    }
    props[name] = decode(double ?? single ?? bare ?? 'true');
  }
  return props;
}

function checkAttributes(name: keyof typeof AUTHOR_COMPONENTS, props: Record<string, string>): void {
  const { required, optional } = AUTHOR_COMPONENTS[name];
  const known: readonly string[] = [...required, ...optional];
  const takes = known.length > 0 ? `it takes ${known.join(', ')}` : 'it takes none';
  for (const attribute of Object.keys(props)) {
    if (!known.includes(attribute)) throw new GuideBodyError(`<${name}>: no attribute "${attribute}" (${takes})`);
  }
  for (const attribute of required) {
    if (!props[attribute]?.trim()) throw new GuideBodyError(`<${name}> needs ${attribute}="…"`);
  }
}

/**
 * Cuts a guide's rendered HTML into HTML and component nodes. Throws {@link GuideBodyError} for a
 * tag that is not a guide component, a component left open or closed twice, an attribute it does
 * not take or one it needs missing, or an attribute written as an expression.
 */
export function parseGuideBody(html: string): GuideNode[] {
  for (const [, written = ''] of html.matchAll(ANY_CASE)) {
    if (isAuthorComponent(written)) continue;
    const name = Object.keys(AUTHOR_COMPONENTS).find((n) => n.toLowerCase() === written.toLowerCase());
    throw new GuideBodyError(`<${written}> is written <${name}>: a component's name is spelt exactly`);
  }
  const body: GuideNode[] = [];
  // The components open around the current position, innermost last.
  const open: GuideComponentNode[] = [];
  let last = 0;
  const children = () => open.at(-1)?.children ?? body;
  const pushText = (text: string) => {
    if (text) children().push(text);
  };
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, name = '', attributes = '', selfClosing] = match;
    pushText(html.slice(last, match.index));
    last = match.index + whole.length;
    if (/^[A-Z]/.test(name) && !isAuthorComponent(name)) {
      throw new GuideBodyError(
        `<${name}> is not a guide component (guides can use ${Object.keys(AUTHOR_COMPONENTS)
          .map((n) => `<${n}>`)
          .join(', ')})`,
      );
    }
    const component = name as GuideComponentName;
    if (closing) {
      if (open.at(-1)?.name !== component) {
        throw new GuideBodyError(`</${name}> closes nothing: no <${name}> is open here`);
      }
      open.pop();
      continue;
    }
    const props = parseAttributes(name, attributes);
    if (isAuthorComponent(component)) checkAttributes(component, props);
    const node: GuideComponentNode = { name: component, props, children: [] };
    children().push(node);
    const alone = isAuthorComponent(component) && !AUTHOR_COMPONENTS[component].wraps;
    if (alone && !selfClosing) throw new GuideBodyError(`<${name}> takes no content: write it as <${name} />`);
    if (!alone && !selfClosing) open.push(node);
  }
  pushText(html.slice(last));
  const unclosed = open.at(-1);
  if (unclosed) throw new GuideBodyError(`<${unclosed.name}> is never closed: add </${unclosed.name}>`);
  return body;
}
