/** The sign-in page's heading: the system's own name and the office it serves, in place of Payload's logo. */
import type React from 'react';
import { BrandMark } from './Icon';

export function Logo(): React.ReactElement {
  return (
    <div className="lckm-logo">
      <BrandMark size={48} />
      <div>
        <p className="lckm-logo__name">Baza wiedzy o procedurach</p>
        <p className="lckm-logo__office">Urząd Miasta Łodzi · Łódzkie Centrum Kontaktu z Mieszkańcami</p>
      </div>
    </div>
  );
}
