/**
 * tasks-vision 1.1.0 posts usage logs to a Google host from every landmarker it creates (found by
 * helper B; no option turns it off). The promise that nothing leaves the device is kept by
 * refusing, in the worker that runs the landmarker, any fetch to another site.
 */
export function sameOriginOnly(fetchImpl: typeof fetch, origin: string): typeof fetch {
  return (input, init) => {
    const href = input instanceof Request ? input.url : String(input);
    const url = new URL(href, origin);
    // data: URLs carry their content; blob: URLs belong to the site that made them.
    if (url.protocol !== 'data:' && url.origin !== origin) {
      return Promise.reject(new TypeError(`Spine Coach does not contact ${url.origin}`));
    }
    return fetchImpl(input, init);
  };
}
