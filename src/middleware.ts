import { defineMiddleware } from 'astro:middleware';
import { handleOnDemand } from './server/http/layer.ts';

/** Every on-demand route goes through the server's one HTTP layer (src/server/http/layer.ts). */
export const onRequest = defineMiddleware((context, next) => handleOnDemand(context, next));
