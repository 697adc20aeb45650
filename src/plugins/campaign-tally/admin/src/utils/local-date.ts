/** YYYY-MM-DD of a picked date, read in local time as the date picker set it. */
export const toLocalDateString = (date: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** The local-midnight Date of a YYYY-MM-DD string, or undefined when it is empty or malformed. */
export const fromLocalDateString = (value: string | null): Date | undefined => {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
};
