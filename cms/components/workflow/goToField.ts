'use client';

/** Payload's id of a field's input: `field-` and the path with `__` for dots. */
const inputId = (path: string) => `field-${path.replaceAll('.', '__')}`;

function findField(path: string): HTMLElement | null {
  const segments = path.split('.');
  // A missing list or group has no input of its own path: the nearest enclosing field is shown.
  for (let length = segments.length; length > 0; length--) {
    const element = document.getElementById(inputId(segments.slice(0, length).join('.')));
    if (element) return element;
  }
  return null;
}

/**
 * Shows the field a problem is about: opens its tab of the form (by the top-level field's tab
 * index, from the collection config), scrolls to it and puts the cursor in it.
 */
export function goToField(path: string, fieldTabs: Record<string, number>): void {
  const tab = fieldTabs[path.split('.')[0] ?? ''];
  if (tab !== undefined) document.querySelectorAll<HTMLButtonElement>('.tabs-field__tab-button')[tab]?.click();
  let tries = 0;
  const show = () => {
    const element = findField(path);
    if (!element && tries++ < 20) {
      window.setTimeout(show, 50);
      return;
    }
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    const target = element.matches('input, textarea, select, button')
      ? element
      : element.querySelector<HTMLElement>('input, textarea, select, button');
    target?.focus({ preventScroll: true });
  };
  show();
}
