import type { CollectionConfig } from 'payload';
import { showPreviewTab } from '../preview/access';

type EditViews = NonNullable<NonNullable<NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']>['edit']>;

/**
 * The procedure's own views in the admin beside the edit form (tabs of the document): the
 * comparison with the live version, the preview, the version history, the consultant's card.
 * Each is registered here, so the collection config stays a list of fields.
 */
export const procedureViews: EditViews = {
  // The preview: the latest saved draft rendered with the portal's own views, page and PDF card (cms/components/preview).
  preview: {
    Component: '/components/preview/PreviewView#PreviewView',
    path: '/podglad',
    tab: { label: 'Podgląd', href: '/podglad', order: 100, condition: showPreviewTab },
    meta: { title: 'Podgląd' },
  },
  // The consultant's card: the call-center information and the public essentials on one screen (cms/components/consultant).
  consultantCard: {
    Component: '/components/consultant/ConsultantCardTab#ConsultantCardTab',
    path: '/karta',
    tab: { label: 'Karta konsultanta', href: '/karta', order: 150 },
    meta: { title: 'Karta konsultanta' },
  },
  // The change against what residents read now: the latest draft and the live approved version (cms/components/review).
  comparison: {
    Component: '/components/review/ComparisonView#ComparisonView',
    path: '/porownanie',
    tab: { label: 'Porównanie z opublikowaną', href: '/porownanie', order: 200 },
    meta: { title: 'Porównanie z opublikowaną' },
  },
  // One version history in the editor's words in place of Payload's list of saves; its count pill is dropped.
  versions: {
    Component: '/components/review/VersionHistoryView#VersionHistoryView',
    tab: { label: 'Historia wersji', order: 300, Pill: '/components/Hidden#Hidden' },
    meta: { title: 'Historia wersji' },
  },
  // Payload's own view of one save: its old links open the project's comparison of that save.
  version: { Component: '/components/review/SavedVersionView#SavedVersionView' },
};
