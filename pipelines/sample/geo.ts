export interface Country {
  name: string;
  offsetMinutes: number;
}

/** Fixed offsets (summer time where it applies in September); enough to print a consistent local time. */
export const COUNTRIES: Readonly<Record<string, Country>> = {
  US: { name: 'United States', offsetMinutes: -240 },
  GB: { name: 'United Kingdom', offsetMinutes: 60 },
  IE: { name: 'Ireland', offsetMinutes: 60 },
  AU: { name: 'Australia', offsetMinutes: 600 },
  IN: { name: 'India', offsetMinutes: 330 },
  CA: { name: 'Canada', offsetMinutes: -300 },
  TR: { name: 'Turkey', offsetMinutes: 180 },
  CY: { name: 'Cyprus', offsetMinutes: 180 },
  ES: { name: 'Spain', offsetMinutes: 120 },
  MX: { name: 'Mexico', offsetMinutes: -360 },
  AR: { name: 'Argentina', offsetMinutes: -180 },
  CO: { name: 'Colombia', offsetMinutes: -300 },
  DE: { name: 'Germany', offsetMinutes: 120 },
  AT: { name: 'Austria', offsetMinutes: 120 },
  CH: { name: 'Switzerland', offsetMinutes: 120 },
  AE: { name: 'United Arab Emirates', offsetMinutes: 240 },
  SA: { name: 'Saudi Arabia', offsetMinutes: 180 },
  EG: { name: 'Egypt', offsetMinutes: 180 },
  JO: { name: 'Jordan', offsetMinutes: 180 },
  HU: { name: 'Hungary', offsetMinutes: 120 },
  RO: { name: 'Romania', offsetMinutes: 180 },
  SK: { name: 'Slovakia', offsetMinutes: 120 },
};
