/**
 * The project's codes and the indicator groups pages are built from: one definition each, used by
 * the seed loader (which refuses anything else) and by the routes (where a malformed value is a 400
 * before any lookup). See docs/architecture.md, "Data model".
 */

/** A partner or reporter: an ISO 3166-1 alpha-3 code, or a short group code such as C5 or WLD. */
export const PARTNER_CODE = /^[A-Z][A-Z0-9]{1,2}$/;
/** An indicator or commodity code: snake_case. */
export const CODE = /^[a-z][a-z0-9_]*$/;
/** A source: the article's file name without .txt, e.g. 000_a50b504d80912738. */
export const SOURCE_ID = /^\d{3}_[0-9a-f]{16}$/;
/** A figure: lower-case letters, digits and dashes, e.g. 000-04 or 000-s01. */
export const FIGURE_ID = /^[0-9a-z][0-9a-z-]*$/;

/** The reporter of the dashboard's own trade figures. */
export const KAZAKHSTAN = 'KAZ';
/** Trade flows, charted together by period. */
export const TRADE = ['trade_turnover', 'exports', 'imports'];
export const INVESTMENT = ['investment_stock', 'investment_inflow', 'investment_growth_pct'];
export const AGREEMENTS = ['agreements_count', 'agreements_value'];
