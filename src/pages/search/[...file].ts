import type { APIRoute } from 'astro';
import { indexFileTexts } from '../../lib/search/index-files.ts';

// The build writes the browser's search files into dist/client/search/, which are served as they
// are; `astro dev` has no build, so there they are made from the guides on request. The branch is
// dropped from the build, which keeps every guide's text out of the server's code.
export const prerender = false;

let files: Promise<Map<string, string>> | undefined;

export const GET: APIRoute = async ({ params }) => {
  if (!import.meta.env.DEV) return new Response('Not found', { status: 404 });
  files ??= import('../../data/search-documents.ts').then(async ({ searchData }) => indexFileTexts(await searchData()));
  const file = (await files).get(params.file ?? '');
  if (file === undefined) return new Response('Not found', { status: 404 });
  return new Response(file, { headers: { 'Content-Type': 'application/json' } });
};
