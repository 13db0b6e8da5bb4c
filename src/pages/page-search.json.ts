import type { APIRoute } from 'astro';
import { searchData } from '../data/search-documents.ts';

/**
 * The page server's search data (see PAGE_SEARCH_FILE). Built like a page, then moved out of the
 * public files by the search index integration, so the server reads it instead of bundling every
 * guide's text into its code.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchData()), { headers: { 'Content-Type': 'application/json' } });
