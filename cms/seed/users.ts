/** Demo accounts, one per role (README lists them). Never created, and refused at login, in production. */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS = [
  { email: 'admin@example.pl', name: 'Administrator Systemu', role: 'admin', department: null },
  { email: 'zespol@example.pl', name: 'Nowak Anna', role: 'procedures-team', department: 'Wydział Zarządzania Kontaktami z Mieszkańcami' },
  { email: 'redaktor@example.pl', name: 'Kowalski Jan', role: 'editor', department: 'Wydział Spraw Obywatelskich' },
  {
    email: 'konsultant@example.pl',
    name: 'Wiśniewska Maria',
    role: 'call-center',
    department: 'Wydział Zarządzania Kontaktami z Mieszkańcami',
  },
] as const;

export const DEMO_EMAILS: ReadonlySet<string> = new Set(DEMO_USERS.map((user) => user.email));
