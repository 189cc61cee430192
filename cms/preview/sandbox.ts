/**
 * How the preview runs, in its frame and in a tab of its own: no script at all (the page has none,
 * and none that got in could run in the admin's origin), no forms, links opening new tabs that are
 * not sandboxed. It keeps its origin, so that its links to the draft's files and card (the admin's
 * origin, staff only) are same-origin requests, which Payload authenticates by the session cookie.
 */
export const PREVIEW_SANDBOX = 'allow-same-origin allow-popups allow-popups-to-escape-sandbox';
