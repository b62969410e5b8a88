/** Currencies by symbol, code and word, each mapped to an ISO 4217 code. */

/** Symbols written before the amount: "$90 billion", "€500m", "£2.5bn", "¥1.1tn". */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₴', 'UAH'], ['₩', 'KRW'], ['₺', 'TRY'], ['₪', 'ILS'],
  ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'], ['₵', 'GHS'], ['₡', 'CRC'], ['฿', 'THB'], ['₸', 'KZT'], ['₼', 'AZN'], ['₾', 'GEL'],
]);

/** Letters glued before "$": "US$5", "A$10", "C$3", "HK$2". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['nz', 'NZD'], ['hk', 'HKD'], ['s', 'SGD'],
]);

/**
 * Letters written before the amount, case as shown: "N18.6bn" (naira), "R500m" (rand), "KSh2bn",
 * "Rs 500 crore", "RM2.5bn", "Rp5tn", "Tk300 crore". `glued` ones are single letters or short
 * words that are read as a currency only when glued to an amount in money shape (see nlp/tokenize.ts).
 */
export const LETTER_CURRENCIES: ReadonlyMap<string, { readonly code: string; readonly glued: boolean }> = new Map([
  ['N', { code: 'NGN', glued: true }], ['R', { code: 'ZAR', glued: true }], ['Sh', { code: 'KES', glued: true }],
  ['KSh', { code: 'KES', glued: false }], ['Ksh', { code: 'KES', glued: false }], ['USh', { code: 'UGX', glued: false }],
  ['TSh', { code: 'TZS', glued: false }], ['Rs', { code: 'INR', glued: false }], ['RM', { code: 'MYR', glued: false }],
  ['Rp', { code: 'IDR', glued: false }], ['Tk', { code: 'BDT', glued: false }],
]);

/** ISO codes written before or after the amount: "USD 5 million", "500 million EUR". */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'rub', 'uah', 'inr', 'chf', 'cad', 'aud', 'krw', 'try', 'pln', 'sek', 'nok', 'dkk', 'huf', 'czk', 'ils',
  'ngn', 'zar', 'kes', 'ghs', 'egp', 'brl', 'mxn', 'ars', 'idr', 'php', 'thb', 'vnd', 'pkr', 'bdt', 'sar', 'aed', 'qar', 'nzd', 'hkd', 'sgd',
]);

/** Currency words written after the amount: "1.3 trillion yen", "500 million euros". */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['hryvnas', 'UAH'], ['rupee', 'INR'],
  ['rupees', 'INR'], ['franc', 'CHF'], ['francs', 'CHF'], ['zloty', 'PLN'], ['zlotys', 'PLN'], ['won', 'KRW'], ['lira', 'TRY'],
  ['naira', 'NGN'], ['rand', 'ZAR'], ['shilling', 'KES'], ['shillings', 'KES'], ['cedi', 'GHS'], ['cedis', 'GHS'], ['reais', 'BRL'],
  ['real', 'BRL'], ['pesos', 'MXN'], ['rupiah', 'IDR'], ['baht', 'THB'], ['dong', 'VND'], ['riyal', 'SAR'], ['riyals', 'SAR'],
  ['dirham', 'AED'], ['dirhams', 'AED'], ['krona', 'SEK'], ['kronor', 'SEK'], ['krone', 'NOK'], ['kroner', 'NOK'], ['forint', 'HUF'],
]);

export function currencyFromCode(code: string): string {
  return code === 'rmb' ? 'CNY' : code.toUpperCase();
}
