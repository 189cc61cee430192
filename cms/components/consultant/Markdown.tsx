import { renderMarkdown } from '../../../templates/markdown';

/**
 * Editor Markdown as HTML, the one way the admin renders it: `renderMarkdown` (marked, then
 * sanitize-html keeping text tags and http(s)/mailto/tel links only), on the server.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div
      className={className ? `consultant-markdown ${className}` : 'consultant-markdown'}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown sanitises the editor's Markdown (no raw HTML, scripts or javascript: links).
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
