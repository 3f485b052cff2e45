import type { BrandKey, ThemeKey } from './types.ts';

export interface Brand {
  key: BrandKey;
  name: string;
  ours: boolean;
  aliases: string[];
  misspellings: string[];
  handle: string;
  hashtags: string[];
  products: string[];
  queryId: number;
}

export const BRANDS: readonly Brand[] = [
  {
    key: 'pakkit',
    name: 'Pakkit',
    ours: true,
    aliases: ['Pakkit', 'Pakkit app', 'PakkitApp'],
    misspellings: ['Pakit', 'Pakkitt'],
    handle: 'pakkit',
    hashtags: ['pakkit'],
    products: ['Pakkit Plus', 'Pakkit Market', 'Pakkit Wallet'],
    queryId: 2001877301,
  },
  {
    key: 'rushbee',
    name: 'Rushbee',
    ours: false,
    aliases: ['Rushbee', 'Rush Bee', 'Rushbee app'],
    misspellings: ['Rushbe', 'Rusbee'],
    handle: 'rushbee_app',
    hashtags: ['rushbee'],
    products: ['Rushbee Prime', 'Bee Express'],
    queryId: 2001877302,
  },
  {
    key: 'grubzy',
    name: 'Grubzy',
    ours: false,
    aliases: ['Grubzy', 'Grubzy Eats'],
    misspellings: ['Grubsy', 'Grubzi'],
    handle: 'grubzy',
    hashtags: ['grubzy'],
    products: ['Grubzy Pass', 'Grubzy Groceries'],
    queryId: 2001877303,
  },
];

export const OURS: Brand = BRANDS[0]!;

export const brandByKey = (key: BrandKey): Brand => BRANDS.find((brand) => brand.key === key)!;

export interface Theme {
  key: ThemeKey;
  label: string;
}

export const THEMES: readonly Theme[] = [
  { key: 'delivery_delay', label: 'Delivery delays and couriers not showing up' },
  { key: 'double_charge', label: 'Billing errors: charged twice for one order' },
  { key: 'app_crash', label: 'App crashes at login or checkout' },
  { key: 'refund_missing', label: 'Refund never arrived' },
];

export const EMERGING_HASHTAG = 'greenbox';
export const EMERGING_DAYS = 10;
export const SPIKE_THEME: ThemeKey = 'app_crash';
export const SPIKE_MULTIPLIER = 5;
