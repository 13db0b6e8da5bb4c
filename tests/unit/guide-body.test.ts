import { describe, expect, it } from 'vitest';
import {
  GuideBodyError,
  parseGuideBody,
  type GuideComponentName,
  type GuideNode,
} from '../../src/lib/content/guide-body.ts';

const node = (name: GuideComponentName, props: Record<string, string>, children: GuideNode[] = []) => ({
  name,
  props,
  children,
});

describe('parseGuideBody', () => {
  it.each<[string, string, GuideNode[]]>([
    ['plain HTML stays as it is', '<p>Hello <em>there</em></p>', ['<p>Hello <em>there</em></p>']],
    ['an empty body has no nodes', '', []],
    [
      'a callout wraps the Markdown between its tags',
      '<Callout type="tip">\n<p>Sign in again.</p>\n</Callout>',
      [node('Callout', { type: 'tip' }, ['\n<p>Sign in again.</p>\n'])],
    ],
    [
      'attributes in single quotes, with entities and a title holding an apostrophe',
      `<Callout type='warning' title="Don&#39;t share &amp; keep &quot;it&quot;">\n<p>x</p>\n</Callout>`,
      [node('Callout', { type: 'warning', title: `Don't share & keep "it"` }, ['\n<p>x</p>\n'])],
    ],
    [
      'a self-closing component has no content',
      '<p>Try it:</p>\n<TokenChecker />\n<p>After</p>',
      ['<p>Try it:</p>\n', node('TokenChecker', {}), '\n<p>After</p>'],
    ],
    [
      'a troubleshooter names its file',
      '<Troubleshooter id="api-401-errors"/>',
      [node('Troubleshooter', { id: 'api-401-errors' })],
    ],
    [
      'headings and inline code become their overrides',
      '<h2 id="why">Why</h2><p>Open <code>/app/api-keys</code>.</p>',
      [node('h2', { id: 'why' }, ['Why']), '<p>Open ', node('code', {}, ['/app/api-keys']), '.</p>'],
    ],
    [
      'components nest: a code example holding highlighted code',
      '<CodeExample kind="wrong" caption="No">\n<pre class="astro-code"><code><span>GET</span></code></pre>\n</CodeExample>',
      [
        node('CodeExample', { kind: 'wrong', caption: 'No' }, [
          '\n<pre class="astro-code">',
          node('code', {}, ['<span>GET</span>']),
          '</pre>\n',
        ]),
      ],
    ],
    [
      'escaped tags in text and code are text',
      '<p>&lt;Callout&gt; and <code>&lt;Tabs /&gt;</code></p>',
      ['<p>&lt;Callout&gt; and ', node('code', {}, ['&lt;Tabs /&gt;']), '</p>'],
    ],
    [
      'other lowercase elements are HTML',
      '<h4 id="x">Deep</h4><kbd>Ctrl</kbd>',
      ['<h4 id="x">Deep</h4><kbd>Ctrl</kbd>'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(parseGuideBody(html)).toEqual(expected);
  });

  it.each([
    ['an unknown component', '<Tabs>\n<p>x</p>\n</Tabs>', /<Tabs> is not a guide component \(guides can use <Callout>/],
    [
      'a component written in lowercase',
      '<callout type="tip">\n<p>x</p>\n</callout>',
      /<callout> is written <Callout>/,
    ],
    ['a component with the wrong capitals', '<Tokenchecker />', /<Tokenchecker> is written <TokenChecker>/],
    ['a component never closed', '<Callout type="tip">\n<p>x</p>', /<Callout> is never closed: add <\/Callout>/],
    ['a closing tag with nothing open', '<p>x</p></Callout>', /<\/Callout> closes nothing/],
    ['closing tags crossed', '<Callout><CodeExample kind="wrong" caption="c"></Callout>', /<\/Callout> closes nothing/],
    [
      'content inside a component that takes none',
      '<TokenChecker>text</TokenChecker>',
      /<TokenChecker> takes no content/,
    ],
    [
      'an attribute a component does not take',
      '<Callout tpye="tip">',
      /<Callout>: no attribute "tpye" \(it takes type, title\)/,
    ],
    [
      'attributes on a component that takes none',
      '<TokenChecker headingLevel="2" />',
      /no attribute "headingLevel" \(it takes none\)/,
    ],
    ['a troubleshooter without its id', '<Troubleshooter />', /<Troubleshooter> needs id="…"/],
    [
      'a code example with an empty caption',
      '<CodeExample kind="wrong" caption=" ">',
      /<CodeExample> needs caption="…"/,
    ],
    ['an attribute written as an expression', '<Callout type={"tip"}>', /attribute values are text in quotes/],
  ])('refuses %s with a clear error', (_name, html, message) => {
    expect(() => parseGuideBody(html)).toThrow(GuideBodyError);
    expect(() => parseGuideBody(html)).toThrow(message);
  });
});
