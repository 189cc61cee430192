/** Where a change request comes from; shown in the department's queue. */
export const REQUEST_SOURCES = [
  { value: 'call-center', label: { pl: 'Oddział Call Center', en: 'Call center' } },
  { value: 'team', label: { pl: 'Oddział ds. Procedur', en: 'Procedures team' } },
  { value: 'resident', label: { pl: 'Mieszkaniec (formularz „Zgłoś błąd” w portalu)', en: 'Resident (portal form)' } },
  { value: 'legal-watch', label: { pl: 'Kontrola podstawy prawnej (ELI)', en: 'Legal-basis watch' } },
] as const;

export type RequestSource = (typeof REQUEST_SOURCES)[number]['value'];

/** Who filed it, as the queue names requests that no signed-in person filed. */
export const SYSTEM_REQUESTERS: Partial<Record<RequestSource, string>> = {
  resident: 'Mieszkaniec (portal)',
  'legal-watch': 'Kontrola podstawy prawnej',
};

/** What the code that files a request for the system passes in `context` (the API cannot set these). */
export interface SystemRequestContext {
  changeRequestSource: RequestSource;
  changeKey?: string;
}
