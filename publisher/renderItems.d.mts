/** Types of renderItems.mjs (plain JavaScript, shared with the render workers). */
import type { PublicProcedure } from '../schemas/types.generated';
import type { PageSpec } from './pages';

/** A PDF card to make, with its file in the release. */
export interface CardJob {
  file: string;
  procedure: PublicProcedure;
}

export type RenderBatch = { kind: 'pages'; items: readonly PageSpec[] } | { kind: 'cards'; items: readonly CardJob[] };

export interface Renderer {
  page(spec: PageSpec): Promise<string>;
  card(procedure: PublicProcedure, siteUrl: string): Promise<Uint8Array>;
  /** Loads the card module too, so that the first card of the next run does not wait for it. */
  warm(): Promise<void>;
}

export type WriteFile = (relative: string, content: string | Uint8Array) => void;

export function loadRenderer(viewsFile: string): Promise<Renderer>;
export function releaseWriter(releaseDir: string): WriteFile;
export function renderBatch(renderer: Renderer, batch: RenderBatch, write: WriteFile, siteUrl: string): Promise<number>;
