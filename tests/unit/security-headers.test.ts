import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from '../../src/server/security/headers.ts';
import { themeScript } from '../../src/scripts/theme.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes inline classic and module scripts, byte for byte', () => {
    const html = `<script>${themeScript}</script><script type="module">let a = 1;</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(themeScript), sha256('let a = 1;')]);
  });

  it('skips external scripts and data blocks, which CSP hashes do not govern', () => {
    const html =
      '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy(["'sha256-abc='", "'sha256-abc='"]);
  const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

  it('allows scripts only from the site and by hash, never unsafe-inline or eval', () => {
    expect(directive('script-src')).toBe("script-src 'self' 'sha256-abc='");
  });

  it('forbids framing, plugins and foreign base URLs', () => {
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'self'");
  });
});

describe('securityHeaders', () => {
  it('carries the headers DESIGN §9 requires', () => {
    const headers = securityHeaders([]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});
