/** Dates in the admin as Polish offices write them: 29.11.2026, 17:30 (admin.dateFormat says the same for lists). */
export const dayAndTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd.MM.yyyy, HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
} as const;
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } as const;
