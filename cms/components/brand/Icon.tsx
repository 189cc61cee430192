/** The system's mark (a procedure card with a tick), in the admin's navigation in place of Payload's icon. */
import type React from 'react';

export function BrandMark({ size }: { size: number }): React.ReactElement {
  return (
    <svg className="lckm-mark" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="4" y="2.5" width="16" height="19" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 7.5h8M8 11h8M8 14.5h3.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <path d="m13 16.5 1.8 1.8 3.4-3.6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

export function Icon(): React.ReactElement {
  return <BrandMark size={24} />;
}
