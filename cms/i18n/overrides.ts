import { labelFormsPl } from './labelForms.pl';

/**
 * Our corrections of Payload's translations. The sign-in error is one message for a wrong
 * password, an unknown address and a locked account, so the answer never tells which e-mail
 * addresses have accounts.
 */
const signInFailed = {
  pl: 'Nie udało się zalogować: nieprawidłowy e-mail lub hasło. Po wielu nieudanych próbach logowanie jest na chwilę wstrzymane.',
  en: 'Sign-in failed: wrong e-mail or password. After many failed attempts signing in is paused for a while.',
};

export const translationOverrides = {
  pl: {
    ...labelFormsPl,
    error: {
      ...labelFormsPl.error,
      followingFieldsInvalid_one: 'Popraw lub uzupełnij pole:',
      followingFieldsInvalid_other: 'Popraw lub uzupełnij pola:',
      emailOrPasswordIncorrect: signInFailed.pl,
      userLocked: signInFailed.pl,
    },
  },
  en: { error: { emailOrPasswordIncorrect: signInFailed.en, userLocked: signInFailed.en } },
};
