// Local-first single-page app: nothing renders on a server.
export const ssr = false;
export const prerender = false;
