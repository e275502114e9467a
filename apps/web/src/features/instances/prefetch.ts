// The list's request on its own entry point, apart from index.ts: the signed-in shell starts it on
// a full load of /instances while the page's code is still downloading (render-as-you-fetch),
// without pulling the page's components into the shell's chunk.
export { usePrefetchInstanceList } from './api/prefetch-instance-list';
